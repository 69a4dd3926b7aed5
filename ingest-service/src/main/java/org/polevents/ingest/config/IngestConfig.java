package org.polevents.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Everything ingest-service can be told, under {@code polevents.ingest}. */
@ConfigMapping(prefix = "polevents.ingest")
public interface IngestConfig {

    /** Largest accepted article body, in characters; larger pushes get 413. */
    @WithDefault("2000000")
    int maxBodyChars();

    Dedup dedup();

    interface Dedup {
        /** Where dedup memory lives: {@code jdbc} (PostgreSQL, durable, shared by instances) or {@code memory}. */
        @WithDefault("jdbc")
        String store();

        /** How long a seen segment or article is remembered. */
        @WithDefault("P30D")
        Duration retention();
    }
}
