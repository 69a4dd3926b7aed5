package org.polevents.extract.sentence;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Generates the inflected forms of an English base word (verb or noun) so a lexicon written in
 * base forms can be matched against surface tokens with one hash lookup. Over-generation
 * ("meeted") is harmless: such forms never occur in text.
 */
public final class Inflections {
    private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
            Map.entry("meet", new String[] {"met"}), Map.entry("hold", new String[] {"held"}),
            Map.entry("send", new String[] {"sent"}), Map.entry("take", new String[] {"took", "taken"}),
            Map.entry("give", new String[] {"gave", "given"}), Map.entry("fight", new String[] {"fought"}),
            Map.entry("strike", new String[] {"struck", "stricken"}), Map.entry("shoot", new String[] {"shot"}),
            Map.entry("say", new String[] {"said"}), Map.entry("tell", new String[] {"told"}),
            Map.entry("seek", new String[] {"sought"}), Map.entry("lead", new String[] {"led"}),
            Map.entry("withdraw", new String[] {"withdrew", "withdrawn"}),
            Map.entry("freeze", new String[] {"froze", "frozen"}), Map.entry("bring", new String[] {"brought"}),
            Map.entry("buy", new String[] {"bought"}), Map.entry("sell", new String[] {"sold"}),
            Map.entry("speak", new String[] {"spoke", "spoken"}), Map.entry("win", new String[] {"won"}),
            Map.entry("lose", new String[] {"lost"}), Map.entry("break", new String[] {"broke", "broken"}),
            Map.entry("keep", new String[] {"kept"}), Map.entry("leave", new String[] {"left"}),
            Map.entry("make", new String[] {"made"}), Map.entry("put", new String[] {"put"}),
            Map.entry("set", new String[] {"set"}), Map.entry("cut", new String[] {"cut"}),
            Map.entry("hit", new String[] {"hit"}), Map.entry("shut", new String[] {"shut"}),
            Map.entry("beat", new String[] {"beaten"}), Map.entry("throw", new String[] {"threw", "thrown"}),
            Map.entry("overthrow", new String[] {"overthrew", "overthrown"}),
            Map.entry("go", new String[] {"went", "gone"}), Map.entry("run", new String[] {"ran"}),
            Map.entry("see", new String[] {"saw", "seen"}), Map.entry("find", new String[] {"found"}),
            Map.entry("write", new String[] {"wrote", "written"}), Map.entry("fly", new String[] {"flew", "flown"}),
            Map.entry("draw", new String[] {"drew", "drawn"}), Map.entry("swear", new String[] {"swore", "sworn"}),
            Map.entry("forbid", new String[] {"forbade", "forbidden"}), Map.entry("lend", new String[] {"lent"}),
            Map.entry("spend", new String[] {"spent"}), Map.entry("build", new String[] {"built"}),
            Map.entry("pay", new String[] {"paid"}), Map.entry("lay", new String[] {"laid"}),
            Map.entry("flee", new String[] {"fled"}), Map.entry("stand", new String[] {"stood"}),
            Map.entry("undertake", new String[] {"undertook", "undertaken"}),
            Map.entry("forgive", new String[] {"forgave", "forgiven"}),
            Map.entry("begin", new String[] {"began", "begun"}), Map.entry("blow", new String[] {"blew", "blown"}),
            Map.entry("shake", new String[] {"shook", "shaken"}), Map.entry("hang", new String[] {"hung"}),
            Map.entry("bear", new String[] {"bore", "borne"}), Map.entry("feel", new String[] {"felt"}),
            Map.entry("hear", new String[] {"heard"}), Map.entry("rise", new String[] {"rose", "risen"}),
            Map.entry("bid", new String[] {"bid"}), Map.entry("sit", new String[] {"sat"}),
            Map.entry("mislead", new String[] {"misled"}), Map.entry("uphold", new String[] {"upheld"}),
            Map.entry("foresee", new String[] {"foresaw", "foreseen"}), Map.entry("come", new String[] {"came"}),
            Map.entry("become", new String[] {"became"}), Map.entry("drive", new String[] {"drove", "driven"}),
            Map.entry("steal", new String[] {"stole", "stolen"}), Map.entry("slay", new String[] {"slew", "slain"}),
            Map.entry("wage", new String[] {"waged"}), Map.entry("have", new String[] {"has", "had"}),
            Map.entry("do", new String[] {"does", "did", "done"}), Map.entry("be", new String[] {"is", "are", "was", "were", "been"}),
            Map.entry("child", new String[] {"children"}), Map.entry("person", new String[] {"people"}),
            Map.entry("man", new String[] {"men"}), Map.entry("woman", new String[] {"women"}));

    private Inflections() {
    }

    /** The base form and its plausible inflections, lower-case. */
    public static Set<String> of(String base) {
        String b = base.toLowerCase(java.util.Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(b);
        String[] irregular = IRREGULAR.get(b);
        if (irregular != null) {
            out.addAll(java.util.List.of(irregular));
        }
        if (b.length() < 2 || !Character.isLetter(b.charAt(b.length() - 1))) {
            return out;
        }
        char last = b.charAt(b.length() - 1);
        char prev = b.charAt(b.length() - 2);
        boolean vowelPrev = "aeiou".indexOf(prev) >= 0;
        // -s / -es / -ies
        if (last == 'y' && !vowelPrev) {
            String stem = b.substring(0, b.length() - 1);
            out.add(stem + "ies");
            out.add(stem + "ied");
            out.add(b + "ing");
        } else if (b.endsWith("s") || b.endsWith("x") || b.endsWith("z") || b.endsWith("ch") || b.endsWith("sh")) {
            out.add(b + "es");
            out.add(b + "ed");
            out.add(b + "ing");
        } else {
            out.add(b + "s");
        }
        if (last == 'e') {
            String stem = b.substring(0, b.length() - 1);
            out.add(b + "d");
            out.add(stem + "ing");
            if (b.endsWith("ee")) {
                out.add(b + "ing");
            }
        } else if (!(last == 'y' && !vowelPrev)) {
            out.add(b + "ed");
            out.add(b + "ing");
            // consonant doubling (ban -> banned, commit -> committed); over-generation is harmless
            if ("aeiouwxy".indexOf(last) < 0 && vowelPrev) {
                out.add(b + last + "ed");
                out.add(b + last + "ing");
            }
        }
        return out;
    }
}
