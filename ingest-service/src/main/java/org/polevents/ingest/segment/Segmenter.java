package org.polevents.ingest.segment;

import java.util.ArrayList;
import java.util.List;
import org.polevents.ingest.clean.CleanText;
import org.polevents.ingest.clean.TextNormalizer;

/**
 * Cuts text into {@link Block}s, one per non-blank line, joining hard-wrapped lines.
 *
 * <p>Stateless and thread-safe.
 */
public final class Segmenter {
    private Segmenter() {
    }

    public static List<Block> blocks(String source) {
        List<int[]> lines = lines(source);
        List<Block> blocks = new ArrayList<>();
        int blank = 0;
        int i = 0;
        while (i < lines.size()) {
            int start = lines.get(i)[0];
            int end = lines.get(i)[1];
            if (isBlank(source, start, end)) {
                if (!blocks.isEmpty()) {
                    blank++;
                }
                i++;
                continue;
            }
            // join wrapped continuation lines: this line does not end a sentence or a heading-like
            // clause and the next starts in lower case (a new paragraph never does)
            while (i + 1 < lines.size() && continues(source, start, end, lines.get(i + 1))) {
                end = lines.get(i + 1)[1];
                i++;
            }
            int bulletEnd = bulletEnd(source, start, end);
            CleanText text = TextNormalizer.normalize(source, bulletEnd < 0 ? start : bulletEnd, end);
            if (!text.isEmpty()) {
                blocks.add(Block.of(text, blank, bulletEnd >= 0));
                blank = 0;
            } else if (bulletEnd >= 0) {
                // a bare bullet: keep the gap count as if it were blank
                if (!blocks.isEmpty()) {
                    blank++;
                }
            }
            i++;
        }
        return blocks;
    }

    /** Line ranges [start, end) without their terminators; handles \n, \r\n, \r, U+2028, U+2029. */
    static List<int[]> lines(String s) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C'
                    || c == '\u0085') {
                out.add(new int[] {start, i});
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(new int[] {start, n});
        return out;
    }

    private static boolean isBlank(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
                return false;
            }
        }
        return true;
    }

    private static boolean continues(String s, int start, int end, int[] next) {
        int last = end - 1;
        while (last >= start && Character.isWhitespace(s.charAt(last))) {
            last--;
        }
        if (last < start) {
            return false;
        }
        char lastChar = s.charAt(last);
        if (".!?:;\"”’)…".indexOf(lastChar) >= 0) {
            return false;
        }
        int first = next[0];
        while (first < next[1] && Character.isWhitespace(s.charAt(first))) {
            first++;
        }
        if (first >= next[1]) {
            return false;
        }
        // a leading bullet or an all-lower-case first word after a comma-less heading would be rare;
        // require a lower-case letter, and a previous line long enough to have been wrapped
        return Character.isLowerCase(s.charAt(first)) && (last - start) >= 40;
    }

    /** Index just after a leading list bullet and its space, or -1 when the line has no bullet. */
    private static int bulletEnd(String s, int start, int end) {
        int i = start;
        while (i < end && (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i)))) {
            i++;
        }
        if (i >= end) {
            return -1;
        }
        char c = s.charAt(i);
        boolean bullet = "•·▪◦●■□►▸‣⁃".indexOf(c) >= 0 || ((c == '*' || c == '-' || c == '–') && i + 1 < end
                && s.charAt(i + 1) == ' ');
        if (!bullet) {
            return -1;
        }
        i++;
        while (i < end && (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i)))) {
            i++;
        }
        return i;
    }
}
