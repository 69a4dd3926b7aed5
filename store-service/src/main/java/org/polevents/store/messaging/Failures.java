package org.polevents.store.messaging;

import java.sql.SQLException;
import org.polevents.store.persist.ReportBatcher;
import org.polevents.store.persist.StoreFailure;

/** Sorts failures of a write into transient (retry) and permanent (dead-letter). */
final class Failures {
    private Failures() {
    }

    /**
     * Transient: a {@link StoreFailure} or SQL error the database may not repeat, or a failed
     * transaction commit. Permanent: an unprocessable record, data the database refused, and
     * anything else (a bug that fails one record would fail it forever; the DLQ keeps it).
     */
    static boolean isTransient(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof UnprocessableRecord) {
                return false;
            }
            if (c instanceof ReportBatcher.Closed) {
                return true; // stopping: the record stays unacknowledged for the next consumer
            }
            if (c instanceof StoreFailure f) {
                return f.isTransient();
            }
            if (c instanceof SQLException s) {
                return StoreFailure.isTransient(s);
            }
            if (c.getClass().getName().startsWith("jakarta.transaction.")) {
                return true;
            }
        }
        return false;
    }

    /** A one-line reason for the dead-letter header. */
    static String reason(Throwable t) {
        String m = t.getMessage();
        return m == null ? t.getClass().getName() : m;
    }
}
