package org.polevents.extract.coder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.polevents.contracts.Actor;
import org.polevents.contracts.Location;
import org.polevents.extract.actor.ActorMention;
import org.polevents.extract.actor.ArticleMemory;
import org.polevents.extract.actor.Removals;
import org.polevents.extract.plover.Trigger;
import org.polevents.extract.plover.TriggerMatch;
import org.polevents.extract.sentence.Sentence;
import org.polevents.extract.status.StatusDetector;

/**
 * Finds each trigger's source and target in the sentence's structure, without a parser:
 * <ul>
 * <li>active verbs: the source is the nearest actor before the trigger that is not the object of
 * a preposition (so in reported speech "X said Y attacked Z" it is Y), the target the first
 * actor after it in the same clause;</li>
 * <li>passives ("Z was detained by Y"): the subject is the target, the "by" phrase the source;</li>
 * <li>nouns: a possessive or modifier before the trigger is the source ("Pakistan's expulsion
 * of", "U.S. sanctions on"), "between X and Y" names both sides;</li>
 * <li>coordinated actors ("on Moscow and Minsk") give one event each.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class RoleAssigner {
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "get", "got",
            "gets", "'re", "remain", "remains", "remained", "stay", "stayed");
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "stated", "states", "told", "announced",
            "noted", "claimed", "added", "insisted", "argued", "believes", "believe", "warned", "reported",
            "confirmed", "emphasised", "emphasized", "stressed", "that", "according");
    private static final Set<String> RELATIVES = Set.of("which", "who", "whom");
    private static final Set<String> TARGET_STOPS = Set.of(";", ":", "but", "while", "which", "who", "whom",
            "although", "because", "after", "before", "when", "whereas", "-", "\"");
    private static final Set<String> SUBJECT_STOPS = Set.of(";", ":", "\"");
    /** Types whose events are complete without a target ("X denied the claims", "X protested"). */
    private static final Set<String> TARGET_OPTIONAL = Set.of("REJECT", "ACCUSE", "PROTEST", "MOBILIZE", "THREATEN",
            "REQUEST", "AGREE", "RETREAT");
    private static final Set<String> FORCE_TYPES = Set.of("ASSAULT");
    private static final Set<String> PEOPLE_SECTORS = Set.of("CVL", "OPP", "MED", "EDU", "REL", "BUS", "REF",
            "REB");
    /** Types whose two parties may be named in either order. */
    static final Set<String> SYMMETRIC = Set.of("CONSULT", "AGREE", "COOPERATE");
    private static final Set<String> MILITARY_TYPES = Set.of("ASSAULT", "MOBILIZE");
    /** Unnamed groups that can act as a party once the place tells whose they are ("police in Dhaka"). */
    private static final Set<String> PLACED_PEOPLE = Set.of("CVL", "COP", "JUD", "MED", "EDU", "REL", "REB", "OPP");
    /** Sectors whose unnamed members are those of the place where the event happened. */
    static final Set<String> LOCAL_SECTORS = Set.of("CVL", "OPP", "MED", "EDU", "REL", "BUS", "COP", "JUD", "REB");

    private final StatusDetector statuses = new StatusDetector();
    private final boolean codeSpeculative;

    private final boolean codeMonadic;

    RoleAssigner() {
        this(false, false);
    }

    /**
     * @param codeSpeculative also code hypothetical events (recommendations, conditionals, modals)
     * @param codeMonadic     also code events whose source or target could not be found
     */
    RoleAssigner(boolean codeSpeculative, boolean codeMonadic) {
        this.codeSpeculative = codeSpeculative;
        this.codeMonadic = codeMonadic;
    }

    List<Candidate> assign(Sentence s, List<ActorMention> mentions, List<TriggerMatch> triggers,
            ArticleMemory memory) {
        return assign(s, mentions, triggers, memory, null);
    }

    /**
     * @param place  where the sentence says the event happened, or null: police, protesters or a court named without
     *               a country are those of that place (see {@code EventCoder.localize})
     */
    List<Candidate> assign(Sentence s, List<ActorMention> mentions, List<TriggerMatch> triggers,
            ArticleMemory memory, Location place) {
        List<Candidate> out = new ArrayList<>();
        Set<String> typesSeen = new HashSet<>();
        Set<String> targetsSeen = new HashSet<>();
        Set<String> codesSeen = new HashSet<>();
        Set<String> verbalSeen = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (TriggerMatch t : triggers) {
            if (insideMention(t, mentions)) {
                continue;
            }
            Candidate appeal = hopedFor(s, mentions, t);
            List<Candidate> found = appeal != null ? List.of(appeal) : roles(s, mentions, t, triggers, memory, place);
            // "met in Geneva and held talks on Ukraine" is one meeting, whatever its topic; "exchanged
            // ambassadors and started investing" are two acts of cooperation
            boolean oneMeeting = "CONSULT".equals(t.type());
            boolean anotherAct = !oneMeeting && t.verbal() && !codesSeen.contains(t.trigger().cameo())
                    && verbalSeen.contains(t.type());
            if (typesSeen.contains(t.type()) && !found.isEmpty() && (oneMeeting || !newTargets(found, targetsSeen))
                    && !anotherAct) {
                continue; // one sentence describing one event yields one event
            }
            if (!found.isEmpty()) {
                // "detained six asylum seekers ... and deported them": two verbs of one type but
                // different acts (arrest, deportation) are two events
                codesSeen.add(t.trigger().cameo());
                if (t.verbal()) {
                    verbalSeen.add(t.type());
                }
                typesSeen.add(t.type());
                for (Candidate c : found) {
                    targetsSeen.add(key(c.target()));
                }
            }
            for (int i = 0; i < found.size(); i++) {
                Candidate c = found.get(i);
                String key = c.trigger().type() + "|" + key(c.source()) + "|" + key(c.target());
                if (anotherAct) {
                    key += "|" + t.trigger().cameo();
                }
                if (i > 0 && c.target() != null) {
                    // a coordinated second target of the same kind is another party, not a repeat:
                    // "warrants for the arrest of Netanyahu and Gallant"
                    key += "|" + c.target().name();
                }
                if (keys.add(key)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /**
     * A second trigger of a type already coded in the sentence is the same event told twice
     * ("condemned and denounced the attack") unless it names only other targets ("blamed Ukraine,
     * then acknowledged the attack was the work of the Islamic State").
     */
    private static boolean newTargets(List<Candidate> found, Set<String> targetsSeen) {
        for (Candidate c : found) {
            if (c.target() == null || targetsSeen.contains(key(c.target()))) {
                return false;
            }
        }
        return true;
    }

    private static String key(Actor a) {
        return a == null ? "-" : a.country() + "/" + a.org() + "/" + a.sector();
    }

    /** A trigger word inside an actor phrase ("the Security Council") is a name, not an event. */
    private static boolean insideMention(TriggerMatch t, List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            if (t.start() >= m.start() && t.start() < m.end()) {
                return true;
            }
        }
        return false;
    }

    private List<Candidate> roles(Sentence s, List<ActorMention> mentions, TriggerMatch t, List<TriggerMatch> all,
            ArticleMemory memory, Location place) {
        boolean placed = place != null;
        ActorMention source = null;
        ActorMention target = null;
        boolean nominal = !t.verbal() && (s.tag(t.start()).equals("NOUN") || s.tag(t.start()).equals("PROPN"));
        boolean passive = !nominal && passive(s, t.start());
        String[] words = t.trigger().words();
        int betweenAt = words[words.length - 1].equals("between") ? t.end() - 1 : between(s, t.start() + 1);
        ActorMention[] letter = letterParties(s, mentions, t);
        // an arrest warrant issued, the means of another act: the event happened, however phrased
        boolean warranted = false;
        boolean victimOnly = false;
        boolean criticismReceived = false;
        if (letter != null) {
            source = letter[0];
            target = letter[1];
        } else if ("with".equals(t.trigger().words()[0])) {
            // "returned to Islamabad with German support": the helper is named inside the phrase,
            // the helped are the clause's subject
            source = firstBetween(mentions, t.start(), t.end());
            target = subject(s, mentions, t.start());
        } else if (passive) {
            target = subject(s, mentions, t.start());
            source = by(s, mentions, t.end());
        } else if (betweenAt >= 0) {
            List<ActorMention> sides = sides(s, mentions, betweenAt);
            ActorMention subject = nominal ? possessor(s, mentions, t.start()) : subject(s, mentions, t.start());
            if (subject == null && nominal && !sides.isEmpty()) {
                // "meeting between X and Y" as the object of "hold"/"mediate": the verb's subject is
                // a third party; the two sides are the event's actors
                source = sides.get(0);
                target = sides.size() > 1 ? sides.get(1) : null;
            } else {
                source = subject != null ? subject : sides.isEmpty() ? null : sides.get(0);
                target = sides.isEmpty() ? null : sides.get(0) == source && sides.size() > 1 ? sides.get(1) : sides.get(0);
            }
        } else {
            source = possessor(s, mentions, t.start());
            if (source == null && nominal) {
                source = agentInNounPhrase(s, mentions, t);
            }
            if (source == null && !(nominal && governedByContentWord(s, t.start()))) {
                // "concern over the attack on X", "rejected the invitation": an event noun governed
                // by a preposition or a content verb has no agent in the sentence's subject
                int relative = relativePronounBefore(s, mentions, t.start());
                source = relativeSubject(s, mentions, t.start());
                if (source == null && relative >= 0) {
                    // "the NRF, which Dushanbe has been supporting": the relative clause's own subject
                    source = firstBetween(mentions, relative, t.start());
                }
                if (source == null && relative < 0) {
                    source = subject(s, mentions, t.start());
                }
            }
            if (source == null) {
                source = afterIntroductoryPhrase(s, mentions, t.start());
            }
            if (source == null && nominal && "COERCE".equals(t.type())) {
                source = warrantIssuer(s, mentions, t.start());
                warranted = source != null;
            }
            if (source == null && nominal) {
                source = agentNounSubject(s, mentions, t.start());
                warranted = source != null;
            }
            if (source == null && nominal) {
                source = laterPassiveAgent(s, mentions, t.end());
                warranted = source != null;
            }
            if (source == null && nominal) {
                source = instrumentAgent(s, mentions, t.start());
                warranted = source != null;
            }
            target = object(s, mentions, t, source);
            if (target != null && "ACCUSE".equals(t.type()) && victimOfCondemnedAttack(s, all, t, target)) {
                // "condemned the attack on the country's nuclear facility": the victim is not
                // accused; with the attacker unnamed, the accusation has no target here
                target = null;
                victimOnly = true;
            }
            if (target == null && t.verbal()) {
                target = relativeAntecedent(s, mentions, t.start());
            }
        }
        if (vague(source) && source != null) {
            // "China and two other states supported": the named conjunct stands for the group
            ActorMention named = coordinatedBefore(s, mentions, source);
            if (named != null && !vague(named)) {
                source = named;
            }
        }
        List<Candidate> out = new ArrayList<>();
        if (words[words.length - 1].equals("between") && t.verbal()
                && !(meetingAnaphor(s, t.start()) && memory.meetingJustNamed())) {
            trace(s, t, "occurrence of something other than a meeting", source, target);
            return out; // "clashes occurred between X and Y" is no meeting; "The first occurred" after "two meetings" is
        }
        if (t.verbal() && !passive && "invite".equals(t.trigger().words()[0]) && !actorRightAfter(s, mentions, t.end())) {
            trace(s, t, "invites a thing, not a party", source, target);
            return out; // "invites a wide range of retaliatory moves": provokes, asks nobody
        }
        if ("CONSULT".equals(t.type()) && t.end() < s.size() && s.lower(t.end()).equals("militarily")) {
            trace(s, t, "military engagement is no consultation", source, target);
            return out; // "the country that engaged militarily in Afghanistan"
        }
        if (contentOfNounOrPrevented(s, t.start())) {
            trace(s, t, "content of a noun / prevented", source, target);
            return out;
        }
        Actor src = source == null ? null : source.actor();
        Actor tgt = target == null ? null : target.actor();
        if (source != null && source.twoSides() && memory.lastPair().size() == 2) {
            src = memory.lastPair().get(0);
            if (tgt == null) {
                tgt = memory.lastPair().get(1);
            }
        }
        if (target != null && target.twoSides() && memory.lastPair().size() == 2) {
            tgt = memory.lastPair().get(1);
        }
        if (src != null && tgt != null && "COERCE".equals(t.type()) && domesticPeople(src, tgt)) {
            // "the Taliban's deprivation of women from education": a government coercing
            // unnamed civilians coerces its own
            tgt = new Actor(tgt.text(), tgt.name(), src.country(), tgt.sector(), null);
        }
        if (src != null && tgt != null && same(src, tgt)) {
            tgt = null;
        }
        if (src == null && tgt != null && nominal && backReference(s, t.start())) {
            // "Shoigu visited Kabul. This plea came amid discussions with Taliban leaders": the
            // sentence continues the previous event, whose source is this one's too
            Actor previous = memory.lastEventSource();
            if (previous != null && !same(previous, tgt)) {
                src = previous;
            }
        }
        if ((passive || nominal && participleBeforeTarget(s, t)) && src == null && tgt != null
                && "SANCTION".equals(t.type())) {
            // "sanctions packages imposed on Moscow and Minsk" with no agent: the article's sanctioner
            Actor sanctioner = memory.lastSourceOf("SANCTION");
            if (sanctioner != null && !same(sanctioner, tgt)) {
                src = sanctioner;
            }
        }
        if (passive && src == null && tgt != null && "freeze".equals(t.trigger().words()[0])) {
            // "reserves which remain frozen in the United States": held, and so frozen, by that state
            ActorMention holder = startingAt(mentions, t.end() + 1);
            if (t.end() < s.size() && s.lower(t.end()).equals("in") && holder != null && holder.actor().country() != null
                    && !holder.actor().country().equals(tgt.country())) {
                Actor h = holder.actor();
                src = new Actor(h.text(), h.name(), h.country(), "GOV", h.org());
            }
        }
        if (passive && src == null && tgt != null && place != null && place.country() != null
                && !place.country().equals(tgt.country()) && "invite".equals(t.trigger().words()[0])) {
            // "a Taliban delegation was invited to an economic forum in Kazan": the host invites
            src = new Actor(place.text(), place.name(), place.country(), "GOV", null);
        }

        // A bare role ("countries", "the military", "leaders") says too little to be a party;
        // groups that act as a class (NGOs, IGOs) are the exception.
        if (vague(source) && !passive && !(placed && PLACED_PEOPLE.contains(source.actor().sector()))) {
            trace(s, t, "vague source", source, target);
            return out;
        }
        if (vague(target) && !PEOPLE_SECTORS.contains(target.actor().sector())) {
            // people acted upon need no name ("detained 40 protesters"); governments do
            tgt = null;
        }
        boolean mutual = SYMMETRIC.contains(t.type()) || reciprocal(s, t);
        if (tgt == null && source != null && mutual) {
            // "both X and Y agreed", "X and Y met": the two conjoined subjects are the parties
            ActorMention first = coordinatedBefore(s, mentions, source);
            if (first != null && !same(first.actor(), src)) {
                tgt = src;
                src = first.actor();
            }
        }
        if (src == null && !(passive && tgt != null)) {
            trace(s, t, "no source", source, target);
            return out;
        }
        if (tgt == null && target == null && src != null && !victimOnly) {
            // "voted against advancing a bill which would sanction the ICC", "is investigating
            // killings under former President Duterte": the target sits deeper in the object
            ActorMention deeper = deeperObject(s, mentions, t, source);
            if (deeper != null) {
                target = deeper;
                tgt = deeper.actor();
            }
        }
        boolean force = FORCE_TYPES.contains(t.type()) || s.lower(t.start()).startsWith("raid");
        if (tgt == null && force) {
            // "carried out an offensive in Pakistan", "raided a camp in Jenin": force used in a
            // country is used against it
            for (ActorMention m : mentions) {
                if (m.location() && m.actor().country() != null && foreignTo(m.actor().country(), src)) {
                    Actor where = m.actor();
                    tgt = new Actor(where.text(), where.name(), where.country(), "GOV", null);
                    break;
                }
            }
            if (tgt == null && place != null && place.country() != null && foreignTo(place.country(), src)) {
                tgt = new Actor(place.text(), place.name(), place.country(), "GOV", null);
            }
        }
        if (tgt == null && "PROTEST".equals(t.type()) && place != null && place.country() != null
                && (src == null || src.org() == null || !"GOV".equals(src.sector()))) {
            // "workers went on strike in Lagos": a protest without a named target is aimed at the
            // government of the place (ICEWS's convention)
            tgt = new Actor(place.text(), place.name(), place.country(), "GOV", null);
        }
        if (tgt == null && src != null && nominal && "ACCUSE".equals(t.type())) {
            // "a new Belarusian election, accompanied by denunciations by Western officials",
            // "Israel faced condemnation by the UN": the criticism is aimed at what received it
            ActorMention received = receiverOfCriticism(s, mentions, t.start());
            if (received != null && !same(received.actor(), src)) {
                tgt = received.actor();
                criticismReceived = true;
            }
        }
        if (tgt == null && src != null && "RETREAT".equals(t.type()) && agreementNear(s, t)) {
            // "diplomacy between Iran and world powers on reviving the agreement, which Trump
            // abandoned": whoever leaves a deal turns away from its other party
            tgt = counterparty(s, mentions, src);
        }
        if (tgt == null && "attend".equals(t.trigger().words()[0]) && meetingObject(s, t.end())) {
            // "They attended the climate conference in Baku" after "a delegation to a UN meeting":
            // the convener is the counterpart
            Actor convener = memory.recentConvener();
            if (convener != null && (src == null || !same(convener, src))) {
                tgt = convener;
            }
        }
        if (tgt == null && !TARGET_OPTIONAL.contains(t.type())) {
            trace(s, t, "no target", source, target);
            return out;
        }
        if (src == null && passive && tgt != null && "MOBILIZE".equals(t.type())) {
            // "troops were deployed along the border": the deployed force is the mobilising actor
            src = tgt;
            tgt = null;
        }
        if (tgt == null && src != null && "REJECT".equals(t.type())) {
            // "The Taliban rejected the invitation": whoever invited them, earlier in the article
            java.util.Set<String> answered = answeredKinds(s, t.end());
            Actor asker = answered == null ? null : memory.sourceOfLastEventAimedAt(answered, src);
            if (asker != null && !same(asker, src)) {
                tgt = asker;
            }
        }
        boolean denial = "REJECT".equals(t.type()) && (s.lower(t.start()).startsWith("deni") || claimObject(s, t.end()));
        if (!codeMonadic && (src == null || tgt == null && !(denial || "MOBILIZE".equals(t.type())))) {
            // Events are dyadic: when one party is implicit ("was invited", "denied the report",
            // "the Taliban's refusal") this coder cannot recover it, and a half-coded dyad
            // misleads users more than a missing one does.
            trace(s, t, "one party missing", source, target);
            return out;
        }
        if (src != null && MILITARY_TYPES.contains(t.type()) && "GOV".equals(src.sector()) && src.org() == null
                && !(source != null && source.person())) {
            // a state using force acts through its military ("Pakistan's air strikes")
            src = new Actor(src.text(), src.name(), src.country(), "MIL", src.org());
        }
        boolean negInTrigger = false;
        for (int k = t.start(); k < t.end(); k++) {
            String w = s.lower(k);
            negInTrigger |= w.equals("not") || w.equals("n't");
        }
        boolean statement = t.type().equals("SUPPORT") || t.type().equals("AGREE");
        String status = statuses.status(s, t.start(), t.end(), negInTrigger, statement);
        if (!codeSpeculative && StatusDetector.HYPOTHETICAL.equals(status)) {
            // recommendations, conditionals and modal speculation are not coded (see EventCoder)
            trace(s, t, "hypothetical", source, target);
            return out;
        }
        if ("MOBILIZE".equals(t.type()) && civilianObject(s, t.end())) {
            trace(s, t, "civilian deployment", source, target);
            return out;
        }
        if (FORCE_TYPES.contains(t.type()) && target != null && target.possessive() && target.end() + 1 < s.size()
                && ABSTRACT_POSSESSIONS.contains(s.lower(target.end() + 1))) {
            // "targeted women's education": force is not used against an education
            trace(s, t, "abstract target", source, target);
            return out;
        }
        if (statuses.purposeInfinitive(s, t.start())) {
            trace(s, t, "purpose infinitive", source, target);
            return out;
        }
        if (src != null && tgt != null && src.org() == null && tgt.org() == null && src.country() != null
                && src.country().equals(tgt.country()) && java.util.Objects.equals(src.sector(), tgt.sector())
                && !(target != null && s.lower(target.end() - 1).startsWith("colleague"))) {
            // "the country -> Afghanistan", "the cabinet -> the Amir": a dyad whose two coded
            // sides are indistinguishable says nothing a user can query, and is nearly always a
            // misattached anaphor or an internal matter; "her colleagues" are her peers by construction
            trace(s, t, "indistinguishable dyad", source, target);
            return out;
        }
        boolean nounLike = nominal || t.start() > 0 && (s.tag(t.start() - 1).equals("DET")
                || s.lower(t.start() - 1).equals("'s") || s.lower(t.start() - 1).equals("’s"));
        // "led to new sanctions imposed on X": the participle asserts the act wherever the noun sits
        boolean asserted = warranted || criticismReceived || nominal && participleBeforeTarget(s, t);
        if (nounLike && embeddedNominal(s, mentions, t.start()) && !occasionPhrase(s, t.start())
                && !backReference(s, t.start()) && !asserted
                && !((criticised(s, all, t) || afterEvent(s, t.start())) && src != null && tgt != null)) {
            trace(s, t, "event noun inside another predicate", source, target);
            return out;
        }
        if (StatusDetector.NEGATED.equals(status) && !statuses.clearNegation(s, t.start())) {
            trace(s, t, "unclear negation scope", source, target);
            return out;
        }
        double confidence = confidence(source, target, t, passive);
        t = donorRelease(materialBacking(t, tgt), src);
        out.add(new Candidate(t, src, tgt, status, confidence));
        // coordinated targets: "sanctions on Moscow and Minsk" (not "between X and Y": one event)
        if (target != null && !passive && betweenAt < 0) {
            ActorMention second = coordinated(s, mentions, target);
            boolean apposition = second != null && s.lower(target.end()).equals(",") && s.tag(second.start()).equals("DET");
            if (second != null && !apposition && (src == null || !same(src, second.actor()))
                    && !same(tgt, second.actor()) && !oneGroup(target.actor(), second.actor())) {
                out.add(new Candidate(t, src, second.actor(), status, confidence - 0.05));
            }
        }
        return out;
    }

    private static final Set<String> BACKING_VERBS = Set.of("support", "back");

    /**
     * "Dushanbe has been supporting the NRF", "Rwanda backs the M23": a state or group that
     * supports an armed group gives it material (military) aid, not words; PLOVER codes that as
     * AID. Said support ("voiced support for the rebels") stays SUPPORT: its trigger is the noun.
     */
    private static TriggerMatch materialBacking(TriggerMatch t, Actor target) {
        Trigger tr = t.trigger();
        if (!"SUPPORT".equals(t.type()) || !t.verbal() || target == null || !"REB".equals(target.sector())
                || tr.words().length != 1 || !BACKING_VERBS.contains(tr.words()[0])) {
            return t;
        }
        return new TriggerMatch(new Trigger(tr.words(), "072", "AID", "military", tr.pos(), tr.targetPrep()), t.start(),
                t.end());
    }

    /**
     * "The World Bank decided to unlock Afghan funds": a lender or donor releasing funds disburses
     * aid (PLOVER AID); a state unfreezing what it froze eases a sanction (CONCEDE).
     */
    private static TriggerMatch donorRelease(TriggerMatch t, Actor source) {
        Trigger tr = t.trigger();
        if (!"CONCEDE".equals(t.type()) || source == null || !("IGO".equals(source.sector()) || "NGO".equals(source.sector()))
                || !("unlock".equals(tr.words()[0]) || "unfreeze".equals(tr.words()[0]))) {
            return t;
        }
        return new TriggerMatch(new Trigger(tr.words(), "071", "AID", "economic", tr.pos(), tr.targetPrep()), t.start(),
                t.end());
    }

    private static final boolean TRACE = Boolean.getBoolean("polevents.coder.trace");

    /** Diagnostics for rule development: why a trigger yielded no event (-Dpolevents.coder.trace=true). */
    private static void trace(Sentence s, TriggerMatch t, String why, ActorMention source, ActorMention target) {
        if (TRACE) {
            System.err.printf("DROP %s %s [%s] src=%s tgt=%s :: %s%n", t.type(), t.trigger().pattern(), why,
                    source == null ? null : source.actor().text(), target == null ? null : target.actor().text(),
                    s.text().length() > 120 ? s.text().substring(0, 120) : s.text());
        }
    }

    private static boolean foreignTo(String country, Actor src) {
        // an armed group fights in its own country; a government's force there is not "against" it
        return src == null || !country.equals(src.country()) || src.org() != null && "REB".equals(src.sector());
    }

    private static boolean vague(ActorMention m) {
        return m != null && m.bare() && !"NGO".equals(m.actor().sector()) && !"IGO".equals(m.actor().sector());
    }

    static boolean same(Actor a, Actor b) {
        return java.util.Objects.equals(a.country(), b.country()) && java.util.Objects.equals(a.org(), b.org())
                && java.util.Objects.equals(a.sector(), b.sector()) && java.util.Objects.equals(a.name(), b.name())
                || a.name() != null && a.name().equals(b.name());
    }

    private static double confidence(ActorMention source, ActorMention target, TriggerMatch t, boolean passive) {
        double c = 0.45;
        if (source != null) {
            c += source.anaphoric() ? 0.1 : 0.2;
            if (source.actor().country() != null || source.actor().org() != null) {
                c += 0.05;
            }
        }
        if (target != null) {
            c += target.anaphoric() ? 0.08 : 0.15;
        }
        if (t.end() - t.start() > 1) {
            c += 0.05;
        }
        if (passive && source == null) {
            c -= 0.1;
        }
        return Math.max(0.05, Math.min(0.95, c));
    }

    /**
     * "a proposal to halt aid", "efforts to restrain", "restrain X from launching attacks": the
     * trigger names what someone wants or prevents, not an event ("decision to" is the exception:
     * a decision taken is an act).
     */
    private static boolean contentOfNounOrPrevented(Sentence s, int head) {
        if (head >= 2 && s.lower(head - 1).equals("to") && s.tag(head - 2).equals("NOUN")
                && !s.lower(head - 2).startsWith("decision") && !finitePlanVerb(s, head - 2)) {
            return true;
        }
        // "a bill sanctioning the court", "legislation banning imports": a proposal's content
        if (head >= 1 && s.lower(head).endsWith("ing") && PROPOSALS.contains(s.lower(head - 1))) {
            return true;
        }
        if (deniedClaim(s, head)) {
            return true;
        }
        // "accused Kabul of sheltering militants": the alleged act is the accusation's content
        return head >= 1 && (s.lower(head - 1).equals("from") || s.lower(head - 1).equals("of"))
                && s.lower(head).endsWith("ing");
    }

    private static final Set<String> DENIALS = Set.of("denied", "denies", "deny", "dismissed", "dismisses",
            "rejected", "rejects", "refuted", "refutes");

    /** "Beijing denied reports that it had supplied drones": a denied claim's content is no event */
    private static boolean deniedClaim(Sentence s, int head) {
        for (int k = head - 1; k >= 2 && k >= head - 10; k--) {
            if (s.lower(k).equals("that") && CLAIMS.contains(s.lower(k - 1))) {
                for (int j = k - 2; j >= 0 && j >= k - 4; j--) {
                    if (DENIALS.contains(s.lower(j))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static final Set<String> PLAN_VERBS_3SG = Set.of("plans", "aims", "intends", "seeks", "wants", "hopes",
            "vows", "pledges", "promises", "threatens", "refuses", "agrees", "offers", "prepares");

    /** "Peru plans to expel": a mis-tagged finite verb after a subject, not "the plans to". */
    private static boolean finitePlanVerb(Sentence s, int k) {
        return PLAN_VERBS_3SG.contains(s.lower(k)) && k > 0 && !s.tag(k - 1).equals("DET") && !s.tag(k - 1).equals("ADJ")
                && !s.lower(k - 1).equals("'s") && !s.lower(k - 1).equals("’s");
    }

    /** Nouns whose participial modifier states what is proposed, not what happened. */
    private static final Set<String> PROPOSALS = Set.of("bill", "bills", "legislation", "law", "laws", "measure",
            "measures", "resolution", "resolutions", "amendment", "amendments", "proposal", "proposals", "plan",
            "plans", "motion", "draft", "initiative", "petition", "demands", "demand", "calls", "call");

    /** Verbs that only carry an event noun ("held talks", "launched an offensive"). */
    private static final Set<String> LIGHT_VERBS = Set.of("hold", "held", "holds", "holding", "have", "had", "has",
            "conduct", "conducted", "conducting", "begin", "began", "begun", "begins", "start", "started", "starts",
            "launch", "launched", "launches", "resume", "resumed", "resumes", "open", "opened", "carry", "carried",
            "make", "made", "makes", "carries", "carrying", "pay", "paid", "pays", "give", "gave", "continue", "continued", "stage",
            "staged", "join", "joined", "host", "hosted", "enter", "entered", "announce", "announced", "sent",
            "send", "provide", "provided", "impose", "imposed", "issue", "issued", "mount", "mounted", "step",
            "stepped", "intensify", "intensified", "is", "are", "was", "were", "lead", "led", "leads", "leading",
            "spearhead", "spearheaded", "spearheads", "pursue", "pursued", "pursues", "undertake", "undertook",
            "undertaken", "initiate", "initiated", "convene", "convened", "attend", "attended", "organise",
            "organised", "organize", "organized", "deliver", "delivered", "offer", "offered", "extend", "extended",
            "express", "expressed", "voice", "voiced", "file", "filed", "lodge", "lodged", "level", "levelled",
            "leveled", "wage", "waged", "waging", "escalate", "escalated", "renew", "renewed", "complete",
            "completed", "conclude", "concluded", "joins", "echo", "echoed", "echoes");

    /** "aligned with the criticism", "took part in the talks": the subject shares the event */
    private static final Set<String> TAKING_PART = Set.of("aligned", "align", "aligns", "sided", "participated",
            "participate", "participates", "part");

    private static boolean takingPart(Sentence s, int preposition) {
        String p = s.lower(preposition);
        return preposition > 0 && (p.equals("with") || p.equals("in")) && TAKING_PART.contains(s.lower(preposition - 1));
    }

    /**
     * "described the official's visit as", "appreciate the Taliban's approach to talks", "called
     * attention to the U.S.'s appropriation": an event noun (with or without a possessor) that is
     * the object of a content verb or of a preposition is a reference to an event reported
     * elsewhere, or the topic of the sentence's own predicate, not a new report.
     */
    private static boolean embeddedNominal(Sentence s, List<ActorMention> mentions, int head) {
        int p = head - 1;
        while (p >= 0) {
            String tag = s.tag(p);
            if (tag.equals("DET") || tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("NUM") || tag.equals("ADV")
                    || s.lower(p).equals("'s") || s.lower(p).equals("’s") || participleModifier(s, p)) {
                p--;
                continue;
            }
            ActorMention m = null;
            for (ActorMention o : mentions) {
                if (o.end() == p + 1 && o.start() <= p) {
                    m = o;
                }
            }
            if (m != null && m.start() > 0 && (s.lower(m.end()).equals("'s") || s.lower(m.end()).equals("’s") || m.possessive()
                    || m.end() == head)) {
                p = m.start() - 1; // "exemptions to U.S. sanctions": the modifier does not stop the walk
                continue;
            }
            break;
        }
        if (p < 0) {
            return false;
        }
        if ((s.lower(p).equals("out") || s.lower(p).equals("up")) && p > 0 && LIGHT_VERBS.contains(s.lower(p - 1))
                || takingPart(s, p)) {
            return false;
        }
        return s.tag(p).equals("VERB") && !LIGHT_VERBS.contains(s.lower(p)) && !REPORTING.contains(s.lower(p))
                || s.tag(p).equals("ADP") && !s.lower(p).equals("between") && !s.lower(p).equals("in")
                        && !s.lower(p).equals("by") && !BE.contains(s.lower(p));
    }

    /** stances towards an event that presuppose it: one criticises, backs or opposes what exists */
    private static final Set<String> CRITICISM = Set.of("ACCUSE", "PROTEST", "SUPPORT", "REJECT");
    private static final Set<String> ABOUT = Set.of("over", "about", "at", "of", "against", "to");

    /**
     * "condemned the expulsion of Syrian refugees from Lebanon", "concern over the deportation of
     * Afghans from Pakistan", "supported the Taliban's objection to the plan": criticising, backing
     * or opposing an event presupposes it; an event so named with both parties is reported as having
     * happened, unlike an event noun under other verbs ("described the visit as").
     */
    private static boolean criticised(Sentence s, List<TriggerMatch> all, TriggerMatch t) {
        for (TriggerMatch c : all) {
            if (c == t || !CRITICISM.contains(c.type()) || c.end() > t.start() || t.start() - c.end() > 4
                    || "describe".equals(c.trigger().words()[0])) {
                continue; // "described the visit as significant": the visit is a reference, told elsewhere
            }
            boolean modifiersOnly = true;
            for (int k = c.end(); k < t.start(); k++) {
                String tag = s.tag(k);
                boolean preposition = k == c.end() && ABOUT.contains(s.lower(k)); // "concern over the ..."
                modifiersOnly &= preposition || tag.equals("DET") || tag.equals("ADJ") || tag.equals("NOUN")
                        || tag.equals("NUM") || tag.equals("PROPN") || s.lower(k).equals("'s") || s.lower(k).equals("’s");
            }
            if (modifiersOnly) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TEMPORAL = Set.of("after", "following", "since", "amid");

    /**
     * "kicked into high gear following widespread Western refusal to acknowledge ...", "after
     * Pakistan's expulsion of ...": what something came after has happened.
     */
    private static boolean afterEvent(Sentence s, int head) {
        int p = head - 1;
        while (p >= 0 && (s.tag(p).equals("DET") || s.tag(p).equals("ADJ") || s.tag(p).equals("ADV")
                || s.tag(p).equals("PROPN") || s.lower(p).equals("'s") || s.lower(p).equals("’s"))) {
            p--;
        }
        return p >= 0 && TEMPORAL.contains(s.lower(p));
    }

    private static boolean governedByContentWord(Sentence s, int head) {
        int p = head - 1;
        while (p >= 0 && (s.tag(p).equals("DET") || s.tag(p).equals("ADJ") || s.tag(p).equals("NOUN")
                || s.tag(p).equals("NUM") || s.tag(p).equals("ADV") || participleModifier(s, p))) {
            p--;
        }
        if (p < 0) {
            return false;
        }
        if ((s.lower(p).equals("out") || s.lower(p).equals("up")) && p > 0 && LIGHT_VERBS.contains(s.lower(p - 1))) {
            return false; // "carried out air strikes"
        }
        if (s.lower(p).equals("in") && p > 0 && (s.tag(p - 1).equals("NUM") || AMOUNTS.contains(s.lower(p - 1)))) {
            return false; // "announced $2 billion in military assistance": the amount is the object
        }
        if (takingPart(s, p)) {
            return false;
        }
        return s.tag(p).equals("ADP") || s.tag(p).equals("VERB") && !LIGHT_VERBS.contains(s.lower(p));
    }

    /**
     * "a renewed offensive", "the stalled talks": a participle between a determiner and the
     * noun modifies the noun; the tagger often calls it a verb.
     */
    private static boolean participleModifier(Sentence s, int k) {
        String w = s.lower(k);
        return s.tag(k).equals("VERB") && k > 0 && (w.endsWith("ed") || w.endsWith("en"))
                && (s.tag(k - 1).equals("DET") || s.tag(k - 1).equals("ADJ") || s.lower(k - 1).equals("'s")
                        || s.lower(k - 1).equals("’s"));
    }

    private static final Set<String> HOPE = Set.of("hope", "hopes", "hoped", "hoping");
    /** what one hopes another will do, when it is asked of them */
    private static final Set<String> HOPED_TYPES = Set.of("SUPPORT", "AID", "COOPERATE", "AGREE", "CONCEDE",
            "CONSULT", "RETREAT");
    private static final Trigger APPEAL = new Trigger(new String[] {"hope"}, "100", "REQUEST", null, 'V', false);

    /**
     * "Nazary says he hopes the new US administration will support the resistance": saying so in
     * public is an appeal (REQUEST) from the one who hopes to the one hoped to act, not an act of
     * the latter. Null when the trigger is not in such a clause.
     */
    private static Candidate hopedFor(Sentence s, List<ActorMention> mentions, TriggerMatch t) {
        if (!t.verbal() || !HOPED_TYPES.contains(t.type())) {
            return null;
        }
        int modal = t.start() - 1;
        while (modal > 0 && modal >= t.start() - 3 && !(s.lower(modal).equals("will") || s.lower(modal).equals("would"))) {
            modal--;
        }
        if (modal <= 0 || !(s.lower(modal).equals("will") || s.lower(modal).equals("would"))) {
            return null;
        }
        int h = modal - 1;
        while (h > 0 && h >= modal - 12 && !HOPE.contains(s.lower(h))) {
            h--;
        }
        if (h < 1 || !HOPE.contains(s.lower(h))) {
            return null;
        }
        ActorMention hoped = null;
        for (ActorMention m : mentions) {
            if (m.start() > h && m.start() <= h + 2 && m.end() <= modal && !m.location()) {
                hoped = m; // the hoped clause's subject, right after "hopes (that)"
                break;
            }
        }
        if (hoped == null) {
            return null;
        }
        ActorMention hoper = null;
        for (ActorMention m : mentions) {
            if (m.end() <= h && m.end() >= h - 3 && !m.location()) {
                hoper = m;
            }
        }
        if (hoper == null || same(hoper.actor(), hoped.actor())) {
            return null;
        }
        TriggerMatch asked = new TriggerMatch(APPEAL, h, h + 1);
        return new Candidate(asked, hoper.actor(), hoped.actor(), "occurred", confidence(hoper, hoped, asked, false));
    }

    private static final Set<String> CONTINUING = Set.of("came", "comes", "come", "followed", "follows", "follow",
            "took", "takes");
    private static final Set<String> CONTEXT_PREPOSITIONS = Set.of("amid", "after", "during", "following", "before",
            "alongside");

    /**
     * "This plea came amid discussions with ...", "The visit follows talks with ...": a sentence
     * that opens by pointing back at the previous event and places the trigger beside it.
     */
    private static boolean backReference(Sentence s, int head) {
        if (s.size() < 4 || !(s.lower(0).equals("this") || s.lower(0).equals("the") || s.lower(0).equals("these"))) {
            return false;
        }
        int verb = 1;
        while (verb < s.size() && verb < 4 && !CONTINUING.contains(s.lower(verb))) {
            verb++;
        }
        if (verb >= s.size() || !CONTINUING.contains(s.lower(verb))) {
            return false;
        }
        int prep = verb + 1;
        if (prep < s.size() && s.lower(prep).equals("place")) {
            prep++; // "took place amid"
        }
        return prep < s.size() && CONTEXT_PREPOSITIONS.contains(s.lower(prep)) && head > prep && head <= prep + 4;
    }

    /** Does an actor start at {@code k}, past determiners and adjectives? */
    private static boolean actorRightAfter(Sentence s, List<ActorMention> mentions, int k) {
        while (k < s.size() && (s.tag(k).equals("DET") || s.tag(k).equals("ADJ") || s.tag(k).equals("NUM"))) {
            k++;
        }
        for (ActorMention m : mentions) {
            if (m.start() <= k && m.end() > k) {
                return true;
            }
        }
        return false;
    }

    /** The target is what an attack named between the accusation and it was aimed at. */
    private static boolean victimOfCondemnedAttack(Sentence s, List<TriggerMatch> all, TriggerMatch t,
            ActorMention target) {
        for (TriggerMatch a : all) {
            if ("ASSAULT".equals(a.type()) && a.start() >= t.end() && a.end() <= target.start()
                    && target.start() - a.end() <= 3) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MEANS = Set.of("via", "through", "using", "with");

    /**
     * "Pakistan's expulsion of militants via air strikes on Afghan territory": the means of an act
     * are used by the act's agent, the possessor of the act named before. Null otherwise.
     */
    private static ActorMention instrumentAgent(Sentence s, List<ActorMention> mentions, int head) {
        int p = head - 1;
        while (p >= 0 && (s.tag(p).equals("DET") || s.tag(p).equals("ADJ"))) {
            p--;
        }
        if (p < 1 || !MEANS.contains(s.lower(p))) {
            return null;
        }
        for (ActorMention m : mentions) {
            if (m.possessive() && m.end() < p && m.start() <= p - 3) {
                int k = m.end() + (s.lower(m.end()).equals("'s") || s.lower(m.end()).equals("’s") ? 1 : 0);
                if (k < p && s.tag(k).equals("NOUN")) {
                    return m; // "Pakistan's expulsion ...": the possessor of an act's noun
                }
            }
        }
        return null;
    }

    /**
     * "a rebuke of the court for warrants issued in November for the arrest of X": only courts
     * issue arrest warrants, so the court named before the warrants is their issuer. Null when the
     * arrest is not a warrant's or no court is named before it.
     */
    private static ActorMention warrantIssuer(Sentence s, List<ActorMention> mentions, int head) {
        int warrant = -1;
        for (int k = head - 1; k >= 0 && k >= head - 8; k--) {
            if (s.lower(k).startsWith("warrant")) {
                warrant = k;
                break;
            }
        }
        if (warrant < 0) {
            return null;
        }
        ActorMention court = null;
        for (ActorMention m : mentions) {
            Actor a = m.actor();
            boolean isCourt = "JUD".equals(a.sector())
                    || (a.name() + " " + a.text()).toLowerCase(java.util.Locale.ROOT).contains("court");
            if (m.end() <= warrant && isCourt) {
                court = m;
            }
        }
        return court;
    }

    private static final Set<String> ABSTRACT_POSSESSIONS = Set.of("education", "rights", "right", "freedom",
            "freedoms", "employment", "access", "liberties", "livelihoods", "reputation", "credibility", "interests",
            "economy", "future", "dignity", "participation");

    private static final Set<String> LETTERS = Set.of("letter", "letters", "message", "petition", "note", "memo",
            "memorandum", "appeal");
    private static final Set<String> SENDING = Set.of("sent", "send", "sends", "wrote", "write", "writes", "written",
            "addressed", "delivered", "submitted", "signed", "penned");

    /**
     * "Over 130 organizations sent a letter to Congress urging ...", "senators wrote to the
     * secretary of state calling for ...": a participle after a letter says what its writers ask
     * of, or say to, the addressee. Returns {writers, addressee}, or null.
     */
    private static ActorMention[] letterParties(Sentence s, List<ActorMention> mentions, TriggerMatch t) {
        if (!t.verbal() || !s.lower(t.start()).endsWith("ing")) {
            return null;
        }
        for (int k = t.start() - 1; k > 0 && k >= t.start() - 15; k--) {
            if (!LETTERS.contains(s.lower(k)) || !s.lower(k + 1).equals("to")) {
                continue;
            }
            int verb = s.tag(k - 1).equals("DET") || s.tag(k - 1).equals("ADJ") || s.tag(k - 1).equals("NUM") ? k - 2 : k - 1;
            if (verb < 1 || !SENDING.contains(s.lower(verb))) {
                return null;
            }
            ActorMention writers = null;
            ActorMention addressee = null;
            for (ActorMention m : mentions) {
                if (m.end() <= verb && !m.location()) {
                    writers = m;
                }
                if (addressee == null && m.start() > k + 1 && m.start() <= k + 3 && m.end() <= t.start()) {
                    addressee = m;
                }
            }
            return writers == null || addressee == null ? null
                    : new ActorMention[] {namedConjunct(s, mentions, writers), addressee};
        }
        return null;
    }

    private static final Set<String> ASKED = Set.of("REQUEST");
    private static final Set<String> OFFERED = Set.of("REQUEST", "SUPPORT", "AID", "COOPERATE", "AGREE", "CONCEDE");

    /**
     * What kind of earlier event a rejected thing answers: "the invitation", "their demands" answer
     * a request; "the offer", "the proposal" an offer of any kind. Null when the object is not such
     * a noun.
     */
    private static Set<String> answeredKinds(Sentence s, int end) {
        for (int k = end; k < s.size() && k < end + 4; k++) {
            String w = s.lower(k);
            if (w.startsWith("invitation") || w.startsWith("request") || w.startsWith("demand") || w.startsWith("call")
                    || w.startsWith("appeal") || w.startsWith("ultimatum")) {
                return ASKED;
            }
            if (w.startsWith("offer") || w.startsWith("proposal") || w.startsWith("overture")) {
                return OFFERED;
            }
            if (!(s.tag(k).equals("DET") || s.tag(k).equals("ADJ") || s.tag(k).equals("PRON"))) {
                return null;
            }
        }
        return null;
    }

    private static final Set<String> CLAIMS = Set.of("report", "reports", "claim", "claims", "allegation",
            "allegations", "accusation", "accusations", "charge", "charges", "rumor", "rumors", "rumour", "rumours",
            "assertion", "assertions", "suggestion", "suggestions", "speculation");

    /** "rejected rumors that ...", "dismissed the report as fake": the rejected thing is a claim, no party. */
    private static boolean claimObject(Sentence s, int end) {
        for (int k = end; k < s.size() && k < end + 4; k++) {
            if (CLAIMS.contains(s.lower(k))) {
                return true;
            }
            if (!(s.tag(k).equals("DET") || s.tag(k).equals("ADJ") || s.tag(k).equals("NUM"))) {
                return false;
            }
        }
        return false;
    }

    /** The "from X" of a removal noun in the trigger's object ("the deportation of refugees from Pakistan"). */
    private static ActorMention removalAgent(Sentence s, List<ActorMention> mentions, int end) {
        for (int k = end; k < s.size() && k < end + 5; k++) {
            if (Removals.isRemovalNoun(s, k)) {
                ActorMention from = null;
                for (int j = k + 1; j + 1 < s.size() && j < k + 14; j++) {
                    if (TARGET_STOPS.contains(s.lower(j)) || s.lower(j).equals(",")) {
                        break;
                    }
                    int at = s.lower(j + 1).equals("the") ? j + 2 : j + 1;
                    if (s.lower(j).equals("by")) {
                        return startingAt(mentions, at); // "the expulsion of X from Y by Z": Z expels
                    }
                    if (s.lower(j).equals("from") && from == null) {
                        from = startingAt(mentions, at);
                    }
                }
                return from;
            }
        }
        return null;
    }

    /** The trigger's object is a proposal ("support for legislation ...", "backed the bill"). */
    private static boolean proposalObject(Sentence s, int end) {
        int k = end;
        while (k < s.size() && (s.tag(k).equals("DET") || s.tag(k).equals("ADJ") || s.lower(k).equals("for"))) {
            k++;
        }
        return k < s.size() && PROPOSALS.contains(s.lower(k));
    }

    /** "exchanged fire", "a prisoner swap": both conjoined subjects act on each other. */
    private static boolean reciprocal(Sentence s, TriggerMatch t) {
        for (int k = t.start(); k < t.end(); k++) {
            String w = s.lower(k);
            if (w.startsWith("exchang") || w.startsWith("swap") || w.startsWith("clash")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CIVILIAN_MISSIONS = Set.of("delegation", "delegations", "team", "teams",
            "envoy", "envoys", "diplomat", "diplomats", "mission", "missions", "observer", "observers", "staff",
            "inspectors", "monitors", "doctors", "aid", "workers", "volunteers", "experts");

    /** "deployed a delegation", "sent a team of monitors": a deployment that is not force. */
    private static boolean civilianObject(Sentence s, int end) {
        for (int k = end; k < s.size() && k < end + 5; k++) {
            if (CIVILIAN_MISSIONS.contains(s.lower(k))) {
                return true;
            }
            if (s.tag(k).equals("VERB") || s.tag(k).equals("PUNCT")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> AMOUNTS = Set.of("million", "billion", "trillion", "bn", "m", "dollars", "euros");

    /** Index of a relative pronoun opening the trigger's clause, or -1. */
    private static int relativePronounBefore(Sentence s, List<ActorMention> mentions, int head) {
        for (int k = head - 1; k >= 1 && k >= head - 8; k--) {
            if (RELATIVES.contains(s.lower(k))) {
                return k;
            }
            if (s.tag(k).equals("PUNCT") || s.tag(k).equals("VERB")) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> ORDINAL_ANAPHORS = Set.of("first", "second", "third", "latter", "former", "other",
            "last", "latest", "another", "one", "it", "this");

    /** "The first occurred ...", "Another took place ...": a subject that stands for a meeting just named. */
    private static boolean meetingAnaphor(Sentence s, int head) {
        int k = head - 1;
        if (k < 0 || !ORDINAL_ANAPHORS.contains(s.lower(k))) {
            return false;
        }
        return k == 0 || k == 1 && s.tag(0).equals("DET");
    }

    private static final Set<String> RECEIVING_VERBS = Set.of("accompanied", "met", "greeted", "faced", "faces",
            "face", "drew", "draws", "draw", "received", "receives", "attracted", "attracts", "sparked", "sparks",
            "triggered", "triggers", "prompted", "prompts");

    /**
     * The actor that drew or was met with the criticism whose noun starts at {@code head}: the
     * nearest actor before a receiving verb, with only its noun phrase in between.
     */
    private static ActorMention receiverOfCriticism(Sentence s, List<ActorMention> mentions, int head) {
        for (int k = head - 1; k >= 1 && k >= head - 10; k--) {
            if (s.tag(k).equals("VERB") && !RECEIVING_VERBS.contains(s.lower(k))) {
                return null;
            }
            if (!RECEIVING_VERBS.contains(s.lower(k))) {
                continue;
            }
            ActorMention nearest = null;
            for (ActorMention m : mentions) {
                if (m.end() <= k && !m.location()) {
                    nearest = m;
                }
            }
            if (nearest == null) {
                return null;
            }
            for (int j = nearest.end(); j < k; j++) {
                if (s.tag(j).equals("VERB") || s.tag(j).equals("AUX") || s.tag(j).equals("ADP")) {
                    return null; // "the talks in Minsk, accompanied by": no longer the actor's phrase
                }
            }
            return nearest;
        }
        return null;
    }

    private static final Set<String> AGREEMENT_NOUNS = Set.of("agreement", "deal", "accord", "treaty", "pact");

    /** "abandoned the deal", "the agreement, which X abandoned": an agreement is what is left. */
    private static boolean agreementNear(Sentence s, TriggerMatch t) {
        for (int k = Math.max(0, t.start() - 8); k < s.size() && k < t.end() + 4; k++) {
            if (AGREEMENT_NOUNS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** A named state on either side of a "between X and Y" in the sentence that is not the source's. */
    private static Actor counterparty(Sentence s, List<ActorMention> mentions, Actor source) {
        for (int k = 0; k < s.size(); k++) {
            if (!s.lower(k).equals("between")) {
                continue;
            }
            for (ActorMention side : sides(s, mentions, k)) {
                Actor a = side.actor();
                if (!vague(side) && a.country() != null && !a.country().equals(source.country())) {
                    return a;
                }
            }
        }
        return null;
    }

    private static final Set<String> MEETING_HEADS = Set.of("meeting", "conference", "summit", "session", "forum",
            "assembly", "gathering", "talks");

    /** "attended the climate change conference": the object's head, within a few words, is a meeting. */
    private static boolean meetingObject(Sentence s, int from) {
        for (int k = from; k < s.size() && k < from + 6; k++) {
            if (MEETING_HEADS.contains(s.lower(k))) {
                return true;
            }
            if (!s.tag(k).equals("DET") && !s.tag(k).equals("ADJ") && !s.tag(k).equals("NOUN") && !s.tag(k).equals("PROPN")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> STATE_SECTORS = Set.of("GOV", "COP", "JUD");

    private static boolean domesticPeople(Actor source, Actor target) {
        return source.country() != null && STATE_SECTORS.contains(source.sector()) && target.country() == null
                && target.org() == null && "CVL".equals(target.sector());
    }

    /** "women and girls": two unnamed people of one kind and no country are one group, one target. */
    private static boolean oneGroup(Actor a, Actor b) {
        return a.country() == null && b.country() == null && a.org() == null && b.org() == null && a.sector() != null
                && a.sector().equals(b.sector());
    }

    private static final Set<String> IMPOSING_PARTICIPLES = Set.of("imposed", "enforced", "ordered", "committed",
            "carried", "introduced", "issued");

    /**
     * "the deprivation of women from education ... and these restrictions are imposed by the
     * Taliban": a later clause whose subject points back ("these restrictions") names the agent of
     * the act by a passive.
     */
    private static ActorMention laterPassiveAgent(Sentence s, List<ActorMention> mentions, int from) {
        for (int k = from; k + 4 < s.size(); k++) {
            if (!(s.lower(k).equals("these") || s.lower(k).equals("those") || s.lower(k).equals("such"))
                    || !s.tag(k + 1).equals("NOUN") || !BE.contains(s.lower(k + 2))) {
                continue;
            }
            int p = k + 3;
            while (p < s.size() && s.tag(p).equals("ADV")) {
                p++;
            }
            if (p + 1 < s.size() && IMPOSING_PARTICIPLES.contains(s.lower(p))) {
                int by = s.lower(p + 1).equals("out") ? p + 2 : p + 1;
                if (by < s.size() && s.lower(by).equals("by")) {
                    for (ActorMention m : mentions) {
                        if (m.start() > by && m.start() <= by + 2 && !m.location()) {
                            return m;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Nouns naming whoever does the act they govern: "the largest provider of aid to X". */
    private static final Set<String> AGENT_NOUNS = Set.of("provider", "providers", "supplier", "suppliers", "donor",
            "donors", "sponsor", "sponsors", "backer", "backers");
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "remains", "remain", "remained",
            "became", "becomes", "been");

    /**
     * "The United States is the largest provider of aid to Afghanistan", "Iran remains the main
     * supplier of weapons to the Houthis": the act's agent is the copula's subject.
     */
    private static ActorMention agentNounSubject(Sentence s, List<ActorMention> mentions, int head) {
        if (head < 3 || !s.lower(head - 1).equals("of") || !AGENT_NOUNS.contains(s.lower(head - 2))) {
            return null;
        }
        int k = head - 3;
        while (k > 0 && (s.tag(k).equals("ADJ") || s.tag(k).equals("DET") || s.tag(k).equals("ADV"))) {
            k--;
        }
        if (!COPULAS.contains(s.lower(k))) {
            return null;
        }
        ActorMention subject = subject(s, mentions, k);
        return subject != null && subject.end() <= k ? subject : null;
    }

    /** "the attack by X", "the deportation of refugees from X": the agent inside the noun phrase */
    private static ActorMention agentInNounPhrase(Sentence s, List<ActorMention> mentions, TriggerMatch t) {
        boolean removal = "deport".equals(t.trigger().mode());
        for (ActorMention m : mentions) {
            if (m.start() < t.end() || m.start() > t.end() + 8 || m.location() && !removal) {
                continue;
            }
            boolean clause = false;
            for (int k = t.end(); k < m.start(); k++) {
                String w = s.lower(k);
                clause |= s.tag(k).equals("VERB") && !LIGHT_VERBS.contains(w) && !BE.contains(w) || w.equals(",");
            }
            if (clause) {
                return null; // "a swap mediated by the UAE": the agent of another verb
            }
            String prep = s.lower(m.start() - 1);
            if (prep.equals("the") && m.start() > 1) {
                prep = s.lower(m.start() - 2);
            }
            if (prep.equals("by") || removal && prep.equals("from")) {
                return m;
            }
        }
        return null;
    }

    /**
     * "On a recent visit to Kabul, Shoigu said ...", "During talks with Israel, Egypt proposed ...":
     * an event noun in a sentence-initial "on/during" phrase is an occasion its subject took part in.
     */
    private static boolean occasionPhrase(Sentence s, int head) {
        String first = s.lower(0);
        return (first.equals("on") || first.equals("during") || first.equals("at")) && introductoryComma(s, head) > 0;
    }

    /**
     * The comma closing a sentence-initial phrase that holds the trigger ("After withdrawing from
     * the deal, the Kremlin ..."), or -1: the main clause's actors are not the phrase's objects.
     */
    private static int introductoryComma(Sentence s, int head) {
        String first = s.tag(0);
        if (!(first.equals("ADP") || first.equals("SCONJ") || first.equals("VERB") && s.lower(0).endsWith("ing"))) {
            return -1;
        }
        boolean gerund = first.equals("VERB");
        for (int k = 1; k < s.size(); k++) {
            if (s.lower(k).equals(",")) {
                return head < k ? k : -1;
            }
            if (gerund && k > head && s.tag(k).equals("VERB") && !s.lower(k).endsWith("ing")) {
                return -1; // "Insisting on a clean break compromises ...": the gerund is the subject
            }
        }
        return -1;
    }

    /**
     * "On a recent visit to Kabul, Russia's envoy ...", "After trying to blame Ukraine, prosecutors
     * ...": an event in a sentence-initial phrase belongs to the subject after the comma.
     */
    private static ActorMention afterIntroductoryPhrase(Sentence s, List<ActorMention> mentions, int head) {
        int comma = introductoryComma(s, head);
        if (comma < 0) {
            return null;
        }
        for (ActorMention m : mentions) {
            if (m.start() > comma && m.start() <= comma + 8 && !m.location()) {
                return m;
            }
        }
        return null;
    }

    /** The first actor (not a place) that starts after token {@code from} and ends before {@code to}, or null. */
    private static ActorMention firstBetween(List<ActorMention> mentions, int from, int to) {
        for (ActorMention m : mentions) {
            if (m.start() > from && m.end() <= to && !m.location()) {
                return m;
            }
        }
        return null;
    }

    /** "The NRF, which Dushanbe has been supporting": the antecedent is the object */
    private static ActorMention relativeAntecedent(Sentence s, List<ActorMention> mentions, int head) {
        for (int k = head - 1; k >= 1 && k >= head - 8; k--) {
            if (RELATIVES.contains(s.lower(k)) || s.lower(k).equals("that") && s.tag(k).equals("PRON")) {
                int before = s.lower(k - 1).equals(",") ? k - 1 : k;
                for (ActorMention m : mentions) {
                    if (m.end() == before && !m.location()) {
                        return m;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** "Kazakhstan, which in 2023 decided to ...": the antecedent of the relative pronoun */
    private static ActorMention relativeSubject(Sentence s, List<ActorMention> mentions, int head) {
        int reach = 8;
        for (int k = head - 1; k >= 1 && k >= head - reach; k--) {
            if (s.lower(k).equals("and") && k + 1 < head && (s.tag(k + 1).equals("AUX") || s.tag(k + 1).equals("VERB"))) {
                // "which has exchanged ambassadors with X and has started investing": a second
                // predicate of the same relative clause
                reach = Math.max(reach, head - k + 10);
            }
            if (RELATIVES.contains(s.lower(k))) {
                if (firstBetween(mentions, k, firstVerbAfter(s, k, head)) != null) {
                    return null; // the relative clause has its own subject
                }
                int before = s.lower(k - 1).equals(",") ? k - 1 : k;
                for (ActorMention m : mentions) {
                    if (m.end() == before && !m.location()) {
                        return m;
                    }
                }
                return null;
            }
            if (s.tag(k).equals("PUNCT") && !s.lower(k).equals(",")) {
                return null;
            }
        }
        return null;
    }

    /** The first verb or auxiliary after {@code from} and before {@code head}, else {@code head}. */
    private static int firstVerbAfter(Sentence s, int from, int head) {
        for (int k = from + 1; k < head; k++) {
            if (s.tag(k).equals("AUX") || s.tag(k).equals("VERB")) {
                return k;
            }
        }
        return head;
    }

    /**
     * "started investing in the country": a place right after a trigger's own "in" is what the act
     * is aimed at, not where it happened.
     */
    private static boolean placeIsObject(Sentence s, TriggerMatch t, ActorMention m) {
        String[] w = t.trigger().words();
        return t.trigger().targetPrep() && w[w.length - 1].equals("in") && m.start() <= t.end() + 1
                && (m.start() == t.end() || s.tag(t.end()).equals("DET"));
    }

    /** "sanctions imposed on X": a noun trigger whose last word before the target is a participle. */
    private static boolean participleBeforeTarget(Sentence s, TriggerMatch t) {
        int last = t.end() - 2;
        return last > t.start() && s.tag(last).equals("VERB") && s.lower(last).endsWith("ed");
    }

    /** "was detained", "were invited", "has been sanctioned", "a commander accused of torture" */
    private static boolean passive(Sentence s, int head) {
        String w = s.lower(head);
        if (w.endsWith("ed") && head > 0 && head + 1 < s.size()
                && (s.lower(head + 1).equals("of") || s.lower(head + 1).equals("by"))
                && (s.tag(head - 1).equals("NOUN") || s.tag(head - 1).equals("PROPN")
                        || s.lower(head - 1).equals(",") && s.lower(head + 1).equals("by"))) {
            // "a commander accused of torture", "the rebels, backed by Rwanda,": reduced passives
            return true;
        }
        if (w.endsWith("ed") || w.endsWith("en")) {
            if (head > 0 && head + 1 < s.size() && s.lower(head + 1).equals("in") && s.tag(head - 1).equals("NOUN")) {
                return true; // "assets frozen in Belgium", "journalists detained in Cairo"
            }
        }
        if (!(w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn") || w.equals("held") || w.equals("met")
                || w.equals("sent") || w.equals("hit") || w.equals("struck") || w.equals("shot") || w.equals("freed")
                || w.equals("seized") || w.equals("sought"))) {
            return false;
        }
        for (int k = head - 1; k >= Math.max(0, head - 3); k--) {
            String p = s.lower(k);
            if (BE.contains(p)) {
                return true;
            }
            if (!s.tag(k).equals("ADV") && !p.equals("not")) {
                return false;
            }
        }
        return false;
    }

    /** Index of "between" within three tokens after the trigger, or -1. */
    private static int between(Sentence s, int end) {
        for (int k = end; k < s.size() && k < end + 3; k++) {
            if (s.lower(k).equals("between")) {
                return k;
            }
            if (s.tag(k).equals("VERB") || s.tag(k).equals("PUNCT")) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> POST_PREPOSITIONS = Set.of("to", "for", "from", "of", "in");

    private static List<ActorMention> sides(Sentence s, List<ActorMention> mentions, int betweenAt) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.start() > betweenAt && m.start() < betweenAt + 25 && out.size() < 2 && !m.location()) {
                if (out.isEmpty() && m.start() > betweenAt + 10) {
                    break;
                }
                if (!out.isEmpty() && POST_PREPOSITIONS.contains(s.lower(m.start() - 1))) {
                    continue; // "between envoys (including the U.S.) to Afghanistan and Taliban officials": a post
                }
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The nearest actor before {@code head} that can be a subject. A possessor ("Lukashenko's
     * ouster") is taken only when no other candidate precedes the trigger in its clause.
     */
    private static ActorMention subject(Sentence s, List<ActorMention> mentions, int head) {
        ActorMention best = null;
        ActorMention possessor = null;
        for (ActorMention m : mentions) {
            if (m.end() > head) {
                break;
            }
            if (m.location() || prepositionObject(s, m, mentions) && !m.possessive() || verbObject(s, m) && best != null
                    || parentheticalAgent(s, m, head)) {
                continue;
            }
            boolean blocked = false;
            for (int k = m.end(); k < head; k++) {
                if (SUBJECT_STOPS.contains(s.lower(k))) {
                    blocked = true;
                    break;
                }
            }
            if (blocked) {
                continue;
            }
            if (m.possessive()) {
                possessor = m;
            } else {
                best = m;
            }
        }
        return best != null ? best : possessor;
    }

    /** "The rebels, backed by Rwanda, captured": the agent of a parenthetical participle is not the subject. */
    private static boolean parentheticalAgent(Sentence s, ActorMention m, int head) {
        int p = m.start() - 1;
        if (p >= 0 && s.lower(p).equals("the")) {
            p--;
        }
        if (p < 0 || !s.lower(p).equals("by")) {
            return false;
        }
        for (int k = m.end(); k < head; k++) {
            if (s.lower(k).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** "Pakistan's expulsion", "U.S. sanctions", "Western refusal": the actor right before a noun trigger. */
    private static ActorMention possessor(Sentence s, List<ActorMention> mentions, int head) {
        for (ActorMention m : mentions) {
            if (m.end() > head) {
                break;
            }
            int k = m.end();
            if (k < head && s.lower(k).equals("'s")) {
                k++;
            }
            while (k < head && (s.tag(k).equals("ADJ") || s.tag(k).equals("ADV") || s.tag(k).equals("NOUN")
                    && k < head - 0)) {
                k++;
            }
            if (k == head && !m.location()) {
                return m;
            }
        }
        return null;
    }

    /** "cut the Assad regime loose", "met Y and discussed": Y is the object of an earlier verb */
    private static boolean verbObject(Sentence s, ActorMention m) {
        int p = m.start() - 1;
        while (p >= 0 && (s.tag(p).equals("DET") || s.tag(p).equals("ADJ") || s.tag(p).equals("NUM"))) {
            p--;
        }
        return p >= 0 && s.tag(p).equals("VERB") && !REPORTING.contains(s.lower(p));
    }

    /** "hundreds of activists", "a group of women": the "of" phrase is the real head */
    private static final Set<String> QUANTITIES = Set.of("hundreds", "thousands", "dozens", "scores", "millions",
            "tens", "some", "many", "most", "all", "several", "group", "number", "majority", "one", "two", "three",
            "four", "five", "none", "each", "both", "members", "delegation");

    /** Also true for an actor conjoined to a prepositional object ("to Congress and the administration"). */
    private static boolean prepositionObject(Sentence s, ActorMention m, List<ActorMention> mentions) {
        if (prepositionObject(s, m)) {
            return true;
        }
        ActorMention previous = coordinatedBefore(s, mentions, m);
        return previous != null && previous != m && prepositionObject(s, previous);
    }

    private static boolean prepositionObject(Sentence s, ActorMention m) {
        int p = m.start() - 1;
        while (p >= 0 && (s.tag(p).equals("DET") || s.tag(p).equals("ADJ") || s.tag(p).equals("NUM")
                || s.tag(p).equals("CCONJ") || s.lower(p).equals(","))) {
            p--;
        }
        if (p >= 1 && s.lower(p).equals("of") && (QUANTITIES.contains(s.lower(p - 1)) || s.tag(p - 1).equals("NUM"))) {
            return false;
        }
        return p >= 0 && s.tag(p).equals("ADP") && !s.lower(p).equals("by");
    }

    /** The first actor after the trigger in the same clause. */
    private static ActorMention object(Sentence s, List<ActorMention> mentions, TriggerMatch t, ActorMention source) {
        int limit = t.trigger().targetPrep() ? t.end() + 6 : t.end() + 12;
        // in gapped patterns the object may sit inside the gap ("accused Russia of", "imposed on Iran new sanctions")
        boolean gapped = java.util.Arrays.asList(t.trigger().words()).contains(null);
        int from = gapped ? t.start() + 1 : t.end();
        if ("ACCUSE".equals(t.type())) {
            // "condemned the execution of two activists by Iran": the accused is the agent
            ActorMention agent = by(s, mentions, t.end());
            if (agent != null && !stopBetween(s, t.end(), agent.start())) {
                return agent;
            }
            // "concern over the deportation of refugees from Pakistan": who deports is accused
            ActorMention remover = removalAgent(s, mentions, t.end());
            if (remover != null) {
                return remover;
            }
        }
        if ("SUPPORT".equals(t.type()) && proposalObject(s, t.end())) {
            return null; // "support for legislation sanctioning the ICC": a bill is supported, not the ICC
        }
        if (!t.trigger().targetPrep() && !gapped) {
            return directOrPrepositionalObject(s, mentions, t, source);
        }
        int intro = introductoryComma(s, t.start());
        for (ActorMention m : mentions) {
            if (participleAgent(s, m.start(), t)) {
                continue; // "relations ... in a deal brokered by China": China brokered, it is no party
            }
            // a gapped trigger's last word may head its object ("expelled two Russian diplomats")
            if (m.start() < from || m.location() && !placeIsObject(s, t, m) || m.start() < t.end() && (gapped && !vague(m) && !m.anaphoric() ? m.end() > t.end() : m.end() >= t.end())
                    || m.possessive() && m.end() < t.end()) {
                continue; // "expressed Belarus's interest in": the possessor owns the stance, it is not its target
            }
            if (m.start() > limit) {
                return null;
            }
            for (int k = from; k < m.start(); k++) {
                if (TARGET_STOPS.contains(s.lower(k)) || k == intro || nounPhraseEnds(s, t, k)) {
                    return null;
                }
            }
            if (source != null && same(source.actor(), m.actor())) {
                continue;
            }
            return m;
        }
        return null;
    }

    /**
     * The actor at {@code at} is the agent of a participle after the trigger ("a swap mediated by
     * the UAE", "a deal brokered by China"): it belongs to that participle, not to the event.
     * Criticism is aimed at the agent, though ("criticised the aid sent by the U.S.").
     */
    private static boolean participleAgent(Sentence s, int at, TriggerMatch t) {
        return at >= 2 && s.lower(at - 1).equals("by") && s.tag(at - 2).equals("VERB") && at - 2 >= t.end()
                && !"ACCUSE".equals(t.type());
    }

    /**
     * "Putin's refusal to intervene, offers the West a blueprint": after an event noun, a comma
     * followed by a verb closes the noun's phrase; what follows belongs to the sentence's predicate.
     */
    private static boolean nounPhraseEnds(Sentence s, TriggerMatch t, int k) {
        return !t.verbal() && s.lower(k).equals(",") && k + 1 < s.size() && s.tag(k + 1).equals("VERB");
    }

    private static boolean stopBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (TARGET_STOPS.contains(s.lower(k)) || s.lower(k).equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("to", "with", "on", "against", "for", "into",
            "toward", "towards", "upon", "from", "at");

    /**
     * The verb's object when it is an actor ("met Y", "detained 40 protesters"), else an actor
     * introduced by a preposition after a non-actor object ("sent a letter to Congress"). An
     * actor after "of" or other prepositions belongs to the object ("meet the needs of Y").
     */
    private static ActorMention directOrPrepositionalObject(Sentence s, List<ActorMention> mentions, TriggerMatch t,
            ActorMention source) {
        int k = t.end();
        int limit = Math.min(s.size(), t.end() + 12);
        int intro = introductoryComma(s, t.start());
        if (intro > 0) {
            limit = Math.min(limit, intro);
        }
        boolean objectSeen = false;
        while (k < limit) {
            ActorMention m = startingAt(mentions, k);
            String w = s.lower(k);
            if (m != null) {
                boolean introduced = k > t.end() && OBJECT_PREPOSITIONS.contains(s.lower(k - 1))
                        || k > t.end() + 1 && s.lower(k - 1).equals("the") && OBJECT_PREPOSITIONS.contains(s.lower(k - 2));
                String before = s.lower(k - (k - 1 > t.end() && s.lower(k - 1).equals("the") ? 2 : 1));
                boolean agent = before.equals("by");
                if (!m.location() && (!objectSeen || introduced || agent) && !participleAgent(s, k, t)
                        && (source == null || !same(source.actor(), m.actor()))) {
                    return m;
                }
                if (m.possessive()) {
                    objectSeen = true;
                }
                k = m.end();
                continue;
            }
            if (TARGET_STOPS.contains(w)) {
                return null;
            }
            if ((w.equals("and") || w.equals("or")) && k + 1 < s.size() && s.tag(k + 1).equals("VERB")) {
                return null; // "rejected the demand and expelled the ambassador": a new predicate
            }
            if (s.tag(k).equals("NOUN") || s.tag(k).equals("PROPN") || s.tag(k).equals("PRON")) {
                objectSeen = true;
            }
            k++;
        }
        return null;
    }

    private static ActorMention startingAt(List<ActorMention> mentions, int k) {
        for (ActorMention m : mentions) {
            if (m.start() == k) {
                return m;
            }
        }
        return null;
    }

    /** The actor after "by" following a passive trigger. */
    private static ActorMention by(Sentence s, List<ActorMention> mentions, int end) {
        for (int k = end; k < s.size() && k < end + 8; k++) {
            if (s.lower(k).equals("by")) {
                for (ActorMention m : mentions) {
                    if (m.start() > k && m.start() <= k + 3) {
                        return m;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The actor conjoined right before {@code m} ("X and m"), or null. */
    /**
     * "many leading Iranian dissidents, activists, and political prisoners": of a list ending in
     * {@code m}, the first conjunct that names whose they are, or {@code m} itself.
     */
    private static ActorMention namedConjunct(Sentence s, List<ActorMention> mentions, ActorMention m) {
        ActorMention named = vague(m) ? null : m;
        ActorMention at = m;
        while (true) {
            int k = at.start() - 1;
            while (k >= 0 && (s.lower(k).equals(",") || s.lower(k).equals("and") || s.lower(k).equals("or"))) {
                k--;
            }
            if (k == at.start() - 1) {
                return named != null ? named : m;
            }
            ActorMention previous = null;
            for (ActorMention o : mentions) {
                if (o.end() == k + 1 && !o.location()) {
                    previous = o;
                }
            }
            if (previous == null) {
                return named != null ? named : m;
            }
            if (!vague(previous)) {
                named = previous;
            }
            at = previous;
        }
    }

    private static ActorMention coordinatedBefore(Sentence s, List<ActorMention> mentions, ActorMention m) {
        int k = m.start() - 1;
        if (k < 1 || !s.lower(k).equals("and")) {
            return null;
        }
        for (ActorMention o : mentions) {
            if (o.end() == k && !o.location()) {
                return o;
            }
        }
        return null;
    }

    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "but", "while", "although", "because",
            "whereas", "though", "\"", "-", "—", "after", "before", "when", "since");

    /**
     * The first named actor later in the trigger's clause when no direct object was found: the
     * object phrase often names the event's target through "of", "under", "led by" or a relative
     * clause. Bare roles, places and the source itself are skipped.
     */
    private static ActorMention deeperObject(Sentence s, List<ActorMention> mentions, TriggerMatch t,
            ActorMention source) {
        if ("SUPPORT".equals(t.type()) && proposalObject(s, t.end())) {
            return null;
        }
        int limit = Math.min(s.size(), t.end() + 18);
        for (ActorMention m : mentions) {
            if (m.start() < t.end()) {
                continue;
            }
            if (m.start() >= limit) {
                return null;
            }
            for (int k = t.end(); k < m.start(); k++) {
                boolean comma = s.lower(k).equals(",") && !(k + 1 < s.size() && RELATIVES.contains(s.lower(k + 1)));
                if (CLAUSE_BREAKS.contains(s.lower(k)) || comma
                        || s.lower(k).equals("to") && k + 1 < s.size() && s.tag(k + 1).equals("VERB")) {
                    return null; // a new clause or a purpose infinitive has its own participants
                }
            }
            boolean modifier = m.possessive() || m.end() < s.size() && s.tag(m.end()).equals("NOUN");
            // "recalled its ambassador from Moscow": a capital after "from"/"to" is the counterpart
            boolean counterpart = m.location() && "GOV".equals(m.actor().sector()) && m.actor().org() == null
                    && !FORCE_TYPES.contains(t.type()) && m.start() > 0
                    && (s.lower(m.start() - 1).equals("from") || s.lower(m.start() - 1).equals("to"));
            boolean agent = m.start() > 0 && s.lower(m.start() - 1).equals("by");
            if (m.location() && !counterpart || vague(m) || modifier || agent
                    || source != null && same(source.actor(), m.actor())) {
                continue;
            }
            return m;
        }
        return null;
    }

    /** "X and Y" / "X, Y and Z": the actor coordinated right after {@code m}. */
    private static ActorMention coordinated(Sentence s, List<ActorMention> mentions, ActorMention m) {
        int k = m.end();
        if (k < s.size() && (s.lower(k).equals("and") || s.lower(k).equals(",") || s.lower(k).equals("or"))) {
            int named = describedConjunct(s, k + 1);
            for (ActorMention o : mentions) {
                if (named > 0 && o.start() == named && !o.location()) {
                    return o;
                }
            }
            for (ActorMention o : mentions) {
                if (o.start() == k + 1 && !o.location()) {
                    return o;
                }
            }
        }
        return null;
    }

    /**
     * "the Syrian government and its major backer, Turkey": after "and", a possessive description
     * set off by a comma names the conjunct; the index of the name, or -1.
     */
    private static int describedConjunct(Sentence s, int from) {
        if (from >= s.size() || !s.tag(from).equals("PRON") || !POSSESSIVE_PRONOUNS.contains(s.lower(from))) {
            return -1;
        }
        for (int k = from + 1; k < s.size() && k <= from + 4; k++) {
            if (s.lower(k).equals(",")) {
                return k > from + 1 ? k + 1 : -1;
            }
            // the tagger sometimes reads a description's noun as an adverb ("its main ally")
            if (!s.tag(k).equals("ADJ") && !s.tag(k).equals("NOUN") && !s.tag(k).equals("ADV")) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her");
}
