package org.polevents.infra.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts the embedded KRaft broker and points the application's Kafka clients at it
 * ({@code kafka.bootstrap.servers}).
 */
public final class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", SharedInfra.broker().bootstrapServers());
    }

    @Override
    public void stop() {
        // shared across test classes; stopped at JVM exit
    }
}
