package org.polevents.store.persist;

import java.sql.SQLException;
import java.util.Set;

/**
 * A database operation failed. {@link #isTransient()} says whether trying again can succeed
 * (connection lost, pool exhausted, serialisation failure, server shutting down) or whether the
 * data itself was refused (bad value, constraint), which no retry fixes.
 */
public final class StoreFailure extends RuntimeException {
    /** SQLState classes that describe the data, not the server: 22 data exception, 23 constraint, 42 syntax. */
    private static final Set<String> PERMANENT_CLASSES = Set.of("22", "23", "42", "44");

    public StoreFailure(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }

    public boolean isTransient() {
        return isTransient((SQLException) getCause());
    }

    /**
     * Whether an SQL error may pass on retry. Errors without a SQLState (the pool's acquisition
     * timeout) and unknown classes count as transient: retrying a permanent error costs time,
     * dead-lettering a transient one loses an event.
     */
    public static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        if (state == null || state.length() < 2) {
            return true;
        }
        return !PERMANENT_CLASSES.contains(state.substring(0, 2));
    }
}
