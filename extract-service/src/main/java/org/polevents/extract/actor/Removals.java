package org.polevents.extract.actor;

import java.util.Set;
import org.polevents.extract.sentence.Sentence;

/**
 * Nouns that name the removal of people from a country ("the deportation of Afghan refugees from
 * Pakistan"): their "from X" names who removes them, which both the actor recognizer (not part of
 * the people's phrase) and the coder (the removal's agent) need to know.
 */
public final class Removals {
    private static final Set<String> NOUNS = Set.of("deportation", "deportations", "expulsion", "expulsions",
            "eviction", "evictions", "removal", "removals");
    /** only removals when forced: "the forced return of refugees", not "the return of the ambassador" */
    private static final Set<String> FORCED_NOUNS = Set.of("return", "returns", "repatriation", "repatriations");

    private Removals() {
    }

    /** Is token {@code k} of {@code s} a removal noun? */
    public static boolean isRemovalNoun(Sentence s, int k) {
        String w = s.lower(k);
        return NOUNS.contains(w) || FORCED_NOUNS.contains(w) && k > 0 && s.lower(k - 1).equals("forced");
    }
}
