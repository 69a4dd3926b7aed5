package org.polevents.extract.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.polevents.contracts.Actor;

/**
 * What one article has said so far, for coreference: people by full name and surname, the last
 * person, the last group, the last actors named. One per article; not thread-safe.
 */
public final class ArticleMemory {
    private final LocalDate referenceDate;
    private final Map<String, Actor> aliases = new HashMap<>();
    private Actor lastPerson;
    private Actor lastGroup;
    private Actor lastGovernment;
    private final List<Actor> recent = new ArrayList<>();
    /** every actor with a country or org, most recent last, with whether it is a person */
    private final List<Actor> history = new ArrayList<>();
    private final java.util.Set<Actor> persons = new java.util.HashSet<>();
    private int sentence;
    private Actor lastSubject;
    private int lastSubjectAt = -100;
    private int lastGroupAt = -100;
    private int lastGovernmentAt = -100;
    /** "it"/"they" reach back at most this many sentences; further back they are too ambiguous */
    private static final int PRONOUN_REACH = 2;

    /** @param referenceDate the publication date, choosing dated dictionary rows; null if unknown */
    public ArticleMemory(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    Actor alias(String lowerName) {
        return aliases.get(lowerName);
    }

    Actor lastPerson() {
        return lastPerson;
    }

    Actor lastGroup() {
        return lastGroup;
    }

    Actor lastGovernment() {
        return lastGovernment;
    }

    /** The first group or government named in the previous sentence (its likely subject), or null. */
    Actor previousSubject() {
        return sentence - lastSubjectAt <= 1 ? lastSubject : null;
    }

    private static final java.util.Set<String> MEETING_NOUNS = java.util.Set.of("meeting", "meetings", "conference",
            "summit", "session", "forum", "assembly", "gathering", "talks");
    private int lastMeetingAt = -100;
    private Actor lastConvener;
    private int lastConvenerAt = -100;

    /**
     * Notes an international organisation named as a meeting's modifier ("an international UN
     * meeting", "the EU summit") in the sentence about to be remembered.
     */
    public void noteConveners(org.polevents.extract.sentence.Sentence s, List<ActorMention> mentions) {
        for (int k = 0; k < s.size(); k++) {
            if (MEETING_NOUNS.contains(s.lower(k))) {
                lastMeetingAt = sentence + 1;
            }
        }
        for (ActorMention m : mentions) {
            if ("IGO".equals(m.actor().sector()) && m.actor().org() != null && m.end() < s.size()
                    && MEETING_NOUNS.contains(s.lower(m.end()))) {
                lastConvener = m.actor();
                lastConvenerAt = sentence + 1;
            }
        }
    }

    /**
     * The organisation that convened a meeting named in this or the previous sentence ("the
     * Taliban sent a delegation to a UN meeting. They attended the climate conference"), or null.
     */
    public Actor recentConvener() {
        return sentence + 1 - lastConvenerAt <= 1 ? lastConvener : null;
    }

    /** Whether the previous sentence named a meeting ("Two meetings occurred this week."). */
    public boolean meetingJustNamed() {
        return sentence - lastMeetingAt == 0;
    }

    /** The most recent group or government named in the last two sentences, for "it"/"they". */
    Actor recentNonPerson() {
        int at = Math.max(lastGroupAt, lastGovernmentAt);
        if (sentence - at > PRONOUN_REACH) {
            return null;
        }
        return lastGroupAt >= lastGovernmentAt ? lastGroup : lastGovernment;
    }

    /** The most recent actor of {@code sector} that has a country or organisation, or null. */
    Actor recentWithSector(String sector) {
        for (int i = history.size() - 1; i >= 0 && i >= history.size() - 30; i--) {
            Actor a = history.get(i);
            if (a.sector() != null && a.sector().equals(sector)) {
                return a;
            }
        }
        return null;
    }

    /**
     * The most recent organisation whose name ends in {@code head} ("the court" after "the
     * International Criminal Court", "the agency" after "the International Atomic Energy Agency"),
     * or null.
     */
    Actor recentOrganisationNamed(String head) {
        String suffix = " " + head.toLowerCase(java.util.Locale.ROOT);
        for (int i = history.size() - 1; i >= 0 && i >= history.size() - 30; i--) {
            Actor a = history.get(i);
            if (a.org() != null && a.name() != null && a.name().toLowerCase(java.util.Locale.ROOT).endsWith(suffix)) {
                return a;
            }
        }
        return null;
    }

    boolean isPerson(Actor a) {
        return persons.contains(a);
    }

    /** The two most recent distinct actors, most recent last; empty if fewer than two. */
    public List<Actor> lastPair() {
        if (recent.size() < 2) {
            return List.of();
        }
        return List.of(recent.get(recent.size() - 2), recent.get(recent.size() - 1));
    }

    /** Events coded so far in the article, oldest first: {type, source, target}. */
    private final List<Actor[]> events = new ArrayList<>();
    private final List<String> eventTypes = new ArrayList<>();

    /** Records an event coded in the article, for "rejected the invitation" and the like. */
    public void rememberEvent(String type, Actor source, Actor target) {
        eventTypes.add(type);
        events.add(new Actor[] {source, target});
    }

    /**
     * The source of the most recent event of one of {@code types} whose target is the same party
     * as {@code target} ("Iran invited the Taliban ... The Taliban rejected the invitation": Iran),
     * or null.
     */
    public Actor sourceOfLastEventAimedAt(java.util.Set<String> types, Actor target) {
        for (int i = events.size() - 1; i >= 0; i--) {
            Actor[] e = events.get(i);
            if (types.contains(eventTypes.get(i)) && e[0] != null && e[1] != null && sameParty(e[1], target)) {
                return e[0];
            }
        }
        return null;
    }

    /** The source of the last event of {@code type} coded in the article, or null. */
    public Actor lastSourceOf(String type) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (eventTypes.get(i).equals(type) && events.get(i)[0] != null) {
                return events.get(i)[0];
            }
        }
        return null;
    }

    /** The source of the last event coded in the article, or null. */
    public Actor lastEventSource() {
        return events.isEmpty() ? null : events.get(events.size() - 1)[0];
    }

    /** the last few actors named, with the lower-cased last word of how they were named */
    private final List<String> namedHeads = new ArrayList<>();
    private final List<Actor> named = new ArrayList<>();

    /**
     * The most recent actor (with or without a country) last named by a phrase ending in
     * {@code head} ("these countries" after "the leaders of Islamic countries"), or null.
     */
    Actor recentNamedBy(String head) {
        for (int i = named.size() - 1; i >= 0; i--) {
            if (namedHeads.get(i).equals(head)) {
                return named.get(i);
            }
        }
        return null;
    }

    private static final java.util.Set<String> PEOPLE = java.util.Set.of("CVL", "REF", "MED", "EDU", "REL", "OPP");

    /** The most recent group of people named by a plural ("six Afghan asylum seekers"), or null. */
    Actor recentPeople() {
        for (int i = named.size() - 1; i >= 0 && i >= named.size() - 12; i--) {
            Actor a = named.get(i);
            if (namedHeads.get(i).endsWith("s") && a.sector() != null && PEOPLE.contains(a.sector())) {
                return a;
            }
        }
        return null;
    }

    /** Records the mentions of one sentence, in order. */
    public void remember(List<ActorMention> mentions) {
        sentence++;
        for (ActorMention m : mentions) {
            String text = m.actor().text();
            if (!m.location() && text != null && !m.anaphoric()) {
                namedHeads.add(text.substring(text.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT));
                named.add(m.actor());
                if (named.size() > 40) {
                    named.remove(0);
                    namedHeads.remove(0);
                }
            }
        }
        for (ActorMention m : mentions) {
            if (!m.location() && !m.person() && !m.twoSides() && !m.possessive()
                    && (m.actor().country() != null || m.actor().org() != null)) {
                lastSubject = m.actor();
                lastSubjectAt = sentence;
                break;
            }
        }
        for (ActorMention m : mentions) {
            if (m.location() || m.twoSides()) {
                continue;
            }
            Actor a = m.actor();
            if (a.country() != null || a.org() != null) {
                history.add(a);
                if (m.person()) {
                    persons.add(a);
                }
            }
            if (m.person()) {
                lastPerson = a;
                if (!m.anaphoric() && a.name() != null) {
                    String full = a.name().toLowerCase(java.util.Locale.ROOT);
                    aliases.put(full, a);
                    String[] parts = full.split(" ");
                    if (parts.length > 1) {
                        aliases.putIfAbsent(parts[parts.length - 1], a);
                    }
                }
            } else if (a.org() != null || a.country() != null && !"GOV".equals(a.sector())
                    || "REB".equals(a.sector()) || "NGO".equals(a.sector())) {
                lastGroup = a;
                lastGroupAt = sentence;
            }
            if (a.country() != null && "GOV".equals(a.sector()) && !m.person()) {
                lastGovernment = a;
                lastGovernmentAt = sentence;
            }
            if (a.country() != null || a.org() != null) {
                boolean distinct = recent.isEmpty() || !sameParty(recent.get(recent.size() - 1), a);
                if (distinct) {
                    recent.removeIf(r -> sameParty(r, a));
                    recent.add(a);
                    if (recent.size() > 6) {
                        recent.remove(0);
                    }
                }
            }
        }
    }

    private static boolean sameParty(Actor a, Actor b) {
        return java.util.Objects.equals(a.country(), b.country()) && java.util.Objects.equals(a.org(), b.org());
    }
}
