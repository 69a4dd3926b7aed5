package org.polevents.ingest.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * The comparison form of text: lower-case words of letters and digits. Punctuation, quotes
 * (straight or curly), dashes and whitespace never take part, so two copies that differ only in
 * typography compare equal. Apostrophes split words ("Taliban’s" gives "taliban", "s") the same
 * way whichever apostrophe was typed.
 *
 * <p>Stateless and thread-safe.
 */
public final class Tokens {
    private Tokens() {
    }

    public static List<String> of(CharSequence text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder(16);
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                current.appendCodePoint(Character.toLowerCase(cp));
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK && current.length() > 0) {
                current.appendCodePoint(cp);
            } else if (current.length() > 0) {
                tokens.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    /** The comparison key: tokens joined by single spaces. */
    public static String key(CharSequence text) {
        return String.join(" ", of(text));
    }

    /** Number of words in {@code text} (cheaper than {@link #of} when only the count is needed). */
    public static int count(CharSequence text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i)) || Character.isSurrogate(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    /**
     * True when the text ends like a sentence: terminal punctuation, possibly followed by closing
     * quotes or brackets.
     */
    public static boolean endsLikeSentence(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && isCloser(text.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»' || c == ' ';
    }

    /**
     * The writing system most of the letters of {@code text} belong to, or {@code null} when it has
     * no letters.
     */
    public static Character.UnicodeScript dominantScript(CharSequence text) {
        java.util.EnumMap<Character.UnicodeScript, Integer> counts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        countScripts(text, counts);
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey).orElse(null);
    }

    /** Adds the number of letters of each script in {@code text} to {@code counts}. */
    public static void countScripts(CharSequence text, java.util.Map<Character.UnicodeScript, Integer> counts) {
        int ascii = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // fast path: ASCII letters are Latin, and UnicodeScript.of is a binary search
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    ascii++;
                }
                i++;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        if (ascii > 0) {
            counts.merge(Character.UnicodeScript.LATIN, ascii, Integer::sum);
        }
    }

    /** Fraction of the letters of {@code text} that are written in {@code script} (1 when no letters). */
    public static double fractionInScript(CharSequence text, Character.UnicodeScript script) {
        int letters = 0;
        int inScript = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    letters++;
                    if (script == Character.UnicodeScript.LATIN) {
                        inScript++;
                    }
                }
                i++;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == script) {
                    inScript++;
                }
            }
        }
        return letters == 0 ? 1.0 : (double) inScript / letters;
    }
}
