package org.polevents.store.messaging;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.polevents.store.config.StoreConfig;

/**
 * What both sinks share: the retry policy, stopped when the application shuts down so that a
 * retrying worker lets go (its record stays uncommitted and is redelivered).
 */
@ApplicationScoped
public class SinkSupport {
    private final StoreConfig config;
    private final StoreMetrics metrics;
    private volatile boolean running = true;

    public SinkSupport(StoreConfig config, StoreMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
    }

    void onStop(@Observes ShutdownEvent ev) {
        running = false;
    }

    TransientRetry retry(String channel) {
        return new TransientRetry(config.retry().initialBackoff(), config.retry().maxBackoff(), Failures::isTransient,
                SinkSupport::sleep, () -> running, () -> metrics.retried(channel));
    }

    // a @Blocking worker thread, never an event loop: waiting here holds back only this channel
    private static void sleep(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis());
    }
}
