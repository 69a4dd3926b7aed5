package org.polevents.store.persist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.polevents.contracts.SegmentBatch;

/**
 * Upserts a cleaned article from {@code segments.dedup}. A redelivered or re-ingested article
 * replaces its text and metadata; its first receipt time is kept. Runs on the caller's
 * connection and transaction; thread-safe.
 */
public final class ArticleWriter {
    private static final String UPSERT = """
            INSERT INTO articles (id, parent_id, url, outlet, title, published_at, language, cleaned, segments)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
            ON CONFLICT (id) DO UPDATE SET parent_id = EXCLUDED.parent_id, url = EXCLUDED.url,
              outlet = EXCLUDED.outlet, title = EXCLUDED.title, published_at = EXCLUDED.published_at,
              language = EXCLUDED.language, cleaned = EXCLUDED.cleaned, segments = EXCLUDED.segments""";

    private final ObjectMapper json;

    public ArticleWriter(ObjectMapper json) {
        this.json = json;
    }

    /** Writes the article; the caller commits. */
    public void write(Connection c, SegmentBatch a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, a.articleId());
            ps.setString(2, a.parentId() == null ? a.articleId() : a.parentId());
            ps.setString(3, a.url());
            ps.setString(4, a.outlet());
            ps.setString(5, a.title());
            ps.setString(6, a.publishedAt());
            ps.setString(7, a.language());
            ps.setString(8, a.text());
            ps.setString(9, json.writeValueAsString(a.segments()));
            ps.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("segments do not serialise", e);
        }
    }
}
