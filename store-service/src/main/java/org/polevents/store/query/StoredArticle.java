package org.polevents.store.query;

import java.util.List;
import java.util.Objects;
import org.polevents.contracts.Segment;

/**
 * A stored cleaned article: the text event evidence offsets index, with its metadata.
 *
 * @param receivedAt when the store first received it (ISO-8601 instant)
 */
public record StoredArticle(String id, String parentId, String url, String outlet, String title, String publishedAt,
        String language, String text, List<Segment> segments, String receivedAt) {
    public StoredArticle {
        Objects.requireNonNull(id, "id");
        segments = segments == null ? List.of() : List.copyOf(segments);
    }
}
