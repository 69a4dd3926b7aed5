package org.polevents.store.persist;

import java.util.Objects;

/**
 * What writing one report did.
 *
 * @param kind    stored as a new event, merged into an existing one, or ignored as already seen
 * @param eventId the stored event the report now belongs to
 */
public record StoreOutcome(Kind kind, String eventId) {
    public enum Kind {
        /** A new stored event. */
        STORED,
        /** Another report of an event already stored; its mentions were recounted. */
        MERGED,
        /** The same report was written before (a redelivery); nothing changed. */
        DUPLICATE
    }

    public StoreOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(eventId, "eventId");
    }

    public static StoreOutcome stored(String id) {
        return new StoreOutcome(Kind.STORED, id);
    }

    public static StoreOutcome merged(String id) {
        return new StoreOutcome(Kind.MERGED, id);
    }

    public static StoreOutcome duplicate(String id) {
        return new StoreOutcome(Kind.DUPLICATE, id);
    }
}
