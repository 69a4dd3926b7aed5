package org.polevents.store.query;

import java.util.Objects;
import org.polevents.contracts.PoliticalEvent;

/**
 * A stored event and its insertion sequence (the keyset of pagination and the live stream's
 * event id).
 */
public record EventRow(long seq, PoliticalEvent event) {
    public EventRow {
        Objects.requireNonNull(event, "event");
    }
}
