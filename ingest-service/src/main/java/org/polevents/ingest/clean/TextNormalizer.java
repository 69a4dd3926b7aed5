package org.polevents.ingest.clean;

import java.text.Normalizer;

/**
 * Normalises a range of source text: Unicode NFKC, every whitespace run (including no-break and
 * typographic spaces and line breaks) becomes one space, invisible format characters (zero-width
 * spaces, soft hyphens, BOM) and control characters are removed, and the ends are trimmed.
 *
 * <p>Quotes and dashes are kept as written: the cleaned text is what the extractor quotes as
 * evidence, so it should read like the source. Comparisons use {@link Tokens}, which folds them.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static CleanText normalize(String source) {
        return normalize(source, 0, source.length());
    }

    /** Normalises {@code source[from, to)}; offsets in the result index {@code source}. */
    public static CleanText normalize(CharSequence source, int from, int to) {
        CleanText plain = plainAscii(source, from, to);
        if (plain != null) {
            return plain;
        }
        StringBuilder out = new StringBuilder(to - from);
        int[] offsets = new int[to - from + 8];
        int n = 0;
        boolean pendingSpace = false;
        int i = from;
        while (i < to) {
            int cp = Character.codePointAt(source, i);
            int len = Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = out.length() > 0;
                i += len;
                continue;
            }
            if (isInvisible(cp)) {
                i += len;
                continue;
            }
            // a cluster is a base character with the combining marks that follow it, so that NFKC
            // can compose them; every output character of the cluster maps to the cluster start
            int end = i + len;
            while (end < to) {
                int next = Character.codePointAt(source, end);
                if (!isCombining(next)) {
                    break;
                }
                end += Character.charCount(next);
            }
            String cluster;
            if (cp < 0x80 && end == i + len) {
                cluster = null;
            } else {
                cluster = Normalizer.normalize(source.subSequence(i, end), Normalizer.Form.NFKC);
            }
            if (pendingSpace) {
                offsets = ensure(offsets, n + 1);
                offsets[n++] = i;
                out.append(' ');
                pendingSpace = false;
            }
            if (cluster == null) {
                offsets = ensure(offsets, n + 1);
                offsets[n++] = i;
                out.append((char) cp);
            } else {
                for (int k = 0; k < cluster.length(); k++) {
                    char c = cluster.charAt(k);
                    if (Character.isWhitespace(c) || c == '\u00A0') {
                        // NFKC turns some characters into spaces (e.g. U+2002); collapse them too
                        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                            offsets = ensure(offsets, n + 1);
                            offsets[n++] = i;
                            out.append(' ');
                        }
                        continue;
                    }
                    offsets = ensure(offsets, n + 1);
                    offsets[n++] = i;
                    out.append(c);
                }
            }
            i = end;
        }
        // trailing space from NFKC output
        int length = out.length();
        while (length > 0 && out.charAt(length - 1) == ' ') {
            length--;
        }
        int[] finalOffsets = new int[length + 1];
        System.arraycopy(offsets, 0, finalOffsets, 0, length);
        finalOffsets[length] = length == 0 ? from : endOfCharAt(source, offsets[length - 1], to);
        return new CleanText(out.substring(0, length), finalOffsets);
    }

    /**
     * Fast path for the common line that is already clean: printable ASCII with single inner
     * spaces. Returns null when the general path is needed.
     */
    private static CleanText plainAscii(CharSequence source, int from, int to) {
        if (to <= from || source.charAt(from) == ' ' || source.charAt(to - 1) == ' ') {
            return null;
        }
        char prev = 'x';
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (c < 0x20 || c > 0x7E || (c == ' ' && prev == ' ')) {
                return null;
            }
            prev = c;
        }
        int[] offsets = new int[to - from + 1];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = from + i;
        }
        return new CleanText(source.subSequence(from, to).toString(), offsets);
    }

    private static int endOfCharAt(CharSequence source, int start, int limit) {
        int end = start + Character.charCount(Character.codePointAt(source, start));
        while (end < limit && isCombining(Character.codePointAt(source, end))) {
            end += Character.charCount(Character.codePointAt(source, end));
        }
        return end;
    }

    private static int[] ensure(int[] a, int size) {
        return size < a.length ? a : java.util.Arrays.copyOf(a, Math.max(size + 1, a.length * 2));
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }

    static boolean isCombining(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
