package org.polevents.extract.plover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.polevents.extract.actor.ActorDictionary;
import org.polevents.extract.sentence.Inflections;
import org.polevents.extract.sentence.Sentence;

/**
 * The trigger lexicon. Immutable after loading; thread-safe.
 */
public final class TriggerLexicon {
    static final String RESOURCE = "dictionaries/triggers.tsv";
    private static final Set<String> PREPOSITIONS = Set.of("on", "against", "with", "to", "for", "of", "between",
            "in", "into", "upon", "at", "from");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "is", "are", "be",
            "been", "will", "would", "could", "should", "may", "might", "must", "did", "does", "do");
    /** "voted Tuesday against": time words may interrupt a phrase */
    private static final Set<String> TEMPORAL = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "again", "recently", "earlier", "later", "overnight");
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our");
    /** Words that may sit between two pattern words without a "..." gap. */
    private static final Set<String> LOOSE_TAGS = Set.of("DET", "ADJ", "ADV", "NUM", "PART");

    /** surface form of a pattern's first word → patterns, longest first */
    private final Map<String, List<Trigger>> byFirstForm = new HashMap<>();
    /** pattern word → all its surface forms */
    private final Map<String, Set<String>> forms = new HashMap<>();

    private TriggerLexicon() {
    }

    public static TriggerLexicon load() {
        TriggerLexicon lex = new TriggerLexicon();
        for (String[] row : ActorDictionary.rows(RESOURCE)) {
            String[] raw = row[0].trim().split(" +");
            String[] words = new String[raw.length];
            for (int i = 0; i < raw.length; i++) {
                words[i] = raw[i].equals("...") ? null : raw[i];
                if (words[i] != null) {
                    lex.forms.computeIfAbsent(words[i], Inflections::of);
                }
            }
            String cameo = row[1].trim();
            String type = row[2].trim().equals("-") ? Cameo.ploverType(cameo) : row[2].trim();
            String mode = row[3].trim().equals("-") ? null : row[3].trim();
            char pos = row[4].trim().charAt(0);
            boolean prep = words.length > 1 && PREPOSITIONS.contains(words[words.length - 1]);
            Trigger t = new Trigger(words, cameo, type, mode, pos, prep);
            for (String f : lex.forms.get(words[0])) {
                lex.byFirstForm.computeIfAbsent(f, k -> new ArrayList<>()).add(t);
            }
        }
        for (List<Trigger> list : lex.byFirstForm.values()) {
            list.sort(Comparator.comparingInt((Trigger t) -> -t.words().length));
        }
        return lex;
    }

    /** Whether any pattern can start at this lower-cased token (a cheap pre-filter). */
    public boolean mayStart(String lower) {
        return byFirstForm.containsKey(lower);
    }

    /** Non-overlapping trigger matches in text order; at each word the longest pattern wins. */
    public List<TriggerMatch> find(Sentence s) {
        List<TriggerMatch> out = new ArrayList<>();
        int n = s.size();
        int i = 0;
        while (i < n) {
            List<Trigger> candidates = byFirstForm.get(s.lower(i));
            TriggerMatch best = null;
            if (candidates != null) {
                for (Trigger t : candidates) {
                    if (!posOk(t.pos(), s, i) || t.pos() == 'V' && attributive(s, i)) {
                        continue;
                    }
                    int end = match(s, i, t);
                    if (end > 0 && t.pos() == 'N' && !t.gapped() && verbHead(s, i, end)) {
                        continue; // "drones struck" is a clause, not the noun "drone strike"
                    }
                    if (end > 0 && (best == null || end > best.end())) {
                        best = new TriggerMatch(t, i, end);
                    }
                }
            }
            if (best != null) {
                out.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The tagger often calls a verb after "not"/"to"/a modal a noun ("did not sanction") and a
     * sentence-initial plural noun a verb ("Talks between ..."); context repairs both.
     */
    /** True when a multi-word noun pattern's last content word was read as a verb. */
    private static boolean verbHead(Sentence s, int from, int end) {
        if (end - from < 2) {
            return false;
        }
        int k = end - 1;
        while (k > from && s.tag(k).equals("ADP")) {
            k--;
        }
        return k > from && s.tag(k).equals("VERB") && !s.lower(k - 1).equals("'s");
    }

    private static boolean posOk(char pos, Sentence s, int i) {
        String tag = s.tag(i);
        String prev = i > 0 ? s.lower(i - 1) : "";
        return switch (pos) {
            case 'V' -> tag.equals("VERB") || (tag.equals("NOUN") || tag.equals("ADJ"))
                    && (prev.equals("not") || prev.equals("n't") || prev.equals("to") || AUXILIARIES.contains(prev)
                            || i > 0 && s.tag(i - 1).equals("AUX"))
                    // a gerund after a preposition the tagger took for a noun ("role in providing")
                    || tag.equals("NOUN") && s.lower(i).endsWith("ing") && i > 0 && s.tag(i - 1).equals("ADP");
            case 'N' -> tag.equals("NOUN") || tag.equals("PROPN")
                    || tag.equals("VERB") && i + 1 < s.size() && s.tag(i + 1).equals("ADP")
                            && (i == 0 || s.tag(i - 1).equals("DET") || s.tag(i - 1).equals("ADJ"))
                    // after a possessive the word is a noun whatever the tagger says ("the Taliban's refusal")
                    || (tag.equals("VERB") || tag.equals("ADJ")) && prev.equals("'s");
            default -> !tag.equals("PUNCT");
        };
    }

    /** "a mutually agreed timeline", "the detained citizen": a participle modifying a noun */
    private static boolean attributive(Sentence s, int i) {
        if (i + 1 >= s.size() || !s.tag(i + 1).equals("NOUN") || !(s.lower(i).endsWith("ed") || s.lower(i).endsWith("en"))) {
            return false;
        }
        int p = i - 1;
        while (p >= 0 && s.tag(p).equals("ADV")) {
            p--;
        }
        return p >= 0 && (s.tag(p).equals("DET") || s.tag(p).equals("ADJ"));
    }

    /** End (exclusive) of the match of {@code t} starting at {@code i}, or -1. */
    private int match(Sentence s, int i, Trigger t) {
        String[] w = t.words();
        int j = i + 1;
        boolean gap = false;
        for (int k = 1; k < w.length; k++) {
            if (w[k] == null) {
                gap = true;
                continue;
            }
            Set<String> f = forms.get(w[k]);
            int limit = gap ? 5 : 3;
            int found = -1;
            for (int p = j; p < s.size() && p <= j + limit; p++) {
                if (f.contains(s.lower(p))) {
                    found = p;
                    break;
                }
                String tag = s.tag(p);
                boolean possessive = s.lower(p).equals("'s");
                // "occurred in Tashkent, Uzbekistan between": the comma of a "city, country" name
                boolean placeComma = gap && s.lower(p).equals(",") && p > 0 && p + 1 < s.size()
                        && s.tag(p - 1).equals("PROPN") && s.tag(p + 1).equals("PROPN");
                if (tag.equals("PUNCT") && !(gap && possessive) && !placeComma || tag.equals("VERB") && !gap) {
                    break;
                }
                if (!gap && !LOOSE_TAGS.contains(tag) && !(tag.equals("NOUN") && t.pos() == 'N' && PREPOSITIONS.contains(w[k]))
                        && !TEMPORAL.contains(s.lower(p))
                        && !(tag.equals("PRON") && POSSESSIVES.contains(s.lower(p)))) {
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            j = found + 1;
            gap = false;
        }
        return j;
    }

    /** The lexicon's patterns, for tests and documentation. */
    public List<Trigger> all() {
        Set<Trigger> seen = new HashSet<>();
        List<Trigger> out = new ArrayList<>();
        for (List<Trigger> list : byFirstForm.values()) {
            for (Trigger t : list) {
                if (seen.add(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}
