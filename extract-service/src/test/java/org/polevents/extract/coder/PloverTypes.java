package org.polevents.extract.coder;

import java.util.Set;

final class PloverTypes {
    static final Set<String> ALL = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    private PloverTypes() {
    }
}
