package org.polevents.ingest.messaging;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import java.util.HashMap;
import java.util.Map;

/**
 * Wiring tests only: swaps the Kafka channels for in-memory ones and keeps dedup memory in the
 * JVM, so the HTTP edge and the processor can be checked without a broker. The integration tests
 * use the real broker and database.
 */
public class InMemoryChannels implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        Map<String, String> props = new HashMap<>();
        props.putAll(InMemoryConnector.switchIncomingChannelsToInMemory(RawArticleProcessor.CHANNEL_IN));
        props.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory(ArticlePublisher.CHANNEL, RawArticleProcessor.CHANNEL_OUT));
        props.put("polevents.ingest.dedup.store", "memory");
        props.put("polevents.ingest.max-body-chars", "5000");
        props.put("quarkus.datasource.active", "false");
        props.put("quarkus.flyway.active", "false");
        props.put("quarkus.kafka.health.enabled", "false");
        props.put("polevents.ingest.rate-limit.per-second", "1000");
        props.put("polevents.ingest.rate-limit.burst", "1000");
        return props;
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
    }
}
