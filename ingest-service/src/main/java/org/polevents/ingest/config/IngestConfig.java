package org.polevents.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Everything ingest-service can be told, under {@code polevents.ingest}. */
@ConfigMapping(prefix = "polevents.ingest")
public interface IngestConfig {

    /** Largest accepted article body, in characters; larger pushes get 413. */
    @WithDefault("1000000")
    int maxBodyChars();

    Dedup dedup();

    Auth auth();

    RateLimit rateLimit();

    interface Auth {
        /** Whether write endpoints need an API key. Switch off only on a closed network. */
        @WithDefault("true")
        boolean enabled();

        /** Accepted API keys (at least 16 characters each); required when {@code enabled}. */
        Optional<List<String>> apiKeys();
    }

    interface RateLimit {
        /** Average write requests a second allowed per client (API key, or address without one). */
        @WithDefault("200")
        int perSecond();

        /** Largest burst of write requests per client. */
        @WithDefault("1000")
        int burst();
    }

    interface Dedup {
        /** Where dedup memory lives: {@code jdbc} (PostgreSQL, durable, shared by instances) or {@code memory}. */
        @WithDefault("jdbc")
        String store();

        /** How long a seen segment or article is remembered. */
        @WithDefault("P30D")
        Duration retention();

        /**
         * Most articles whose claims share one database transaction (articles processed at the
         * same time are claimed together). Each article takes about 200 advisory locks, which
         * PostgreSQL keeps in a table sized by {@code max_locks_per_transaction}.
         */
        @WithDefault("8")
        int maxBatch();

        /**
         * Groups of claims in flight at once, each on its own database connection: while one group
         * waits for the database, the next is claimed.
         */
        @WithDefault("2")
        int claimThreads();
    }
}
