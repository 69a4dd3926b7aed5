package org.polevents.extract.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.polevents.extract.actor.ActorMention;
import org.polevents.extract.sentence.Sentence;

/**
 * "China and two other states supported the Taliban's objection. Those states were Russia and
 * Iran.": a sentence that names the members of a group the previous sentence only counted gives
 * each member the events of the group's named companion. The evidence of such an event is both
 * sentences, since neither proves it alone.
 */
final class GroupMembers {
    private static final Set<String> GROUP_NOUNS = Set.of("states", "countries", "nations", "governments", "powers",
            "members");
    private static final Set<String> POINTERS = Set.of("those", "these", "the");
    private static final Set<String> COPULAS = Set.of("were", "are");
    private static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "several", "some");

    /** The named companion of the counted group in {@code previous} and the members {@code s} names. */
    record Identified(ActorMention companion, List<ActorMention> members) {
    }

    private GroupMembers() {
    }

    /**
     * The members {@code s} names for the group counted in {@code previous} ("X and two other
     * states"), with that group's named companion X; null when {@code s} is no such naming.
     */
    static Identified identify(Sentence previous, List<ActorMention> previousMentions, Sentence s,
            List<ActorMention> mentions) {
        if (previous == null || s.size() < 5 || !POINTERS.contains(s.lower(0))) {
            return null;
        }
        int k = 1;
        while (k < s.size() && (s.tag(k).equals("NUM") || COUNTS.contains(s.lower(k)) || s.lower(k).equals("other"))) {
            k++;
        }
        if (k + 1 >= s.size() || !GROUP_NOUNS.contains(s.lower(k)) || !COPULAS.contains(s.lower(k + 1))) {
            return null;
        }
        ActorMention companion = countedWith(previous, previousMentions, s.lower(k));
        if (companion == null) {
            return null;
        }
        List<ActorMention> members = new ArrayList<>();
        int at = k + 2;
        for (ActorMention m : mentions) {
            if (m.start() < at) {
                continue;
            }
            for (int j = at; j < m.start(); j++) {
                String w = s.lower(j);
                if (!w.equals(",") && !w.equals("and") && !s.tag(j).equals("DET")) {
                    return null; // more than a list of names: "Those states were quick to respond"
                }
            }
            if (m.location() || m.actor().country() == null && m.actor().org() == null) {
                return null;
            }
            members.add(m);
            at = m.end();
        }
        boolean listEnds = at == s.size() || at == s.size() - 1 && s.tag(at).equals("PUNCT");
        return members.isEmpty() || !listEnds ? null : new Identified(companion, members);
    }

    /** The actor X in "X and two other {noun}" of {@code previous}, or null. */
    private static ActorMention countedWith(Sentence previous, List<ActorMention> mentions, String noun) {
        for (int g = 3; g + 1 < previous.size(); g++) {
            if (!previous.lower(g).equals("other") || !previous.lower(g + 1).equals(noun)) {
                continue;
            }
            int and = g - 2;
            if (!(previous.tag(g - 1).equals("NUM") || COUNTS.contains(previous.lower(g - 1)))
                    || !previous.lower(and).equals("and")) {
                continue;
            }
            for (ActorMention m : mentions) {
                if (m.end() == and && !m.location()) {
                    return m;
                }
            }
        }
        return null;
    }
}
