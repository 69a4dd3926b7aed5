package org.polevents.extract.coder;

import java.util.Set;
import org.polevents.extract.plover.Trigger;
import org.polevents.extract.plover.TriggerMatch;
import org.polevents.extract.sentence.Sentence;

/**
 * "Stanikzai described the Belarusian official's visit as a significant development", "Beijing
 * called the arms sale a serious provocation": describing another party's act as good praises that
 * party (SUPPORT, CAMEO 051), as bad criticises it (ACCUSE, CAMEO 111). The describing verb becomes
 * the event's trigger; the coder's usual rules find the speaker and the party described.
 * Stateless and thread-safe.
 */
final class Evaluations {
    private static final Set<String> DESCRIBING = Set.of("described", "describes", "describe", "describing",
            "called", "calls", "termed", "terms", "labelled", "labeled", "branded", "brands", "characterized",
            "characterised", "characterizes", "characterises", "hailed", "hails");
    private static final Set<String> GOOD = Set.of("significant", "positive", "important", "historic", "major",
            "good", "welcome", "constructive", "encouraging", "promising", "successful", "productive", "landmark",
            "breakthrough", "milestone", "useful", "fruitful", "friendly", "great");
    private static final Set<String> BAD = Set.of("provocation", "provocative", "dangerous", "unacceptable",
            "illegal", "violation", "aggression", "irresponsible", "hostile", "destabilizing", "destabilising",
            "reckless", "escalation", "interference", "outrageous", "unlawful", "terrorism", "barbaric",
            "criminal", "crime", "betrayal", "unjustified", "baseless");
    private static final Trigger PRAISE = new Trigger(new String[] {"describe"}, "051", "SUPPORT", null, 'V', false);
    private static final Trigger CRITICISM = new Trigger(new String[] {"describe"}, "111", "ACCUSE", null, 'V',
            false);

    private Evaluations() {
    }

    /** The describing verb as a trigger when the sentence evaluates what it describes, else null. */
    static TriggerMatch find(Sentence s) {
        for (int i = 1; i < s.size(); i++) {
            if (!DESCRIBING.contains(s.lower(i)) || !s.tag(i).equals("VERB")) {
                continue;
            }
            for (int k = i + 1; k < s.size() && k <= i + 14; k++) {
                String w = s.lower(k);
                if (w.equals(".") || w.equals(";") || w.equals("that")) {
                    break; // "called that ...", "described how": no evaluation of an object
                }
                if (!w.equals("as") && !(k > i + 1 && (w.equals("a") || w.equals("an")))) {
                    continue;
                }
                for (int j = k + 1; j < s.size() && j <= k + 4; j++) {
                    String e = s.lower(j);
                    if (GOOD.contains(e)) {
                        return new TriggerMatch(PRAISE, i, i + 1);
                    }
                    if (BAD.contains(e)) {
                        return new TriggerMatch(CRITICISM, i, i + 1);
                    }
                }
            }
        }
        return null;
    }
}
