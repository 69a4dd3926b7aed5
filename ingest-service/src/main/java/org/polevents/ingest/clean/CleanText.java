package org.polevents.ingest.clean;

import java.util.Objects;

/**
 * Normalised text together with where each of its characters came from.
 *
 * @param text          the cleaned text (NFKC, collapsed whitespace, trimmed)
 * @param sourceOffsets {@code text.length() + 1} offsets into the source: entry {@code i} is the
 *                      source offset of character {@code i}; the last entry is the source offset
 *                      just after the last character
 */
public record CleanText(String text, int[] sourceOffsets) {
    public CleanText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceOffsets, "sourceOffsets");
        if (sourceOffsets.length != text.length() + 1) {
            throw new IllegalArgumentException("need one offset per character plus the end");
        }
    }

    /** Source offset of cleaned offset {@code i} (0 ≤ i ≤ length). */
    public int sourceOffset(int i) {
        return sourceOffsets[i];
    }

    public int sourceStart() {
        return sourceOffsets[0];
    }

    public int sourceEnd() {
        return sourceOffsets[text.length()];
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The part from {@code from} (inclusive) to {@code to} (exclusive), offsets kept. */
    public CleanText slice(int from, int to) {
        int[] offsets = new int[to - from + 1];
        System.arraycopy(sourceOffsets, from, offsets, 0, offsets.length);
        if (to > from) {
            // the end maps to just after the last kept character, not to the next character's start
            offsets[offsets.length - 1] = Math.max(sourceOffsets[to], sourceOffsets[to - 1] + 1);
        }
        return new CleanText(text.substring(from, to), offsets);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CleanText c && c.text.equals(text) && java.util.Arrays.equals(c.sourceOffsets, sourceOffsets);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
