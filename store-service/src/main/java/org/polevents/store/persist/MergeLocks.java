package org.polevents.store.persist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Transaction-scoped advisory locks on merge keys: whoever may create, merge into, change or
 * delete an event of a merge key holds that key's lock. Stateless.
 */
final class MergeLocks {
    private MergeLocks() {
    }

    static void lock(Connection c, String mergeKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, mergeKey);
            ps.execute();
        }
    }

    /**
     * Locks several keys in one global order (sorted), so that two writers that each need several
     * keys cannot wait for each other in a cycle. (Two keys whose hashes collide could still order
     * differently; PostgreSQL then aborts one transaction as a deadlock, a transient failure the
     * sink retries.)
     */
    static void lockAll(Connection c, Collection<String> mergeKeys) throws SQLException {
        if (mergeKeys.isEmpty()) {
            return;
        }
        // one round trip; the ordered subquery feeds the aggregate row by row, so in array order
        try (PreparedStatement ps = c.prepareStatement("SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) "
                + "FROM (SELECT k FROM unnest(?::text[]) WITH ORDINALITY AS t(k, i) ORDER BY i) sorted")) {
            ps.setArray(1, c.createArrayOf("text", new TreeSet<>(mergeKeys).toArray()));
            ps.execute();
        }
    }
}
