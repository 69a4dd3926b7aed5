package org.polevents.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.polevents.contracts.Actor;
import org.polevents.extract.sentence.Sentence;

/**
 * Finds and codes the actor phrases of a sentence. A phrase is a run of country names,
 * demonyms, organisations, role words, their modifiers and a person's name, with possessives and
 * "of/for/to/from" complements ("Deputy Minister of Foreign Affairs of Belarus"). Country comes
 * from the first explicit country word, else the organisation, else the title (Rep. is US);
 * sector from the strongest role word, else the organisation; org from the organisation.
 * Stateless and thread-safe; per-article state lives in {@link ArticleMemory}.
 */
public final class ActorRecognizer {
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "inside", "near", "across",
            "throughout", "within", "around", "outside", "into");
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("of", "for", "to", "from");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
            "mr.", "ms.", "mrs.", "mr", "ms", "mrs", "dr.", "according", "meanwhile", "however", "but", "and", "x",
            "act", "bill", "accords", "agreement", "initiative", "conference", "summit", "forum", "road");
    /** "On several occasions U.S. officials ...", "two years Russia ...": adverbial time, never part of an actor */
    private static final Set<String> TIME_NOUNS = Set.of("occasion", "occasions", "time", "times", "day", "days",
            "week", "weeks", "month", "months", "year", "years", "decade", "decades", "hour", "hours", "instance",
            "instances", "morning", "evening", "night", "weekend");

    /** Heads that only count what follows "of": "a group of senators", "a coalition of NGOs". */
    private static final Set<String> COLLECTIVES = Set.of("group", "groups", "coalition", "number", "handful",
            "delegation", "team", "bloc", "alliance", "network", "association", "union");
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them");
    private static final Set<String> OWNER_PRONOUNS = Set.of("their", "its", "his", "her", "our");
    private static final Set<String> TWO_SIDES = Set.of("sides", "parties", "countries", "nations", "governments",
            "ministers", "leaders", "presidents", "delegations", "neighbours", "neighbors");

    private static final java.util.regex.Pattern PARTY = java.util.regex.Pattern.compile("[DRI]-[A-Z][A-Za-z.]*");
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z][A-Z0-9-]+");

    private final ActorDictionary dict;
    private final java.util.function.Predicate<String> eventWord;

    public ActorRecognizer(ActorDictionary dict) {
        this(dict, w -> false);
    }

    /**
     * @param eventWord true for lower-cased words that may start an event trigger; such nouns are
     *                  never swallowed as modifiers of an actor ("did not sanction Russia")
     */
    public ActorRecognizer(ActorDictionary dict, java.util.function.Predicate<String> eventWord) {
        this.dict = dict;
        this.eventWord = eventWord;
    }

    /** The actor mentions of {@code s}, in text order, non-overlapping. */
    public List<ActorMention> find(Sentence s, ArticleMemory memory) {
        List<ActorMention> out = new ArrayList<>();
        int n = s.size();
        int i = 0;
        while (i < n) {
            ActorMention m = at(s, i, memory, out);
            if (m != null) {
                m = apposition(s, m, out);
                out.add(m);
                i = Math.max(m.end(), i + 1);
            } else {
                i = skipName(s, i);
            }
        }
        return out;
    }

    /**
     * "Tajikistan, the only country ...", "the Taliban - the very group that ...": a role phrase
     * right after a named actor and a comma or dash describes that actor.
     */
    private static ActorMention apposition(Sentence s, ActorMention m, List<ActorMention> before) {
        if (before.isEmpty() || m.start() < 2 || m.person() || m.actor().org() != null
                || m.actor().country() != null && !m.anaphoric()) {
            return m;
        }
        String sep = s.lower(m.start() - 1);
        if (!sep.equals(",") && !sep.equals("-")) {
            return m;
        }
        ActorMention prev = before.get(before.size() - 1);
        if (prev.end() != m.start() - 1 || prev.location() || prev.bare() || !s.lower(m.start()).equals("the")
                && !s.lower(m.start()).equals("a")) {
            return m;
        }
        Actor p = prev.actor();
        Actor a = new Actor(m.actor().text(), p.name(), p.country(), p.sector(), p.org());
        return new ActorMention(m.start(), m.end(), a, prev.person(), m.possessive(), false, true, false, false);
    }

    /**
     * Past an unknown capitalised name, so "Thomas West" does not yield the actor "West"; past a
     * place that is no actor, so "the South China Sea" does not yield "China".
     */
    private int skipName(Sentence s, int i) {
        Entry place = dict.match(s, i, null);
        if (place != null && place.kind() == Kind.PLACE) {
            return i + place.words().length;
        }
        int k = i;
        while (k < s.size() && isNameToken(s, k, null)) {
            k++;
        }
        return k > i + 1 ? k : i + 1;
    }

    private ActorMention at(Sentence s, int i, ArticleMemory memory, List<ActorMention> before) {
        String lower = s.lower(i);
        String tag = s.tag(i);
        // by word, not tag: the tagger now and then calls a capital ("Minsk") a pronoun
        if (PERSON_PRONOUNS.contains(lower) || GROUP_PRONOUNS.contains(lower) || lower.equals("it")) {
            return pronoun(s, i, lower, memory, before);
        }
        // "the two sides", "both sides"
        if ((lower.equals("both") || lower.equals("the") && i + 1 < s.size() && s.lower(i + 1).equals("two"))) {
            int k = lower.equals("both") ? i + 1 : i + 2;
            if (k < s.size() && TWO_SIDES.contains(s.lower(k)) && memory.lastPair().size() == 2) {
                Actor a = memory.lastPair().get(0);
                return new ActorMention(i, k + 1, a, false, false, isLocation(s, i), true, true, false);
            }
        }
        if (countryAsFirstName(s, i)) {
            return null;
        }
        ActorMention compound = compoundAgent(s, i, memory);
        if (compound != null) {
            return compound;
        }
        if (isNameToken(s, i, memory)) {
            ActorMention named = name(s, i, memory);
            if (named != null) {
                return named;
            }
        }
        return phrase(s, i, memory, false, before);
    }

    /**
     * "Jordan Peterson said", "Chad Wolf": a one-word country name right before an unknown
     * surname is a first name. Not when a dictionary word follows the name ("Gaza Health
     * Ministry"), which makes it a title or institution of that country.
     */
    private boolean countryAsFirstName(Sentence s, int i) {
        Entry e = dict.match(s, i, null);
        if (e == null || e.kind() != Kind.COUNTRY || e.words().length != 1 || !s.tag(i).startsWith("PROPN")
                || i + 1 >= s.size() || !s.tag(i + 1).startsWith("PROPN") || !isNameToken(s, i + 1, null)) {
            return false;
        }
        int k = i + 1;
        while (k < s.size() && k - i <= 3 && isNameToken(s, k, null)) {
            k++;
        }
        return k >= s.size() || dict.match(s, k, null) == null;
    }

    private ActorMention pronoun(Sentence s, int i, String lower, ArticleMemory memory, List<ActorMention> before) {
        Actor a = null;
        boolean person = false;
        if (PERSON_PRONOUNS.contains(lower)) {
            person = true;
            for (ActorMention m : before) {
                if (m.person()) {
                    a = m.actor();
                }
            }
            if (a == null) {
                a = memory.lastPerson();
            }
        } else if (GROUP_PRONOUNS.contains(lower) || lower.equals("it") && i + 1 < s.size()
                && (s.tag(i + 1).equals("VERB") || s.tag(i + 1).equals("AUX") || s.tag(i + 1).equals("ADV"))) {
            // the sentence's subject first ("Minsk has signalled that it seeks ..."), then the
            // last group or government of the previous two sentences; an object pronoun ("them")
            // is someone other than the subject: the nearest other actor
            boolean object = lower.equals("them");
            ActorMention subject = null;
            Actor plural = null;
            for (ActorMention m : before) {
                if (!m.person() && !m.location() && (m.actor().country() != null || m.actor().org() != null)) {
                    if (subject == null) {
                        subject = m;
                        a = m.actor();
                        if (!object) {
                            break;
                        }
                    } else if (object) {
                        a = m.actor();
                        if (s.lower(m.end() - 1).endsWith("s") && !"GOV".equals(m.actor().sector())) {
                            plural = m.actor();
                        }
                    }
                }
            }
            if (object && plural == null && i >= 2 && s.lower(i - 1).equals("of") && s.tag(i - 2).equals("NUM")) {
                // "two of them were able to return": some of the people last named
                plural = memory.recentPeople();
            }
            if (plural != null) {
                // "detained six asylum seekers accepted by Germany and deported them": a plural group
                // of people, not the state named in passing
                a = plural;
            }
            if (a == null) {
                a = memory.previousSubject();
            }
            if (a == null) {
                a = memory.recentNonPerson();
            }
        }
        if (a == null) {
            return null;
        }
        Actor ref = new Actor(s.tokens()[i], a.name(), a.country(), a.sector(), a.org());
        return new ActorMention(i, i + 1, ref, person, false, false, true, false, false);
    }

    private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern.compile(
            "(.+)-(sponsored|hosted|organised|organized|convened)");

    /**
     * "the UN-sponsored meeting on Afghanistan": the actor fused into a compound modifier convened
     * the meeting it modifies. Not when the meeting's parties are named ("the UN-hosted talks
     * between Armenia and Azerbaijan"), and never for a mediator ("a Qatari-mediated ceasefire",
     * "U.S.-brokered talks"): a third party is no party.
     */
    private ActorMention compoundAgent(Sentence s, int i, ArticleMemory memory) {
        java.util.regex.Matcher m = COMPOUND.matcher(s.tokens()[i]);
        if (!m.matches() || i + 2 < s.size() && s.lower(i + 2).equals("between")) {
            return null;
        }
        Entry e = dict.single(m.group(1), memory.referenceDate());
        if (e == null || e.kind() == Kind.ROLE || e.kind() == Kind.PLACE) {
            return null;
        }
        Builder b = new Builder();
        b.apply(e);
        String name = b.canonical != null ? b.canonical : b.name != null ? b.name : m.group(1);
        Actor a = new Actor(m.group(1), name, b.country, b.sector, b.org);
        return new ActorMention(i, i + 1, a, b.person, false, false, false, false, false);
    }

    /**
     * A capitalised name not in the dictionaries: an alias of someone already introduced, or a
     * new person introduced by an apposition ("Sergei Lukashevich, Deputy Minister of ...") or a
     * party tag ("Jane Doe (D-Mich.)").
     */
    private ActorMention name(Sentence s, int i, ArticleMemory memory) {
        int start = i;
        if (HONORIFICS.contains(s.lower(i))) {
            i++;
        }
        int k = i;
        while (k < s.size() && k - i < 5 && isNameToken(s, k, null)) {
            k++;
        }
        if (k == i) {
            return null;
        }
        String fullName = s.span(i, k);
        Actor known = memory.alias(fullName.toLowerCase(java.util.Locale.ROOT));
        if (known == null) {
            known = memory.alias(s.lower(k - 1));
        }
        if (known != null) {
            boolean poss = k < s.size() && s.lower(k).equals("'s");
            Actor a = new Actor(s.span(start, k), known.name(), known.country(), known.sector(), known.org());
            return new ActorMention(start, k, a, true, poss, isLocation(s, start), true, false, false);
        }
        int[] party = partyTag(s, k);
        if (party != null) {
            Actor a = new Actor(s.span(start, party[0]), fullName, "USA", "LEG", "US Congress");
            return new ActorMention(start, party[0], a, true, false, false, false, false, false);
        }
        if (k - i >= 2 && k + 1 < s.size() && s.tokens()[k].equals(",")) {
            ActorMention app = phrase(s, k + 1, memory, true, List.of());
            if (app != null && !app.twoSides()) {
                Actor b = app.actor();
                Actor a = new Actor(s.span(start, app.end()), fullName, b.country(), b.sector(), b.org());
                return new ActorMention(start, app.end(), a, true, false, isLocation(s, start), false, false, false);
            }
        }
        return null;
    }

    /** "(D-Mich.)", "(R-Texas)": returns {end} past the closing bracket, or null. */
    private static int[] partyTag(Sentence s, int k) {
        if (k + 2 < s.size() && s.tokens()[k].equals("(") && PARTY.matcher(s.tokens()[k + 1]).matches()) {
            int e = k + 2;
            while (e < s.size() && e < k + 5 && !s.tokens()[e].equals(")")) {
                e++;
            }
            if (e < s.size() && s.tokens()[e].equals(")")) {
                return new int[] {e + 1};
            }
        }
        return null;
    }

    /** A capitalised proper noun inside a name even if it is also a dictionary word ("Thomas West"). */
    private static boolean surnameLike(Sentence s, int k) {
        return s.isCapitalized(k) && s.tag(k).startsWith("PROPN") && !NOT_NAMES.contains(s.lower(k))
                && !(k + 1 < s.size() && s.lower(k + 1).equals("of"));
    }

    private boolean isNameToken(Sentence s, int k, ArticleMemory memory) {
        String t = s.tokens()[k];
        if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || NOT_NAMES.contains(s.lower(k))) {
            return HONORIFICS.contains(s.lower(k)) && memory != null;
        }
        if (!s.tag(k).startsWith("PROPN") && !(s.tag(k).equals("NOUN") && k > 0)) {
            return false;
        }
        if (t.length() > 1 && t.equals(t.toUpperCase(java.util.Locale.ROOT)) && t.length() <= 6) {
            return false; // acronyms are organisations, not people
        }
        return dict.match(s, k, null) == null;
    }

    /**
     * The phrase starting at {@code i}, or null. With {@code apposition} the phrase must carry a
     * role or organisation (it describes a name just read).
     */
    private ActorMention phrase(Sentence s, int i, ArticleMemory memory, boolean apposition,
            List<ActorMention> before) {
        int n = s.size();
        Builder b = new Builder();
        int j = i;
        int start = -1;
        // "their government", "its embassy": the owner is an actor named just before
        boolean ownedByPronoun = OWNER_PRONOUNS.contains(s.lower(i)) && i + 1 < n && startsContent(s, i + 1, memory);
        if (ownedByPronoun) {
            start = i;
            j = i + 1;
        }
        while (j < n) {
            Entry e = dict.match(s, j, memory.referenceDate());
            if (e != null && e.kind() == Kind.ROLE && s.tag(j).equals("VERB") && !(b.entity && s.isCapitalized(j - 1))) {
                e = null; // "forces", "heads", "states" used as verbs (but "U.S. delegates" is a phrase)
            }
            if (e != null && e.kind() == Kind.ROLE && e.words().length == 1 && j + 1 < n
                    && (s.tag(j + 1).equals("NOUN") || s.tag(j + 1).equals("ADJ") && s.tag(j).equals("ADJ"))
                    && !startsContent(s, j + 1, memory) && !eventWord.test(s.lower(j + 1))) {
                e = null; // "military presence", "terrorist financing": a modifier, not the head
            }
            if (e != null && b.entity && !b.role && (e.kind() == Kind.COUNTRY || e.kind() == Kind.CAPITAL)
                    && s.lower(j - 1).equals("'s") == false && (b.org != null || b.country != null)) {
                break; // "the Taliban Moscow": two names side by side are two actors
            }
            if (e != null) {
                if (start < 0) {
                    start = j;
                }
                b.apply(e);
                j += e.words().length;
                b.end = j;
                if (j < n && s.lower(j).equals("'s")) {
                    if (continues(s, j + 1, memory)) {
                        j++;
                        continue;
                    }
                    b.possessive = true;
                    break;
                }
                continue;
            }
            if (b.role && !b.person && isNameToken(s, j, null)) {
                int k = j + 1;
                while (k < n && k - j < 4 && (isNameToken(s, k, null) || surnameLike(s, k))) {
                    k++;
                }
                b.name = s.span(j, k);
                b.person = true;
                j = k;
                b.end = j;
                continue;
            }
            if (b.content() && j < n) {
                int[] party = partyTag(s, j);
                if (party != null) {
                    b.country = b.country == null ? "USA" : b.country;
                    b.sector = "LEG";
                    j = party[0];
                    b.end = j;
                    continue;
                }
                // "(OFAC)": an acronym repeating the name
                if (s.tokens()[j].equals("(") && j + 2 < n && s.tokens()[j + 2].equals(")")
                        && ACRONYM.matcher(s.tokens()[j + 1]).matches()) {
                    Entry acr = dict.match(s, j + 1, memory.referenceDate());
                    if (acr != null && acr.kind() == Kind.ORG) {
                        // the acronym names the organisation, so its entry decides over the words
                        // that spelled it out ("the National Resistance Forces (NRF)" is the NRF)
                        b.sectorStrong = false;
                        b.apply(acr);
                        if (acr.country() != null) {
                            b.country = acr.country();
                            b.countryLevel = 2;
                        }
                    }
                    j += 3;
                    b.end = j;
                    continue;
                }
                String prep = s.lower(j);
                // "ambassador to X", "envoy for X" name a post; "convicts to Kabul" a destination.
                // "from" after an owned role ("its troops from Niger") is a movement, not an origin.
                boolean postPreposition = prep.equals("to") || prep.equals("for");
                boolean allowed = !(postPreposition && !"GOV".equals(b.sector) && !"IGO".equals(b.sector))
                        && !(prep.equals("from") && (ownedByPronoun || removedFrom(s, i)));
                if ((b.role || b.orgOnly()) && !b.opposing && allowed && COMPLEMENT_PREPOSITIONS.contains(prep)) {
                    int absorbed = complement(s, j, b, memory);
                    if (absorbed > j) {
                        j = absorbed;
                        b.end = j;
                        continue;
                    }
                }
            }
            if (b.content() && (s.tag(j).equals("DET") || s.lower(j).equals("than"))) {
                break; // "in Pakistan the TTP": a determiner starts a new phrase
            }
            if (b.role && s.lower(j).equals("of") && j + 1 < n) {
                // "leaders of Islamic countries": a role described by a class of actors
                int k = j + 1;
                while (k < n && k - j < 4 && (s.tag(k).equals("ADJ") || s.tag(k).equals("DET"))) {
                    k++;
                }
                Entry e2 = k < n ? dict.match(s, k, memory.referenceDate()) : null;
                if (e2 != null && e2.kind() == Kind.ROLE && !s.tag(k).equals("VERB")) {
                    if (COLLECTIVES.contains(s.lower(j - 1)) && e2.sector() != null) {
                        b.sector = e2.sector(); // "a group of senators" are senators
                        b.sectorStrong = e2.strong();
                    }
                    j = k + e2.words().length;
                    b.end = j;
                    b.described = true;
                    continue;
                }
            }
            if (isModifier(s, j) || participle(s, j, memory)) {
                int k = j;
                while (k < n && k - j < 4 && !startsContent(s, k, memory) && (isModifier(s, k) || participle(s, k, memory))) {
                    k++;
                }
                if (k < n && k > j && startsContent(s, k, memory)) {
                    if (start < 0) {
                        start = j;
                    }
                    j = k;
                    continue;
                }
            }
            break;
        }
        if (!b.content()) {
            return null;
        }
        if (b.role && !b.entity && !b.person && b.country == null && b.end + 2 < n
                && (s.lower(b.end).equals("led") || s.lower(b.end).equals("headed")) && s.lower(b.end + 1).equals("by")) {
            // "a delegation headed by a leading Islamic scholar from Pakistan", "a committee led by the
            // OIC": a body is whose its leader is, and of the leader's kind (a religious delegation)
            ActorMention leader = phrase(s, b.end + 2, memory, false, before);
            if (leader != null && (leader.actor().country() != null || leader.actor().org() != null)) {
                Actor a = leader.actor();
                b.country = a.country();
                b.org = a.org();
                if (a.sector() != null) {
                    b.sector = a.sector();
                }
                b.end = leader.end();
                b.described = true;
            }
        }
        if (b.role && !b.entity && !b.person && b.country == null && b.org == null && !ownedByPronoun && b.end + 1 < n
                && (s.lower(b.end).equals("in") || s.lower(b.end).equals("from"))) {
            // "the junta in Mali", "police in Dhaka", "officials from Qatar": the place says whose
            ActorMention place = phrase(s, b.end + 1, memory, false, before);
            if (place != null && place.actor().country() != null && place.actor().org() == null && !place.person()
                    && place.end() - place.start() <= 3) {
                b.country = place.actor().country();
                b.end = place.end();
                b.described = true;
            }
        }
        if (b.role && !b.entity && !b.person && b.country == null && b.org == null && b.end < n
                && eventWord.test(s.lower(b.end)) && s.tag(b.end).equals("NOUN")) {
            // "military aid", "police raids": a bare role word modifying an event noun is no party
            return null;
        }
        if (apposition && !b.role && b.org == null && !b.entity) {
            return null;
        }
        // A lone nationality adjective ("Afghan economy") is not an actor; a plural one ("Afghans") is.
        if (b.onlyDemonym && !b.role && !b.person && b.org == null) {
            String last = s.tokens()[b.end - 1];
            boolean plural = last.endsWith("s") || b.end - start >= 2 && s.lower(start).equals("the")
                    && b.end < n && (s.tag(b.end).equals("VERB") || s.tag(b.end).equals("AUX"));
            // "U.S. sanctions", "Israeli air strikes": a nationality right before an event noun is its agent
            boolean agent = b.end < n && (eventWord.test(s.lower(b.end)) || STANCE_NOUNS.contains(s.lower(b.end)))
                    && !s.tag(b.end).equals("VERB")
                    // "the Belarusian presidential election": past the adjectives
                    || b.end + 1 < n && s.tag(b.end).equals("ADJ") && STANCE_NOUNS.contains(s.lower(b.end + 1));
            if (!plural && !agent) {
                ActorMention shared = sharedHead(s, b.end, memory, before);
                if (shared == null) {
                    return null;
                }
                // "Thai and Cambodian troops": the first nationality shares the second's head
                b.sector = shared.actor().sector();
            } else if (plural && quantified(s, start)) {
                b.sector = "CVL"; // "thousands of Serbians": people, not their government
            }
        }
        if (b.onlyPlace && !b.role && !b.person) {
            return null;
        }
        if (b.onlyAnchored && !b.entity) {
            return null;
        }
        boolean anaphoric = false;
        boolean colleagues = s.lower(b.end - 1).startsWith("colleague");
        if (ownedByPronoun && b.country == null && b.org == null) {
            Actor owner = null;
            for (ActorMention m : before) {
                if (!m.location() && (m.actor().country() != null || m.actor().org() != null || colleagues)) {
                    owner = m.actor();
                }
            }
            if (owner == null) {
                owner = memory.previousSubject();
            }
            if (owner != null) {
                b.country = owner.country();
                if ("GOV".equals(b.sector) && "GOV".equals(owner.sector())) {
                    b.org = owner.org();
                }
                if (colleagues) {
                    // "blasted her colleagues": a lawmaker's colleagues are lawmakers of her chamber
                    b.sector = owner.sector();
                    b.org = owner.org();
                }
                anaphoric = true;
            }
        }
        boolean definite = start >= 0 && (s.lower(start).equals("the") || s.lower(start).equals("this"));
        boolean demonstrative = start >= 0 && (s.lower(start).equals("these") || s.lower(start).equals("those"));
        if (demonstrative && b.role && !b.person && b.country == null && b.org == null && b.end - start == 2) {
            // "the silence of these countries" after "the leaders of Islamic countries": the same group
            Actor same = memory.recentNamedBy(s.lower(b.end - 1));
            if (same != null) {
                b.country = same.country();
                b.org = same.org();
                b.sector = same.sector();
                b.name = same.name();
                anaphoric = true;
            }
        }
        if (definite && !anaphoric && b.role && !b.person && b.country == null && b.org == null && b.end - start == 2) {
            // "the court" after "the International Criminal Court": the organisation so named
            Actor named = memory.recentOrganisationNamed(s.lower(b.end - 1));
            if (named != null) {
                b.country = named.country();
                b.org = named.org();
                b.sector = named.sector();
                anaphoric = true;
            }
        }
        if (definite && b.anaphorRole && b.country == null && b.org == null && !anaphoric) {
            // "the country's nuclear facility" after "Iranian activists": the country named in this sentence
            for (ActorMention m : before) {
                if (!m.twoSides() && m.actor().country() != null) {
                    b.country = m.actor().country();
                    anaphoric = true;
                }
            }
        }
        boolean complemented = b.described || b.end < n && s.lower(b.end).equals("of");
        if (definite && !complemented && !anaphoric && b.role && b.country == null && b.org == null && !b.person) {
            // "the activists", "the congresswoman": the last actor of that sector named in the article
            Actor prior = memory.recentWithSector(b.sector);
            if (prior != null) {
                b.country = prior.country();
                b.org = prior.org();
                if (b.name == null && prior.name() != null && memory.isPerson(prior)) {
                    b.name = prior.name();
                    b.person = true;
                }
                anaphoric = true;
            }
        }
        if (!anaphoric && !complemented && b.anaphorRole && b.country == null && b.org == null && definite) {
            Actor prior = "REB".equals(b.sector) || "NGO".equals(b.sector) ? memory.lastGroup() : memory.lastGovernment();
            if (prior != null) {
                b.country = prior.country();
                b.org = prior.org();
                if ("REB".equals(b.sector) || "NGO".equals(b.sector)) {
                    b.sector = prior.sector();
                }
                anaphoric = true;
            }
        }
        if (start < 0) {
            start = i;
        }
        String text = s.span(start, b.end);
        String name = b.name != null ? b.name : b.canonical != null ? b.canonical : text;
        Actor actor = new Actor(text, name, b.country, b.sector, b.org);
        boolean bare = !b.entity && !b.person && !anaphoric && !b.described && b.country == null && b.org == null;
        // "fired at demonstrators", "in the army": people named by a role are participants, not places
        boolean place = isLocation(s, start) && !(b.role && !b.entity && b.sector != null && !b.sector.equals("GOV"));
        return new ActorMention(start, b.end, actor, b.person, b.possessive, place, anaphoric, false, bare);
    }

    /**
     * "the deportation of Afghan refugees from Pakistan": the people removed are the phrase; "from
     * X" names who removes them (the coder's removal agent), not where they come from.
     */
    private static boolean removedFrom(Sentence s, int start) {
        return start >= 2 && s.lower(start - 1).equals("of") && Removals.isRemovalNoun(s, start - 2);
    }

    /** After "'s": does the phrase go on ("Russia's Security Council Secretary ...")? */
    private boolean continues(Sentence s, int k, ArticleMemory memory) {
        int j = k;
        while (j < s.size() && j - k < 4 && !startsContent(s, j, memory) && isModifier(s, j)) {
            j++;
        }
        if (j >= s.size()) {
            return false;
        }
        Entry e = dict.match(s, j, memory.referenceDate());
        return e != null && (e.kind() == Kind.ROLE || e.kind() == Kind.ORG || e.kind() == Kind.PERSON)
                && !s.tag(j).equals("VERB");
    }

    /**
     * "of/for/to/from" + up to six words ending in a country or organisation: absorbed into the
     * title. "of"/"from" give the title its country ("Minister of Foreign Affairs of Belarus");
     * "to"/"for" name the host and do not ("ambassador to Afghanistan").
     */
    private int complement(Sentence s, int j, Builder b, ArticleMemory memory) {
        String prep = s.lower(j);
        for (int k = j + 1; k < s.size() && k <= j + 6; k++) {
            Entry e = dict.match(s, k, memory.referenceDate());
            if (e != null && e.kind() != Kind.ROLE) {
                if (prep.equals("of") || prep.equals("from")) {
                    if (b.country == null && e.country() != null) {
                        b.country = e.country();
                    }
                    if (e.kind() == Kind.ORG && e.org() != null && b.org == null) {
                        b.org = e.org();
                        if (b.sector == null || !b.sectorStrong || !"GOV".equals(e.sector())) {
                            if (!b.sectorStrong || b.sector == null) {
                                b.sector = e.sector();
                            }
                        }
                    }
                } else if (b.country == null && !b.role) {
                    return j;
                }
                int end = k + e.words().length;
                if (end < s.size() && s.tokens()[end].equals("(") && end + 2 < s.size()
                        && s.tokens()[end + 2].equals(")")) {
                    end += 3;
                }
                return end;
            }
            String tag = s.tag(k);
            boolean filler = tag.equals("DET") || tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN")
                    || s.lower(k).equals("of") || s.lower(k).equals("and");
            if (!filler || s.tokens()[k].equals(",")) {
                return j;
            }
        }
        return j;
    }

    private boolean isModifier(Sentence s, int k) {
        String tag = s.tag(k);
        String lower = s.lower(k);
        if (lower.equals("'s") || lower.equals(",")) {
            return false;
        }
        return tag.equals("DET") && !lower.equals("that") && !lower.equals("which") && !lower.equals("this")
                || tag.equals("ADJ") || tag.equals("NUM") || tag.equals("ADV") && lower.equals("more")
                || tag.equals("NOUN") && !lower.endsWith("ing") && !eventWord.test(lower) && !TIME_NOUNS.contains(lower)
                || tag.startsWith("PROPN") && dict.match(s, k, null) == null && !isNameToken(s, k, null)
                // "more than 300 activists"; "further than China" is a comparison, no part of a name
                || lower.equals("than") && k > 0 && COMPARATIVE_QUANTIFIERS.contains(s.lower(k - 1));
    }

    private static final Set<String> COMPARATIVE_QUANTIFIERS = Set.of("more", "less", "fewer", "other", "rather");

    /** "special representative", "detained citizen": a word the tagger calls a verb, right before a role */
    private boolean participle(Sentence s, int k, ArticleMemory memory) {
        if (!s.tag(k).equals("VERB") || s.isCapitalized(k) || k + 1 >= s.size() || !startsContent(s, k + 1, memory)
                || eventWord.test(s.lower(k))) {
            return false;
        }
        String w = s.lower(k);
        boolean adjectival = ADJECTIVE_ENDINGS.matcher(w).find();
        boolean participleAfterDeterminer = (w.endsWith("ed") || w.endsWith("ing")) && k > 0
                && (s.tag(k - 1).equals("DET") || s.tag(k - 1).equals("ADJ"));
        return adjectival || participleAfterDeterminer;
    }

    private static final java.util.regex.Pattern ADJECTIVE_ENDINGS = java.util.regex.Pattern.compile(
            "(?:al|ive|ic|ous|ent|ant|ary|ian|ese|ish)$");

    private boolean startsContent(Sentence s, int k, ArticleMemory memory) {
        Entry e = dict.match(s, k, memory.referenceDate());
        return e != null && !(e.kind() == Kind.ROLE && s.tag(k).equals("VERB"));
    }

    /** After "Thai and": the conjoined phrase ("Cambodian troops") when it has a role, else null. */
    private ActorMention sharedHead(Sentence s, int end, ArticleMemory memory, List<ActorMention> before) {
        if (end + 1 >= s.size() || !(s.lower(end).equals("and") || s.lower(end).equals("or"))) {
            return null;
        }
        ActorMention next = phrase(s, end + 1, memory, false, before);
        return next != null && next.actor().country() != null && next.actor().sector() != null && !next.bare()
                && !next.person() && next.actor().org() == null && next.end() - next.start() == 2 ? next : null;
    }

    /** "the European proposal", "Chinese demands": a nationality before what a government says or wants. */
    private static final Set<String> STANCE_NOUNS = Set.of("proposal", "proposals", "plan", "offer", "demand",
            "demands", "request", "initiative", "resolution", "statement", "claim", "claims", "accusation",
            "accusations", "allegations", "ultimatum", "position", "stance", "decision", "draft", "bid", "terms",
            // a state's vote is its government's act: "refused to acknowledge the Belarusian election"
            "election", "elections", "referendum", "vote");

    private static final Set<String> HEADCOUNTS = Set.of("thousands", "hundreds", "dozens", "scores", "millions",
            "tens", "many", "some", "several");

    /** "thousands of Serbians", "200 Afghans": a counted crowd. */
    private static boolean quantified(Sentence s, int start) {
        int p = start - 1;
        if (p >= 0 && s.tag(p).equals("NUM")) {
            return true;
        }
        return p >= 1 && s.lower(p).equals("of") && HEADCOUNTS.contains(s.lower(p - 1));
    }

    private static boolean isLocation(Sentence s, int start) {
        int p = start - 1;
        while (p >= 0 && (s.lower(p).equals("the") || s.tag(p).equals("ADJ"))) {
            p--;
        }
        return p >= 0 && PLACE_PREPOSITIONS.contains(s.lower(p));
    }

    /** Accumulates a phrase's parts. */
    private static final class Builder {
        String country;
        int countryLevel;
        String sector;
        boolean sectorStrong;
        String org;
        String name;
        String canonical;
        boolean person;
        boolean role;
        boolean entity;
        boolean possessive;
        boolean anaphorRole;
        boolean onlyDemonym = true;
        boolean onlyPlace = true;
        boolean onlyAnchored = true;
        boolean described;
        /** "critics of X", "opponents of X": the complement is the adversary, not the owner */
        boolean opposing;
        int end;
        boolean any;

        boolean content() {
            return any;
        }

        boolean orgOnly() {
            return org != null && country == null;
        }

        void apply(Entry e) {
            any = true;
            if (e.kind() != Kind.DEMONYM) {
                onlyDemonym = false;
            }
            if (e.kind() != Kind.PLACE) {
                onlyPlace = false;
            }
            switch (e.kind()) {
                case COUNTRY, CAPITAL, DEMONYM, PLACE -> {
                    entity = true;
                    if (countryLevel < 2) {
                        country = e.country();
                        countryLevel = 2;
                    }
                    if (sector == null && e.sector() != null) {
                        sector = e.sector();
                    }
                    if (canonical == null && e.kind() != Kind.DEMONYM) {
                        canonical = e.name();
                    }
                }
                case ORG -> {
                    entity = true;
                    if (countryLevel < 2 && e.country() != null) {
                        country = e.country();
                        countryLevel = 1;
                    }
                    if (e.org() != null) {
                        org = e.org();
                    }
                    if (!sectorStrong || sector == null) {
                        sector = e.sector();
                    }
                    canonical = e.name();
                }
                case PERSON -> {
                    person = true;
                    entity = true;
                    country = e.country();
                    countryLevel = 3;
                    sector = e.sector();
                    sectorStrong = true;
                    org = e.org();
                    name = e.name();
                }
                case ROLE -> {
                    role = true;
                    opposing |= "OPP".equals(e.sector());
                    onlyAnchored &= e.anchored();
                    if (e.anchored()) {
                        if (sector == null) {
                            sector = e.sector();
                        }
                        return;
                    }
                    anaphorRole = e.anaphor();
                    boolean nonStateOrg = "IGO".equals(sector) || "NGO".equals(sector) || "MED".equals(sector)
                            // "Hezbollah commander", "Hamas fighters' militia": an armed group's ranks stay REB
                            || "REB".equals(sector) && org != null && "MIL".equals(e.sector());
                    if (!person && (sector == null || e.strong() && !nonStateOrg)) {
                        sector = e.sector();
                        sectorStrong = e.strong();
                    }
                    if (country == null && e.country() != null) {
                        country = e.country();
                        countryLevel = 1;
                    }
                }
                default -> {
                }
            }
        }
    }
}
