package org.polevents.store.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.polevents.contracts.Evidence;
import org.polevents.contracts.Segment;

/**
 * Reads the reports (evidence sentences) of stored events and the stored articles they come from.
 * Stateless apart from the JSON mapper; thread-safe.
 */
public final class ReportReader {
    private static final TypeReference<List<Segment>> SEGMENTS = new TypeReference<>() {
    };
    private final ObjectMapper json;

    public ReportReader(ObjectMapper json) {
        this.json = json;
    }

    /** The reports of one stored event, in the order they arrived. */
    public List<Report> reports(Connection c, String eventId) throws SQLException {
        List<Report> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT mention_id, article_id, outlet, url, published_at, evidence_text, evidence_start,
                       evidence_end, confidence
                FROM event_mentions WHERE event_id = ? ORDER BY received_at, mention_id""")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Report(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), new Evidence(rs.getString(6), rs.getInt(7), rs.getInt(8)),
                            rs.getDouble(9)));
                }
            }
        }
        return out;
    }

    /** The stored event a report was merged into, if the report is known. */
    public Optional<String> eventOfReport(Connection c, String reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id FROM event_mentions WHERE mention_id = ?")) {
            ps.setString(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public Optional<StoredArticle> article(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, parent_id, url, outlet, title, published_at, language, cleaned, segments::text, received_at
                FROM articles WHERE id = ?""")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                OffsetDateTime received = rs.getObject(10, OffsetDateTime.class);
                return Optional.of(new StoredArticle(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        segments(rs.getString(9)), received == null ? null : received.toInstant().toString()));
            }
        }
    }

    private List<Segment> segments(String text) {
        try {
            return text == null ? List.of() : json.readValue(text, SEGMENTS);
        } catch (JsonProcessingException e) {
            // written by ArticleWriter from the same records; unreadable means a hand-edited row
            return List.of();
        }
    }
}
