package org.polevents.store.persist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Removes an article's reports of superseded coder versions while keeping the merge invariants:
 * every stored event has at least one report, {@code mentions} counts the distinct articles of its
 * reports, and an event's article, outlet, evidence and version are those of its earliest report
 * still stored. An event left with no report is deleted.
 *
 * <p>The caller holds the article's lock; this takes the merge-key locks of every event it
 * touches (and of the key the caller writes next), all at once in sorted order. Stateless.
 */
final class ReportRetirer {
    private static final String OLD_REPORTS = """
            SELECT m.mention_id, m.event_id, e.merge_key, COALESCE(m.coder_version, '')
            FROM event_mentions m JOIN events e ON e.id = m.event_id
            WHERE m.article_id = ? AND COALESCE(m.coder_version, '') <> ?""";

    private static final String EARLIEST_REPORT = """
            SELECT article_id, outlet, url, published_at, evidence_text, evidence_start, evidence_end, confidence,
                   coder_version, (received_at AT TIME ZONE 'UTC')::date
            FROM event_mentions WHERE event_id = ? ORDER BY received_at, mention_id LIMIT 1""";

    private static final String REBASE = """
            UPDATE events SET article_id = ?, outlet = ?, url = ?, published_at = ?, evidence_text = ?,
              evidence_start = ?, evidence_end = ?, confidence = ?, coder_version = ?, published_day = ?,
              anchor_day = COALESCE(date_from, ?), updated_at = now()
            WHERE id = ?""";

    /**
     * What retiring removed.
     *
     * @param reports  reports (mentions) removed
     * @param events   stored events deleted because no report was left
     * @param versions the coder versions the removed reports carried
     */
    record Retired(int reports, int events, Set<String> versions) {
        static final Retired NONE = new Retired(0, 0, Set.of());
    }

    private ReportRetirer() {
    }

    /**
     * Removes the article's reports whose version is not {@code keep}.
     *
     * @param alsoLock a merge key the caller will lock next, locked here in the same order
     */
    static Retired retire(Connection c, String articleId, String keep, String alsoLock) throws SQLException {
        Set<String> mentionIds = new LinkedHashSet<>();
        Set<String> eventIds = new LinkedHashSet<>();
        Set<String> keys = new HashSet<>();
        Set<String> versions = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement(OLD_REPORTS)) {
            ps.setString(1, articleId);
            ps.setString(2, keep);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mentionIds.add(rs.getString(1));
                    eventIds.add(rs.getString(2));
                    keys.add(rs.getString(3));
                    versions.add(rs.getString(4));
                }
            }
        }
        keys.add(alsoLock);
        // the article's lock keeps its reports fixed; the key locks keep the events' other reports fixed
        MergeLocks.lockAll(c, keys);
        if (mentionIds.isEmpty()) {
            return Retired.NONE;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM event_mentions WHERE mention_id = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("text", mentionIds.toArray()));
            ps.executeUpdate();
        }
        int deleted = 0;
        for (String eventId : eventIds) {
            deleted += settle(c, eventId, articleId) ? 1 : 0;
        }
        return new Retired(mentionIds.size(), deleted, versions);
    }

    /** Deletes the event if no report is left, else recounts it and re-bases it if it spoke for the article. */
    private static boolean settle(Connection c, String eventId, String articleId) throws SQLException {
        List<Object> earliest = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(EARLIEST_REPORT)) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    for (int i = 1; i <= 10; i++) {
                        earliest.add(rs.getObject(i));
                    }
                }
            }
        }
        if (earliest.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM events WHERE id = ?")) {
                ps.setString(1, eventId);
                ps.executeUpdate();
            }
            return true;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE events SET mentions = (SELECT count(DISTINCT article_id) FROM event_mentions WHERE event_id = ?),
                                  updated_at = now()
                WHERE id = ?""")) {
            ps.setString(1, eventId);
            ps.setString(2, eventId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(REBASE + " AND article_id = ?")) {
            for (int i = 0; i < 9; i++) {
                ps.setObject(i + 1, earliest.get(i));
            }
            LocalDate published = EventDates.day((String) earliest.get(3));
            if (published == null && earliest.get(9) != null) {
                // as when written (MergeFacts.of): an undated article's day is the day it arrived
                published = ((java.sql.Date) earliest.get(9)).toLocalDate();
            }
            if (published == null) {
                ps.setNull(10, Types.DATE);
                ps.setNull(11, Types.DATE);
            } else {
                ps.setObject(10, published);
                ps.setObject(11, published);
            }
            ps.setString(12, eventId);
            ps.setString(13, articleId);
            ps.executeUpdate();
        }
        return false;
    }
}
