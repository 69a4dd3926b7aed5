package org.polevents.store.persist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the transaction writing a group of reports has already learnt, so that each report need
 * not ask the database again: its locks (taken once for the group), the articles' coder versions
 * it read, and which report ids are stored. Why: on a busy machine every round trip to PostgreSQL
 * costs a scheduling delay, and one by one a report took eight.
 *
 * <p>Valid only inside the one transaction that holds every article and merge-key lock of the
 * group: nobody else can change those articles' versions or store those report ids meanwhile
 * (both need those locks), and what this transaction changes it records here or forgets. A
 * re-coding that retires old reports forgets everything about mentions and the article's version.
 * {@link #single()} knows nothing and asks every time, as a lone write does. Not thread-safe; one
 * per transaction.
 */
final class GroupMemo {
    private final boolean locksHeld;
    private final Map<String, Optional<VersionRule.ArticleVersion>> versions = new HashMap<>();
    /** Report id → the stored event it belongs to; null when unknown (then the database is asked). */
    private Map<String, String> owners;

    private GroupMemo(boolean locksHeld, Map<String, String> owners) {
        this.locksHeld = locksHeld;
        this.owners = owners;
    }

    /** For a write on its own: takes its locks and asks the database each time. */
    static GroupMemo single() {
        return new GroupMemo(false, null);
    }

    /**
     * For a group whose locks the caller has just taken: reads which of the group's report ids are
     * stored, in one round trip.
     */
    static GroupMemo forLockedGroup(Connection c, Collection<String> reportIds) throws SQLException {
        Map<String, String> owners = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT mention_id, event_id FROM event_mentions WHERE mention_id = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("text", reportIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    owners.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return new GroupMemo(true, owners);
    }

    /** Whether the group's article and merge-key locks are already held. */
    boolean locksHeld() {
        return locksHeld;
    }

    Optional<VersionRule.ArticleVersion> version(Connection c, String articleId) throws SQLException {
        Optional<VersionRule.ArticleVersion> known = versions.get(articleId);
        if (known == null) {
            known = ArticleVersions.read(c, articleId);
            if (locksHeld) {
                versions.put(articleId, known);
            }
        }
        return known;
    }

    /** The article's version row was written: read it again next time rather than guess it. */
    void versionChanged(String articleId) {
        versions.remove(articleId);
    }

    Optional<String> owner(Connection c, String reportId) throws SQLException {
        if (owners != null) {
            return Optional.ofNullable(owners.get(reportId));
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id FROM event_mentions WHERE mention_id = ?")) {
            ps.setString(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    void stored(String reportId, String eventId) {
        if (owners != null) {
            owners.put(reportId, eventId);
        }
    }

    /** Reports were removed (re-coding): ask the database from now on. */
    void reportsRemoved() {
        owners = null;
    }
}
