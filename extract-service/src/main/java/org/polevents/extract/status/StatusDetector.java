package org.polevents.extract.status;

import java.util.Set;
import org.polevents.extract.sentence.Sentence;

/**
 * Decides an event's status from the words governing its trigger in the same clause: negators,
 * modal verbs, conditionals, future and planning verbs, requests whose content the event is, and
 * progressive aspect. Stateless and thread-safe.
 */
public final class StatusDetector {
    public static final String OCCURRED = "occurred";
    public static final String ONGOING = "ongoing";
    public static final String PLANNED = "planned";
    public static final String HYPOTHETICAL = "hypothetical";
    public static final String NEGATED = "negated";

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor", "without",
            "cannot", "nobody", "none");
    private static final Set<String> HYPOTHETICAL_MODALS = Set.of("would", "could", "should", "might", "may",
            "must", "ought", "can", "'d");
    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo");
    private static final Set<String> CONDITIONALS = Set.of("if", "unless", "whether", "lest");
    /** "plans to", "scheduled to": the following event is planned */
    private static final Set<String> PLAN_WORDS = Set.of("plan", "plans", "planned", "planning", "scheduled",
            "intend", "intends", "intended", "aim", "aims", "aimed", "seek", "seeks", "seeking", "sought",
            "expected", "set", "prepared", "preparing", "propose", "proposes", "proposed", "proposal", "bill",
            "going", "ready", "willing", "want", "wants", "wanted", "hope", "hopes", "hoped", "upcoming",
            "supposed", "poised", "likely", "effort", "efforts", "legislation", "desire", "willingness", "vowed", "pledged", "promised", "certain",
            "bound", "sure", "determined", "eager", "keen",
            "agreed", "offered", "refused", "declined", "failed", "fail", "fails");
    /** "threatened to target US ships": a threat's content is conditional by nature */
    private static final Set<String> THREAT_WORDS = Set.of("threaten", "threatens", "threatened", "threatening",
            "warned", "warns");
    /** "urged X to", "called on X to": the event is what is asked for, not what happened */
    private static final Set<String> REQUEST_WORDS = Set.of("urge", "urged", "urges", "urging", "call", "called",
            "calls", "calling", "ask", "asked", "asks", "asking", "demand", "demanded", "demands", "demanding",
            "appeal", "appealed", "invite", "invited", "inviting", "encourage", "encouraged", "press", "pressed",
            "requested", "request", "recommend", "recommended", "advise", "advised", "needs", "need", "necessity",
            "should");
    private static final Set<String> FAIL_WORDS = Set.of("refused", "refuses", "refuse", "declined", "declines",
            "failed", "fails", "fail", "avoided", "avoid");
    private static final Set<String> REPORT_VERBS = Set.of("said", "says", "stated", "states", "announced",
            "told", "added", "noted", "claimed", "reported", "indicated", "confirmed", "declared", "insisted");
    private static final Set<String> PLAN_MODIFIERS = Set.of("planned", "proposed", "upcoming", "scheduled",
            "forthcoming", "expected", "future", "prospective", "intended", "next");
    private static final Set<String> HYPOTHETICAL_MODIFIERS = Set.of("possible", "potential", "hypothetical",
            "eventual", "conceivable");
    private static final Set<String> REALIZED = Set.of("managed", "began", "begun", "started", "continued",
            "continues", "continue", "moved", "went", "proceeded", "decided", "used", "came", "helped", "chose",
            "decision", "appears", "appear", "appeared", "seems", "seem", "seemed", "trying", "tried", "attempted",
            "sought", "able", "forced", "succeeded", "managing", "beginning", "starting", "continuing", "helping",
            "rushed", "hurried", "proceeds");
    private static final Set<String> BE = Set.of("is", "are", "am", "was", "were", "be", "being", "'s", "'re");
    private static final Set<String> CONTINUE = Set.of("continue", "continues", "continued", "continuing",
            "remain", "remains", "keeps", "keep", "still", "currently", "ongoing", "constantly", "regularly",
            "increasingly");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "-", "but", "while", "whereas", "although",
            "after", "before", "because", "since", "when", "which", "who", "where");

    /**
     * Status of the event whose trigger spans tokens [start, end).
     *
     * @param negationInTrigger the trigger itself contains a negator ("will not allow"), so the
     *                          negator must not negate the event
     */
    public String status(Sentence s, int start, int end, boolean negationInTrigger) {
        return status(s, start, end, negationInTrigger, false);
    }

    /**
     * @param statement the event is itself a statement of stance or intent (SUPPORT, AGREE):
     *                  "ready to expand relations" reports readiness expressed now, so aims and
     *                  plans do not make it planned; modals, conditionals and negation still apply
     */
    public String status(Sentence s, int start, int end, boolean negationInTrigger, boolean statement) {
        int from = clauseStart(s, start);
        if (gerundAdjunct(s, from, start)) {
            // "certain to demand his ouster while imposing fresh sanctions": a gerund clause has no
            // tense of its own; it is as planned or hypothetical as the clause it hangs from
            String governing = governingModality(s, from - 1);
            if (governing != null) {
                return governing;
            }
        }
        boolean negated = false;
        boolean hypothetical = false;
        boolean planned = false;
        boolean ongoing = false;
        boolean reported = false;
        boolean toInfinitive = start > 0 && s.lower(start - 1).equals("to");
        for (int k = from; k < start; k++) {
            String w = s.lower(k);
            if (NEGATORS.contains(w) && !negationInTrigger) {
                negated = true;
            } else if (HYPOTHETICAL_MODALS.contains(w)) {
                hypothetical = true;
            } else if (FUTURE_MODALS.contains(w)) {
                planned = true;
            } else if (CONDITIONALS.contains(w)) {
                hypothetical = true;
            } else if (REPORT_VERBS.contains(w)) {
                reported = true;
            } else if (CONTINUE.contains(w)) {
                ongoing = true;
            }
            if (toInfinitive && k >= start - 8) {
                if (REQUEST_WORDS.contains(w)) {
                    hypothetical = true;
                } else if (FAIL_WORDS.contains(w)) {
                    negated = true;
                } else if (THREAT_WORDS.contains(w)) {
                    hypothetical = true;
                } else if (PLAN_WORDS.contains(w)) {
                    planned = true;
                }
            }
        }
        // "if X happens, Y will attack": a preceding conditional clause governs a modal or future main clause
        if ((planned || hypothetical || modalBefore(s, from, start)) && conditionalBefore(s, from)) {
            hypothetical = true;
        }
        // "the planned talks", "a proposed visit", "possible sanctions": the noun's own modifiers
        for (int k = Math.max(from, start - 3); k < start; k++) {
            String w = s.lower(k);
            if (PLAN_MODIFIERS.contains(w)) {
                planned = true;
            } else if (HYPOTHETICAL_MODIFIERS.contains(w)) {
                hypothetical = true;
            }
        }
        // "the talks between X and Y would resume next week", "the summit is scheduled for May": an
        // event noun that is the subject of a future predicate is planned
        String ahead = nominal(s, start) ? predicateAhead(s, end) : null;
        if ("future".equals(ahead) || "would".equals(ahead) && reported) {
            planned = true;
        } else if ("would".equals(ahead)) {
            hypothetical = true;
        }
        // "the Taliban would not participate": negation wins over modality
        if (negated) {
            return NEGATED;
        }
        if (hypothetical) {
            // "X said Y would ..." reports an intention, not a hypothesis
            if (reported && s.lower(Math.max(0, start - 1)).equals("would") || reported && start > 1
                    && s.lower(start - 2).equals("would")) {
                return PLANNED;
            }
            return HYPOTHETICAL;
        }
        if (planned && !(statement && !future(s, start))) {
            return PLANNED;
        }
        if (statement) {
            return ongoing || progressive(s, start) ? ONGOING : OCCURRED;
        }
        // "met in Vienna to reach an agreement", "agreed to release": an infinitive names an aim
        // unless the governing verb says it came about ("managed to", "began to")
        if (toInfinitive && start > 1 && !REALIZED.contains(s.lower(start - 2))) {
            return PLANNED;
        }
        if (ongoing || progressive(s, start)) {
            return ONGOING;
        }
        return OCCURRED;
    }

    private static boolean nominal(Sentence s, int start) {
        String tag = s.tag(start);
        // a sentence-initial trigger is a noun whatever the tagger says ("Talks between X and Y will ...")
        return tag.equals("NOUN") || tag.equals("PROPN") || start == 0 || s.tag(start - 1).equals("DET");
    }

    private static final Set<String> SCHEDULE_WORDS = Set.of("expected", "scheduled", "set", "due", "slated",
            "planned", "going");

    /**
     * The tense of the predicate that follows an event noun within its clause: "future" ("will",
     * "is expected to", "is scheduled for"), "would", or null (a past or present verb, or none).
     */
    private static String predicateAhead(Sentence s, int end) {
        for (int k = end; k < s.size() && k < end + 10; k++) {
            String w = s.lower(k);
            if (CLAUSE_BREAKS.contains(w) || w.equals(",")) {
                return null;
            }
            if (FUTURE_MODALS.contains(w)) {
                return "future";
            }
            if (w.equals("would")) {
                return "would";
            }
            if (BE.contains(w) && k + 1 < s.size() && SCHEDULE_WORDS.contains(s.lower(k + 1))) {
                return "future";
            }
            if (s.tag(k).equals("VERB") || s.tag(k).equals("AUX")) {
                return null;
            }
        }
        return null;
    }

    /**
     * "met in Vienna to reach an agreement", "efforts to restrain": an infinitive of purpose names
     * an aim, not an event; only the governing words of plans, requests, refusals and realised
     * attempts ("plans to", "urged X to", "refused to", "managed to") make the infinitive an event.
     */
    public boolean purposeInfinitive(Sentence s, int start) {
        if (start < 2 || !s.lower(start - 1).equals("to")) {
            return false;
        }
        for (int k = start - 2; k >= Math.max(0, start - 8); k--) {
            String w = s.lower(k);
            if (PLAN_WORDS.contains(w) || REQUEST_WORDS.contains(w) || FAIL_WORDS.contains(w) || REALIZED.contains(w)
                    || HYPOTHETICAL_MODALS.contains(w) || FUTURE_MODALS.contains(w)) {
                return false;
            }
            if (s.tag(k).equals("VERB") || s.tag(k).equals("NOUN") || s.tag(k).equals("PROPN")) {
                return k == start - 2 || !s.tag(k).equals("VERB") ? true : true;
            }
        }
        return false;
    }

    /** A conditional ("if", "unless") earlier in the sentence than the clause at {@code from}. */
    private static boolean conditionalBefore(Sentence s, int from) {
        for (int k = 0; k < from; k++) {
            String w = s.lower(k);
            if (w.equals("if") || w.equals("unless")) {
                return true;
            }
        }
        return false;
    }

    private static boolean modalBefore(Sentence s, int from, int start) {
        for (int k = from; k < start; k++) {
            String w = s.lower(k);
            if (FUTURE_MODALS.contains(w) || HYPOTHETICAL_MODALS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the negation of a negated event is verbal and close to the trigger ("did not
     * sanction", "never met", "refused to"), as opposed to a negative quantifier on an actor
     * ("no officials see gain in supporting") or a "nor"/"without" clause, whose scope this
     * coder cannot resolve reliably.
     */
    public boolean clearNegation(Sentence s, int start) {
        for (int k = Math.max(0, start - 4); k < start; k++) {
            String w = s.lower(k);
            if (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("cannot")
                    || FAIL_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean future(Sentence s, int start) {
        for (int k = Math.max(0, start - 4); k < start; k++) {
            if (FUTURE_MODALS.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** "is meeting", "are negotiating", "has been supporting" */
    private static boolean progressive(Sentence s, int start) {
        if (!s.lower(start).endsWith("ing") || start == 0) {
            return false;
        }
        for (int k = start - 1; k >= Math.max(0, start - 3); k--) {
            String w = s.lower(k);
            if (BE.contains(w) || w.equals("been")) {
                return true;
            }
            if (!s.tag(k).equals("ADV")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> ADJUNCT_SUBORDINATORS = Set.of("while", "when", "before", "after");

    /** "... while imposing": the trigger is a gerund right after a subordinator that opened its clause. */
    private static boolean gerundAdjunct(Sentence s, int from, int start) {
        if (from < 1 || !ADJUNCT_SUBORDINATORS.contains(s.lower(from - 1)) || !s.lower(start).endsWith("ing")) {
            return false;
        }
        for (int k = from; k < start; k++) {
            if (!s.tag(k).equals("ADV")) {
                return false;
            }
        }
        return true;
    }

    /** "could afford to cut X loose while engaging Y": ability, whose means were real, is no hypothesis here */
    private static final Set<String> ABILITY_MODALS = Set.of("can", "could");

    /** PLANNED or HYPOTHETICAL when the clause ending at {@code end} says so by a modal or "set to", else null. */
    private static String governingModality(Sentence s, int end) {
        boolean planned = false;
        for (int k = clauseStart(s, end); k < end; k++) {
            String w = s.lower(k);
            if (HYPOTHETICAL_MODALS.contains(w) && !ABILITY_MODALS.contains(w) || CONDITIONALS.contains(w)) {
                return HYPOTHETICAL;
            }
            if (FUTURE_MODALS.contains(w) || PLAN_WORDS.contains(w) && k + 1 < end && s.lower(k + 1).equals("to")) {
                planned = true;
            }
        }
        return planned ? PLANNED : null;
    }

    /** The clause's first token: after the last clause break before the trigger, at most 12 back. */
    private static int clauseStart(Sentence s, int start) {
        int limit = Math.max(0, start - 20);
        for (int k = start - 1; k >= limit; k--) {
            String w = s.lower(k);
            if (CLAUSE_BREAKS.contains(w) || w.equals(",") && k < start - 4) {
                return k + 1;
            }
        }
        return limit;
    }
}
