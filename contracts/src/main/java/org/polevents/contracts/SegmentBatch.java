package org.polevents.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * The value on {@code segments.dedup}: one cleaned article with its kept segments in order.
 *
 * <p>{@code text} is the article's cleaned text: the kept segments joined by blank lines. Segment
 * offsets and event evidence offsets index it. {@code parentId} names the pushed article this
 * one was cut from when a pushed text held several glued articles (else it equals {@code id}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SegmentBatch(String articleId, String parentId, String url, String outlet, String title,
        String publishedAt, String language, String text, List<Segment> segments) {
    public SegmentBatch {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        segments = segments == null ? List.of() : List.copyOf(segments);
    }
}
