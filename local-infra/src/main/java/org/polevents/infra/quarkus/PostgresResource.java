package org.polevents.infra.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts the embedded PostgreSQL and points the application's default datasource at a database
 * named by the {@code database} init argument (default {@code polevents_test}).
 */
public final class PostgresResource implements QuarkusTestResourceLifecycleManager {
    private String database = "polevents_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        String url = SharedInfra.database().createDatabase(database);
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // shared across test classes; stopped at JVM exit
    }
}
