package org.polevents.extract.plover;

/** CAMEO code to PLOVER type, by root, as DESIGN.md fixes it. */
public final class Cameo {
    private Cameo() {
    }

    /** The PLOVER type of a CAMEO code ("042" → CONSULT, "0841" → RETREAT, "195" → ASSAULT). */
    public static String ploverType(String cameo) {
        if (cameo == null || cameo.length() < 2) {
            throw new IllegalArgumentException("not a CAMEO code: " + cameo);
        }
        int root = Integer.parseInt(cameo.substring(0, 2));
        return switch (root) {
            case 3 -> "AGREE";
            case 4 -> "CONSULT";
            case 5 -> "SUPPORT";
            case 6 -> "COOPERATE";
            case 7 -> "AID";
            case 8 -> {
                // 080-083 yield/ease restrictions/accede: CONCEDE; 084-087 return, ease sanctions,
                // allow involvement, de-escalate: RETREAT
                int third = cameo.length() > 2 ? cameo.charAt(2) - '0' : 0;
                yield third <= 3 ? "CONCEDE" : "RETREAT";
            }
            case 9, 11 -> "ACCUSE";
            case 10 -> "REQUEST";
            case 12 -> "REJECT";
            case 13 -> "THREATEN";
            case 14 -> "PROTEST";
            case 15 -> "MOBILIZE";
            case 16 -> "SANCTION";
            case 17 -> "COERCE";
            case 18, 19, 20 -> "ASSAULT";
            default -> throw new IllegalArgumentException("no PLOVER type for CAMEO root " + root);
        };
    }
}
