package org.polevents.ingest.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences at ., ! or ? followed by space and an upper-case letter, digit
 * or opening quote, except after known abbreviations ("Dept.", "Nov. 25", "Rep."), single initials
 * ("J. Smith") and dotted acronyms ("U.S.", "D-N.J."), which rarely end a sentence in news text.
 *
 * <p>Abbreviations come from the resource {@code abbreviations.txt}. Thread-safe after
 * construction.
 */
public final class SentenceSplitter {
    private final Set<String> abbreviations;

    public SentenceSplitter(Set<String> abbreviations) {
        Set<String> lower = new HashSet<>();
        abbreviations.forEach(a -> lower.add(a.toLowerCase(Locale.ROOT)));
        this.abbreviations = Set.copyOf(lower);
    }

    public static SentenceSplitter withDefaults() {
        return new SentenceSplitter(load("/abbreviations.txt"));
    }

    /** Sentence spans {start, end} in {@code text}, trimmed, covering all non-space text. */
    public List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = skipSpace(text, 0);
        int n = text.length();
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int end = i + 1;
            while (end < n && ".!?…\"'”’)]".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end >= n) {
                break;
            }
            if (!Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = skipSpace(text, end);
            if (next >= n || !startsSentence(text.charAt(next))) {
                continue;
            }
            if (c == '.' && end == i + 1 && isAbbreviation(text, i, text.charAt(next))) {
                continue;
            }
            spans.add(new int[] {start, end});
            start = next;
            i = next - 1;
        }
        int end = n;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new int[] {start, end});
        }
        return spans;
    }

    public List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (int[] s : spans(text)) {
            out.add(text.substring(s[0], s[1]));
        }
        return out;
    }

    private boolean isAbbreviation(String text, int dot, char nextChar) {
        int w = dot;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        String word = text.substring(w, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "J. Smith"
        }
        if (word.indexOf('.') >= 0 && word.length() <= 6) {
            return true; // dotted acronym: U.S, U.N, D-N.J
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (abbreviations.contains(lower)) {
            return true;
        }
        // "Nov. 25", "No. 3": a short capitalised word followed by a number
        return Character.isDigit(nextChar) && word.length() <= 4 && Character.isUpperCase(word.charAt(0));
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘(«[".indexOf(c) >= 0;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    for (String w : line.split("\\s+")) {
                        words.add(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
