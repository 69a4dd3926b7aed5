package org.polevents.extract.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Repairs the sentence model's boundaries around abbreviations. The UD-EWT model stops after "J.D."
 * in "J.D. Vance", after "D.R." in "D.R. Congo" and after titles ("Rep. Tlaib"), yet never stops
 * after "U.S." even when a new sentence follows ("concessions from the U.S. To the contrary, ...").
 * Both are undone here from the shape of the words around the boundary. Stateless, so thread-safe.
 */
final class SentenceBoundaries {
    /**
     * Abbreviations after which the sentence model wrongly splits. A split after one of these is
     * undone whatever follows, because they never end a sentence in news prose ("Rep. Tlaib").
     */
    static final Set<String> TITLE_ABBREVIATIONS = Set.of("rep.", "reps.", "sen.", "sens.", "gov.", "gen.", "lt.",
            "col.", "maj.", "capt.", "sgt.", "adm.", "cmdr.", "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "dept.",
            "gov't", "pres.", "amb.", "sec.", "atty.", "supt.", "rev.", "hon.", "no.", "nos.", "vs.", "v.", "jan.",
            "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "mt.", "ft.",
            "fig.", "approx.", "est.", "inc.", "corp.", "co.", "ltd.", "e.g.", "i.e.", "cf.", "al.");

    /**
     * Closed-class words that open sentences. After dotted initials ("U.S.", "D.C.", "J.") a
     * capitalised word from this list starts a new sentence; any other capitalised word continues a
     * name ("U.N. Security Council", "J.D. Vance", "D.R. Congo"). The one case this misreads is a
     * sentence ending in initials followed by one opening with a name ("... by the U.S. Russia said"),
     * which news prose writes far less often than initials inside names.
     */
    static final Set<String> SENTENCE_OPENERS = Set.of("the", "a", "an", "this", "that", "these", "those", "it",
            "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "there", "here", "in",
            "on", "at", "to", "as", "but", "and", "or", "so", "yet", "nor", "if", "when", "while", "after", "before",
            "since", "although", "though", "however", "meanwhile", "for", "with", "by", "from", "under", "during",
            "despite", "instead", "then", "now", "still", "also", "thus", "not", "no", "some", "many", "most", "all",
            "both", "such", "what", "who", "why", "how", "where", "which", "earlier", "later", "last", "next",
            "according", "because", "even", "only", "each", "every", "another", "other", "few", "several", "one");

    private SentenceBoundaries() {
    }

    /** Sentence boundaries [start, end) in {@code text} from the model's spans, repaired. */
    static List<int[]> repair(String text, Span[] spans) {
        List<int[]> joined = new ArrayList<>(spans.length);
        for (Span span : spans) {
            int s = span.getStart();
            int e = span.getEnd();
            if (!joined.isEmpty() && shouldJoin(text, joined.get(joined.size() - 1)[1], s)) {
                joined.get(joined.size() - 1)[1] = e;
            } else {
                joined.add(new int[] {s, e});
            }
        }
        if (joined.isEmpty() && !text.isBlank()) {
            joined.add(new int[] {0, text.length()});
        }
        List<int[]> out = new ArrayList<>(joined.size());
        for (int[] sentence : joined) {
            splitAfterInitials(text, sentence[0], sentence[1], out);
        }
        return out;
    }

    /** Whether the model's split between a sentence ending at {@code prevEnd} and one at {@code nextStart} is wrong. */
    private static boolean shouldJoin(String text, int prevEnd, int nextStart) {
        int end = prevEnd;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int from = end;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && text.charAt(from - 1) != '(') {
            from--;
        }
        String lastWord = text.substring(from, end);
        if (TITLE_ABBREVIATIONS.contains(lastWord.toLowerCase(Locale.ROOT))) {
            return true;
        }
        int i = nextStart;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        // Real sentences do not start in lower case or with a closing bracket; a split before one
        // is the model stopping at "U.S." or "(D-Mich.)".
        char c = text.charAt(i);
        if (Character.isLowerCase(c) || c == ')' || c == ',' || c == ';') {
            return true;
        }
        // "H.R. 23", "No. 5": a number right after a short abbreviation continues the sentence
        if (Character.isDigit(c) && lastWord.length() <= 5 && lastWord.endsWith(".")) {
            return true;
        }
        // "J.D. Vance", "D.R. Congo", "U.N. Security Council": initials before a capitalised word
        // that is not a sentence opener are part of a name
        return Character.isUpperCase(c) && isInitials(lastWord, 0, lastWord.length()) && !opensSentence(text, i);
    }

    /**
     * Adds {@code [start, end)} to {@code out}, cut after every run of initials followed by a
     * sentence opener ("from the U.S. To the contrary", "in Washington, D.C. They agreed").
     */
    private static void splitAfterInitials(String text, int start, int end, List<int[]> out) {
        int from = start;
        for (int dot = text.indexOf('.', start); dot >= 0 && dot < end - 1; dot = text.indexOf('.', dot + 1)) {
            int next = dot + 1;
            if (!Character.isWhitespace(text.charAt(next))) {
                continue;
            }
            int wordStart = next;
            while (wordStart < end && Character.isWhitespace(text.charAt(wordStart))) {
                wordStart++;
            }
            if (wordStart >= end || !Character.isUpperCase(text.charAt(wordStart)) || !opensSentence(text, wordStart)) {
                continue;
            }
            int initialsStart = dot + 1;
            while (initialsStart > from && !Character.isWhitespace(text.charAt(initialsStart - 1))
                    && text.charAt(initialsStart - 1) != '(') {
                initialsStart--;
            }
            // titles ("Gen.") never end a sentence; initials ("U.S.", "D.C.", "J.") may
            if (initialsStart > from && isInitials(text, initialsStart, dot + 1)) {
                out.add(new int[] {from, dot + 1});
                from = wordStart;
            }
        }
        out.add(new int[] {from, end});
    }

    /** Whether {@code text[from, to)} is one or more single letters each followed by a period: "U.S.", "J.", "a.m.". */
    static boolean isInitials(CharSequence text, int from, int to) {
        if (to - from < 2 || (to - from) % 2 != 0) {
            return false;
        }
        for (int k = from; k < to; k += 2) {
            if (!Character.isLetter(text.charAt(k)) || text.charAt(k + 1) != '.') {
                return false;
            }
        }
        // a lone lower-case letter ("a.") is a list item, not an initial
        return to - from > 2 || Character.isUpperCase(text.charAt(from));
    }

    /** Whether the capitalised word at {@code i} is a closed-class word that opens sentences ("The", "In", "It's"). */
    private static boolean opensSentence(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        if (j < text.length()) {
            char after = text.charAt(j);
            // "A-10", "I.D.", "Itself2" are not the opener words
            if (Character.isDigit(after) || after == '-' || after == '.' && j + 1 < text.length()
                    && Character.isLetter(text.charAt(j + 1))) {
                return false;
            }
        }
        return SENTENCE_OPENERS.contains(text.substring(i, j).toLowerCase(Locale.ROOT));
    }
}
