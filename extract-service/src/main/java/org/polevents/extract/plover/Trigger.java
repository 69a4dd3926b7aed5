package org.polevents.extract.plover;

/**
 * One lexicon row.
 *
 * @param words      pattern words in base form; {@code null} entries are "..." gaps
 * @param cameo      CAMEO code
 * @param type       PLOVER type
 * @param mode       PLOVER mode or null
 * @param pos        'V' verb, 'N' noun, '*' either, for the first word
 * @param targetPrep the pattern ends in a preposition introducing the target
 */
public record Trigger(String[] words, String cameo, String type, String mode, char pos, boolean targetPrep) {
    /**
     * Whether the pattern has a "..." gap: a noun pattern with a gap names its own verb ("sanctions
     * ... imposed on"), so a verb inside it is expected.
     */
    public boolean gapped() {
        for (String w : words) {
            if (w == null) {
                return true;
            }
        }
        return false;
    }

    public String pattern() {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w == null ? "..." : w);
        }
        return b.toString();
    }
}
