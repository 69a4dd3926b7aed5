package org.polevents.store.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of store-service, under the {@code store} prefix. */
@ConfigMapping(prefix = "store")
public interface StoreConfig {
    Merge merge();

    Query query();

    Retry retry();

    Write write();

    Live live();

    Export export();

    /** Merging reports of one real-world event into one stored event. */
    interface Merge {
        /** False stores every report as its own event. */
        @WithDefault("true")
        boolean enabled();

        /** How far apart, in days, two reports' event dates (or publication days) may be. */
        @WithDefault("1")
        int windowDays();

        /** How far apart, in kilometres, two geocoded locations of one event may be. */
        @WithDefault("50")
        double maxDistanceKm();
    }

    /** The query API. */
    interface Query {
        /** Events per page when the request gives no limit. */
        @WithDefault("50")
        int defaultLimit();

        /** The largest page a request may ask for. */
        @WithDefault("500")
        int maxLimit();

        /** The most (day, type, country pair) cells one aggregate returns. */
        @WithDefault("10000")
        int maxAggregateRows();
    }

    /** Writing reports from {@code events.extracted}. */
    interface Write {
        /**
         * Most reports written in one transaction. Reports that arrive while a transaction runs
         * wait and go together in the next; one by one, the writers of one article's events
         * mostly waited for each other's locks.
         */
        @WithDefault("16")
        int maxBatch();

        /**
         * Transactions of reports written at the same time (database connections they use), each
         * for its own share of the articles. More than one, because each report still costs
         * round trips, which on a busy machine wait for PostgreSQL to be scheduled: in one
         * transaction at a time they only add up.
         */
        @WithDefault("4")
        int transactions();
    }

    /** Retrying writes that failed for a transient reason (database down, pool exhausted). */
    interface Retry {
        /** Wait before the first retry; doubles each time. */
        @WithDefault("200ms")
        Duration initialBackoff();

        /** The longest wait between retries; retries never stop while the service runs. */
        @WithDefault("30s")
        Duration maxBackoff();
    }

    /** The live stream (SSE). */
    interface Live {
        /** How often a subscriber looks for new events when no write woke it. */
        @WithDefault("2s")
        Duration pollInterval();

        /** Events read per look. */
        @WithDefault("200")
        int batchSize();
    }

    /** Exports. */
    interface Export {
        /** Rows read from the database per round trip while streaming an export. */
        @WithDefault("1000")
        int pageSize();
    }
}
