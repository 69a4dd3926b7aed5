package org.polevents.store.persist;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code article_coder_versions} table: which coder version an article's stored reports come
 * from. Plain JDBC on the caller's connection and transaction; stateless.
 */
final class ArticleVersions {
    /**
     * The first key of the two-key advisory locks taken per article. PostgreSQL keeps one-key
     * (bigint) and two-key advisory locks apart, so these never collide with the merge-key locks.
     */
    private static final int ARTICLE_LOCK_SPACE = 0x706f6c65;

    private ArticleVersions() {
    }

    /**
     * Serialises the writers of one article's reports until the transaction ends. Always the first
     * lock a write takes, and the only article lock, so it cannot deadlock with another article's.
     */
    static void lock(Connection c, String articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
            ps.setInt(1, ARTICLE_LOCK_SPACE);
            ps.setString(2, articleId);
            ps.execute();
        }
    }

    /**
     * Locks several articles in one round trip, in sorted order, so that two writers of several
     * articles each cannot wait for each other in a cycle. Locks already held are taken again,
     * which is harmless (advisory locks count their holders).
     */
    static void lockAll(Connection c, Collection<String> articleIds) throws SQLException {
        if (articleIds.isEmpty()) {
            return;
        }
        // the ordered subquery feeds the aggregate row by row, so the locks are taken in array order
        try (PreparedStatement ps = c.prepareStatement("SELECT count(pg_advisory_xact_lock(?, hashtext(a))) "
                + "FROM (SELECT a FROM unnest(?::text[]) WITH ORDINALITY AS t(a, i) ORDER BY i) sorted")) {
            ps.setInt(1, ARTICLE_LOCK_SPACE);
            ps.setArray(2, c.createArrayOf("text", new TreeSet<>(articleIds).toArray()));
            ps.execute();
        }
    }

    static Optional<VersionRule.ArticleVersion> read(Connection c, String articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT coder_version, coded_at, superseded FROM article_coder_versions WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Array superseded = rs.getArray(3);
                Set<String> old = superseded == null ? Set.of() : Set.of((String[]) superseded.getArray());
                return Optional.of(new VersionRule.ArticleVersion(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        old));
            }
        }
    }

    static void first(Connection c, String articleId, String version, Instant codedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO article_coder_versions (article_id, coder_version, coded_at) VALUES (?, ?, ?)")) {
            ps.setString(1, articleId);
            ps.setString(2, version);
            ps.setTimestamp(3, Timestamp.from(codedAt));
            ps.executeUpdate();
        }
    }

    /** Makes {@code version} current and adds {@code retired} to the superseded versions. */
    static void replace(Connection c, String articleId, String version, Instant codedAt, Collection<String> retired)
            throws SQLException {
        Set<String> all = new TreeSet<>(retired);
        all.remove(version);
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE article_coder_versions
                SET coder_version = ?, coded_at = ?, changed_at = now(),
                    superseded = ARRAY(SELECT DISTINCT v FROM unnest(superseded || ?::text[]) v WHERE v <> ? ORDER BY v)
                WHERE article_id = ?""")) {
            ps.setString(1, version);
            ps.setTimestamp(2, Timestamp.from(codedAt));
            ps.setArray(3, c.createArrayOf("text", all.toArray()));
            ps.setString(4, version);
            ps.setString(5, articleId);
            ps.executeUpdate();
        }
    }
}
