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
 * @param key         the comparison key: tokens joined by single spaces
 * @param blankBefore number of blank lines between this block and the previous one (0 for the first)
 * @param listItem    true when the line was a bulleted list item
 */
public record Block(CleanText text, List<String> tokens, String key, int blankBefore, boolean listItem) {
    public Block {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        Objects.requireNonNull(key, "key");
    }

    public static Block of(CleanText text, int blankBefore, boolean listItem) {
        List<String> tokens = Tokens.of(text.text());
        return new Block(text, tokens, String.join(" ", tokens), blankBefore, listItem);
    }

    public String string() {
        return text.text();
    }

    public int words() {
        return tokens.size();
    }

    public boolean endsLikeSentence() {
        return Tokens.endsLikeSentence(text.text());
    }
}
