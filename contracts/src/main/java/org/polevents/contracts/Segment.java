package org.polevents.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;

/**
 * One kept segment (a paragraph, or a headline line) of a cleaned article.
 *
 * @param id    stable id: the article id, {@code #}, and the segment's index in the article
 * @param text  the segment's cleaned text; equals {@code cleanedText.substring(start, end)}
 * @param start offset of the first character in the article's cleaned text (inclusive)
 * @param end   offset after the last character (exclusive)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Segment(String id, String text, int start, int end) {
    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets [" + start + "," + end + ")");
        }
    }
}
