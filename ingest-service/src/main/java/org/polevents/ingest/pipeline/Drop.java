package org.polevents.ingest.pipeline;

import java.util.Objects;

/**
 * A segment that was not kept, and why.
 *
 * @param articleId   the (split) article it belonged to
 * @param text        its cleaned text
 * @param reason      {@code boilerplate:<rule>} (e.g. {@code boilerplate:photo-credit}) or
 *                    {@code duplicate:<how>}: {@code repeated-in-article}, {@code exact-segment},
 *                    {@code near-segment}, {@code near-article}
 * @param duplicateOf for duplicates, the segment or article id seen first; for pull-quotes and
 *                    captions, the segment repeated; else null
 */
public record Drop(String articleId, String text, String reason, String duplicateOf) {
    public Drop {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }
}
