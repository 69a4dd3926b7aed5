package org.polevents.store.persist;

import java.time.Instant;
import java.util.Objects;
import org.polevents.contracts.PoliticalEvent;

/**
 * One report waiting to be written.
 *
 * @param event      the extracted event
 * @param producedAt when extract-service produced it (its record timestamp), or null if unknown
 */
public record ReportToStore(PoliticalEvent event, Instant producedAt) {
    public ReportToStore {
        Objects.requireNonNull(event, "event");
    }
}
