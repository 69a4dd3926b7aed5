package org.polevents.ingest.segment;

import java.util.List;
import java.util.Objects;
import org.polevents.ingest.clean.CleanText;
import org.polevents.ingest.clean.Tokens;

/**
 * One paragraph-level block of a pushed text.
 *
 * @param text        the cleaned text (list bullet removed) with offsets into the source
 * @param tokens      its comparison tokens ({@link Tokens#of})
 * @param blankBefore number of blank lines between this block and the previous one (0 for the first)
 * @param listItem    true when the line was a bulleted list item
 */
public record Block(CleanText text, List<String> tokens, int blankBefore, boolean listItem) {
    public Block {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
    }

    public static Block of(CleanText text, int blankBefore, boolean listItem) {
        return new Block(text, Tokens.of(text.text()), blankBefore, listItem);
    }

    public String string() {
        return text.text();
    }

    /** The comparison key (tokens joined by spaces). */
    public String key() {
        return String.join(" ", tokens);
    }

    public int words() {
        return tokens.size();
    }

    public boolean endsLikeSentence() {
        return Tokens.endsLikeSentence(text.text());
    }
}
