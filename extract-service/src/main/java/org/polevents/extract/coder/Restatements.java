package org.polevents.extract.coder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.polevents.contracts.Actor;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.extract.status.StatusDetector;

/**
 * One article's events as they are coded, and the rules that keep one real event one record: an
 * article names its main events again further down, mostly by noun. Verbs are always new events
 * (two "met" sentences are often two meetings); an event noun is dropped when it names
 * <ul>
 * <li>an event already coded with the same pattern and parties ("Pakistan's deportation of Afghan
 * refugees is a matter of concern" after "the mass deportation of Afghan refugees from Pakistan");</li>
 * <li>an event noun of an earlier sentence with the same agent and target party ("a Western maximum
 * pressure campaign against Minsk" after "the Western maximum-pressure campaign against Belarus");
 * within one sentence same parties are coordination ("warrants for Netanyahu and Gallant");</li>
 * <li>an event told by a verb anywhere in the article with the same type and parties ("Russia
 * appears to support negotiations between the Taliban and Tajikistan ... Tajikistan is now
 * negotiating with them").</li>
 * </ul>
 * An event that happened never restates one that was only planned, hypothetical or denied, nor the
 * other way round ("leaders are certain to impose fresh sanctions on Belarus ... the sanctions
 * imposed on Minsk" in 2022 are two). One per article; not thread-safe.
 */
final class Restatements {
    private final Set<String> coded = new HashSet<>();
    private final Map<String, Integer> namedBy = new HashMap<>();
    private final List<PoliticalEvent> events = new ArrayList<>();
    private final List<Boolean> byNoun = new ArrayList<>();

    /** Whether {@code c}, found in the sentence starting at offset {@code sentence}, is a new event. */
    boolean isNew(Candidate c, int sentence) {
        boolean first = coded.add(c.trigger().trigger().pattern() + "|" + c.trigger().type() + "|"
                + EventCoder.actorKey(c.source()) + "|" + EventCoder.actorKey(c.target()));
        if (c.trigger().verbal()) {
            return true;
        }
        return first && !namedInEarlierSentence(c, sentence);
    }

    /** Records an event coded from {@code c}. */
    void add(PoliticalEvent e, Candidate c) {
        events.add(e);
        byNoun.add(!c.trigger().verbal());
    }

    /** The article's events in text order, without the nouns that refer to events told by verbs. */
    List<PoliticalEvent> events() {
        Set<String> told = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            if (!byNoun.get(i)) {
                told.add(partiesKey(events.get(i), false));
                if (RoleAssigner.SYMMETRIC.contains(events.get(i).type())) {
                    told.add(partiesKey(events.get(i), true));
                }
            }
        }
        List<PoliticalEvent> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            PoliticalEvent e = events.get(i);
            if (!byNoun.get(i) || e.source() == null || e.target() == null || !told.contains(partiesKey(e, false))) {
                out.add(e);
            }
        }
        return out;
    }

    private boolean namedInEarlierSentence(Candidate c, int sentence) {
        // the same agent by name ("the German government" and "the German embassy" are two), the
        // same target party by whatever name ("Minsk", "Belarus")
        String key = c.trigger().type() + "|" + (c.source() == null ? "-" : c.source().name()) + "|" + party(c.target())
                + "|" + realised(c.status());
        Integer first = namedBy.putIfAbsent(key, sentence);
        return first != null && first != sentence;
    }

    private static String partiesKey(PoliticalEvent e, boolean swapped) {
        Actor a = swapped ? e.target() : e.source();
        Actor b = swapped ? e.source() : e.target();
        return e.type() + "|" + party(a) + "|" + party(b) + "|" + realised(e.status());
    }

    private static boolean realised(String status) {
        return StatusDetector.OCCURRED.equals(status) || StatusDetector.ONGOING.equals(status);
    }

    private static String party(Actor a) {
        if (a == null) {
            return "-";
        }
        // without a country or organisation only the name tells "the West" from "European leaders"
        String who = a.country() == null && a.org() == null ? "/" + a.name() : "";
        return a.country() + "/" + a.sector() + "/" + a.org() + who;
    }
}
