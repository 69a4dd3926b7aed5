package org.polevents.deploy.local;

import java.nio.file.Path;

/**
 * Where the local stack keeps its data and which ports it asks for (0 = any free port; a taken
 * preferred port falls back to a free one).
 *
 * @param home    the project checkout, holding the built services
 * @param dataDir broker log, database cluster and service logs; reused across runs (durable dedup)
 */
record StackSettings(Path home, Path dataDir, int kafkaPort, int postgresPort, int ingestPort, int extractPort,
        int storePort, int partitions) {

    static StackSettings defaults(Path home) {
        return new StackSettings(home, home.resolve(".polevents"), 9092, 5432, 8081, 8082, 8083, 3);
    }

    /** A throw-away stack on free ports (tests, evaluation). */
    static StackSettings ephemeral(Path home, Path dataDir) {
        return new StackSettings(home, dataDir, 0, 0, 0, 0, 0, 3);
    }
}
