package org.polevents.store.persist;

import java.util.Objects;

/**
 * What writing one report did.
 *
 * @param kind               stored as a new event, merged into an existing one, ignored as already
 *                           seen, or ignored as coded by a superseded coder version
 * @param eventId            the stored event the report now belongs to; for {@link Kind#STALE}
 *                           the report's own id (it belongs to no stored event)
 * @param supersededReports  reports of the same article removed because this report's coder
 *                           version replaced theirs
 * @param supersededEvents   stored events deleted because all their reports were removed
 */
public record StoreOutcome(Kind kind, String eventId, int supersededReports, int supersededEvents) {
    public enum Kind {
        /** A new stored event. */
        STORED,
        /** Another report of an event already stored; its mentions were recounted. */
        MERGED,
        /** The same report was written before (a redelivery); nothing changed. */
        DUPLICATE,
        /** The report's coder version is older than, or was superseded by, its article's; nothing changed. */
        STALE
    }

    public StoreOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(eventId, "eventId");
        if (supersededReports < 0 || supersededEvents < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
    }

    public static StoreOutcome stored(String id) {
        return new StoreOutcome(Kind.STORED, id, 0, 0);
    }

    public static StoreOutcome merged(String id) {
        return new StoreOutcome(Kind.MERGED, id, 0, 0);
    }

    public static StoreOutcome duplicate(String id) {
        return new StoreOutcome(Kind.DUPLICATE, id, 0, 0);
    }

    public static StoreOutcome stale(String reportId) {
        return new StoreOutcome(Kind.STALE, reportId, 0, 0);
    }

    /** This outcome, having also removed an article's reports of a superseded version. */
    StoreOutcome superseding(ReportRetirer.Retired r) {
        return new StoreOutcome(kind, eventId, r.reports(), r.events());
    }

    /** Whether the write replaced the article's reports of an older coder version. */
    public boolean superseded() {
        return supersededReports > 0;
    }
}
