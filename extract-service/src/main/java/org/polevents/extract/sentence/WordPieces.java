package org.polevents.extract.sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins words the tokenizer model cut apart. The UD-EWT tokenizer splits "U.N." before a word
 * into "U.N" + ".", "Tehrik-e-Taliban" into "Tehrik-" + "e" + "-Taliban", "ISIS-K" into "ISIS-" +
 * "K" and even some acronyms ("AKP" into "AK" + "P"), while the dictionaries and the coder expect
 * one token per space-separated word. Here every word written without spaces — letters and digits,
 * inner hyphens and apostrophes, dotted initials ("U.S.", "J.", "U.A.E.") — becomes one token
 * again; punctuation around it ("(", "),", the full stop after "Kharkiv.") keeps the model's cut.
 * Only merges, never splits, so "Jr." and "Sen." stay whole where the model keeps them whole.
 * Stateless, so thread-safe.
 */
final class WordPieces {
    private WordPieces() {
    }

    /**
     * Merges the token spans (offsets into {@code text}, in order, not overlapping) that lie inside
     * one word. Spans that touch no neighbour are left alone.
     */
    static List<int[]> merge(String text, List<int[]> spans) {
        List<int[]> out = new ArrayList<>(spans.size());
        int i = 0;
        while (i < spans.size()) {
            int j = i;
            while (j + 1 < spans.size() && spans.get(j)[1] == spans.get(j + 1)[0]) {
                j++;
            }
            if (j == i) {
                out.add(spans.get(i));
            } else {
                mergeRun(text, spans.subList(i, j + 1), out);
            }
            i = j + 1;
        }
        return out;
    }

    /** Within a run of touching tokens (one space-free chunk of text), one token per word. */
    private static void mergeRun(String text, List<int[]> run, List<int[]> out) {
        int from = run.get(0)[0];
        int to = run.get(run.size() - 1)[1];
        int next = 0; // first token of the run not yet written to out
        int p = from;
        while (p < to) {
            int q = isWordStart(text, p, from) ? wordEnd(text, p, to) : -1;
            if (q < 0) {
                p++;
                continue;
            }
            int a = next;
            while (run.get(a)[1] <= p) {
                a++;
            }
            int b = a;
            while (b + 1 < run.size() && run.get(b + 1)[0] < q) {
                b++;
            }
            if (b == a) {
                p = q;
                continue;
            }
            for (; next < a; next++) {
                out.add(run.get(next));
            }
            if (run.get(a)[0] < p) {
                out.add(new int[] {run.get(a)[0], p}); // an opening quote or bracket the model glued on
            }
            // the last piece may reach past the word ("K." at the end of a sentence, "K's"); the
            // period and possessive repairs after this cut those off as for any other word
            int end = Math.max(q, run.get(b)[1]);
            out.add(new int[] {p, end});
            next = b + 1;
            p = end;
        }
        for (; next < run.size(); next++) {
            out.add(run.get(next));
        }
    }

    /** A word starts at a letter or digit not preceded by a letter, digit, period, hyphen or inner apostrophe. */
    private static boolean isWordStart(String t, int p, int from) {
        if (!Character.isLetterOrDigit(t.charAt(p))) {
            return false;
        }
        if (p == from) {
            return true;
        }
        char prev = t.charAt(p - 1);
        if (prev == '\'') {
            return p - 1 == from || !Character.isLetterOrDigit(t.charAt(p - 2));
        }
        return !Character.isLetterOrDigit(prev) && prev != '.' && prev != '-';
    }

    /**
     * End of the word starting at {@code p}: parts joined by hyphens, each part dotted initials
     * ("U.S.") or letters and digits with inner apostrophes ("d'Ivoire"). Returns -1 when the text
     * at {@code p} is no such word: a number without a hyphen ("1,000", "10km" stay as the model cut
     * them), or initials run into a word ("A.Smith").
     */
    private static int wordEnd(String t, int p, int to) {
        int q = partEnd(t, p, to);
        if (q < 0) {
            return -1;
        }
        boolean hyphenated = false;
        while (q + 1 < to && t.charAt(q) == '-' && Character.isLetterOrDigit(t.charAt(q + 1))) {
            int r = partEnd(t, q + 1, to);
            if (r < 0) {
                break;
            }
            q = r;
            hyphenated = true;
        }
        if (Character.isDigit(t.charAt(p)) && !hyphenated) {
            return -1;
        }
        return q;
    }

    private static int partEnd(String t, int p, int to) {
        int q = p;
        while (q + 1 < to && Character.isLetter(t.charAt(q)) && t.charAt(q + 1) == '.') {
            q += 2;
        }
        if (q > p) {
            // initials; written without the last period ("U.S-led", "U.S.A") they end in one more letter
            if (q < to && Character.isLetter(t.charAt(q)) && (q + 1 == to || !Character.isLetterOrDigit(t.charAt(q + 1)))) {
                q++;
            }
            return q < to && Character.isLetterOrDigit(t.charAt(q)) ? -1 : q;
        }
        while (q < to && Character.isLetterOrDigit(t.charAt(q))) {
            q++;
        }
        while (q + 1 < to && t.charAt(q) == '\'' && Character.isLetter(t.charAt(q + 1))) {
            q += 2;
            while (q < to && Character.isLetterOrDigit(t.charAt(q))) {
                q++;
            }
        }
        return q;
    }
}
