package org.polevents.deploy.local;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the local stack keeps its data and which ports it asks for (0 = any free port; a taken
 * preferred port falls back to a free one).
 *
 * @param home       the project checkout, holding the built services
 * @param dataDir    broker log, database cluster and service logs; reused across runs (durable dedup)
 * @param scram      the broker requires SASL/SCRAM and each service logs in as its own user, given
 *                   only through the environment variables an external cluster would use
 * @param serviceEnv further environment for every service (e.g. {@code QUARKUS_LOG_CONSOLE_JSON_ENABLED})
 * @param postgresConfig further PostgreSQL server settings (the load benchmark's statement profile)
 */
record StackSettings(Path home, Path dataDir, int kafkaPort, int postgresPort, int ingestPort, int extractPort,
        int storePort, int partitions, boolean scram, Map<String, String> serviceEnv, Map<String, String> postgresConfig) {

    StackSettings {
        serviceEnv = Map.copyOf(serviceEnv);
        postgresConfig = Map.copyOf(postgresConfig);
    }

    /** PLAINTEXT broker, no extra service environment. */
    StackSettings(Path home, Path dataDir, int kafkaPort, int postgresPort, int ingestPort, int extractPort,
            int storePort, int partitions) {
        this(home, dataDir, kafkaPort, postgresPort, ingestPort, extractPort, storePort, partitions, false, Map.of(),
                Map.of());
    }

    static StackSettings defaults(Path home) {
        return new StackSettings(home, home.resolve(".polevents"), 9092, 5432, 8081, 8082, 8083, 3);
    }

    /** A throw-away stack on free ports (tests, evaluation). */
    static StackSettings ephemeral(Path home, Path dataDir) {
        return new StackSettings(home, dataDir, 0, 0, 0, 0, 0, 3);
    }

    /** The same stack with a broker that requires SASL/SCRAM. */
    StackSettings withScram() {
        return new StackSettings(home, dataDir, kafkaPort, postgresPort, ingestPort, extractPort, storePort, partitions,
                true, serviceEnv, postgresConfig);
    }

    /** The same stack with one more environment variable for every service. */
    StackSettings withServiceEnv(String name, String value) {
        Map<String, String> env = new HashMap<>(serviceEnv);
        env.put(name, value);
        return new StackSettings(home, dataDir, kafkaPort, postgresPort, ingestPort, extractPort, storePort, partitions,
                scram, env, postgresConfig);
    }

    /** The same stack with one more PostgreSQL server setting. */
    StackSettings withPostgresConfig(String name, String value) {
        Map<String, String> config = new HashMap<>(postgresConfig);
        config.put(name, value);
        return new StackSettings(home, dataDir, kafkaPort, postgresPort, ingestPort, extractPort, storePort, partitions,
                scram, serviceEnv, config);
    }
}
