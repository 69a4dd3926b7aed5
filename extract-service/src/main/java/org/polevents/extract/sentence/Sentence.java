package org.polevents.extract.sentence;

/**
 * One analysed sentence.
 *
 * @param text   the sentence text, exactly as in the article
 * @param start  offset of the sentence in the article's text (inclusive)
 * @param end    offset after the sentence (exclusive)
 * @param tokens token texts, with curly quotes and apostrophes folded to ASCII and em/en dashes
 *               written "-"; a word written without spaces is one token ("U.N.", "ISIS-K",
 *               "Port-au-Prince"), except that a possessive "'s" and a sentence's final period are
 *               tokens of their own
 * @param starts token start offsets into the article text
 * @param ends   token end offsets into the article text (exclusive)
 * @param tags   Universal Dependencies POS tags (NOUN, PROPN, VERB, AUX, ADP, ...)
 * @param lowers lower-cased tokens, computed once because every dictionary lookup uses them
 */
public record Sentence(String text, int start, int end, String[] tokens, int[] starts, int[] ends, String[] tags,
        String[] lowers) {

    public int size() {
        return tokens.length;
    }

    /** Lower-cased token; the form all dictionaries match against. */
    public String lower(int i) {
        return lowers[i];
    }

    public String tag(int i) {
        return tags[i];
    }

    public boolean isCapitalized(int i) {
        String t = tokens[i];
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    /** The article text covered by tokens [from, to). */
    public String span(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(starts[from] - start, ends[to - 1] - start);
    }
}
