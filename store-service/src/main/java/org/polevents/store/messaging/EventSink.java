package org.polevents.store.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.store.live.LiveFeed;
import org.polevents.store.config.StoreConfig;
import org.polevents.store.persist.EventRepository;
import org.polevents.store.persist.ReportBatcher;
import org.polevents.store.persist.ReportToStore;
import org.polevents.store.persist.StoreOutcome;

/**
 * {@code events-in} ({@code events.extracted}) → the event store. Acks after the write commits;
 * nacks (→ {@code events.extracted.dlq} with the reason) what can never be stored; retries
 * transient database failures; leaves the record unacknowledged if the service stops mid-retry.
 */
@ApplicationScoped
public class EventSink {
    /** The worker pool of event writes; its size is {@code smallrye.messaging.worker.store-event-writers.max-concurrency}. */
    static final String WORKER_POOL = "store-event-writers";
    private static final Logger LOG = Logger.getLogger(EventSink.class);
    private final ReportBatcher writes;
    private final RecordDecoder decoder;
    private final StoreMetrics metrics;
    private final TransientRetry retry;
    private final LiveFeed live;

    public EventSink(EventRepository repository, ObjectMapper json, StoreMetrics metrics, SinkSupport support,
            LiveFeed live, StoreConfig config) {
        // through the bean's proxy, so that each group and each single write is its own transaction
        this.writes = new ReportBatcher(new ReportBatcher.Writes() {
            @Override
            public List<StoreOutcome> storeAll(List<ReportToStore> reports) {
                return repository.storeAll(reports);
            }

            @Override
            public StoreOutcome store(ReportToStore r) {
                return repository.store(r.event(), r.producedAt());
            }
        }, config.write().maxBatch(), config.write().transactions());
        this.decoder = new RecordDecoder(json);
        this.metrics = metrics;
        this.retry = support.retry(Channels.EVENTS_IN);
        this.live = live;
    }

    /**
     * Reports are handed over concurrently by a pool of workers and written in groups, one
     * transaction per group ({@link ReportBatcher}); each worker acks its record once its group has
     * committed. Each write is idempotent and writers that could merge into the same event
     * serialise on database advisory locks, so order does not matter; the throttled commit
     * strategy commits an offset only once every record before it is acked.
     */
    @Incoming(Channels.EVENTS_IN)
    @Blocking(value = WORKER_POOL, ordered = false)
    public CompletionStage<Void> consume(Message<String> message) {
        try {
            PoliticalEvent event = decoder.event(message.getPayload());
            Instant producedAt = producedAt(message);
            ReportToStore report = new ReportToStore(event, producedAt);
            StoreOutcome outcome = retry.run("store event " + event.id(), () -> writes.store(report));
            metrics.event(outcome);
            if (outcome.kind() == StoreOutcome.Kind.STORED || outcome.kind() == StoreOutcome.Kind.MERGED) {
                live.wake();
            }
            return message.ack();
        } catch (TransientRetry.Abandoned e) {
            LOG.warn(e.getMessage() + "; record left uncommitted for redelivery");
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            LOG.warnf("events-in: dead-lettering record: %s", Failures.reason(e));
            metrics.deadLettered(Channels.EVENTS_IN);
            return message.nack(e);
        }
    }

    /** Writes the reports already handed over; later ones stay unacknowledged for redelivery. */
    @PreDestroy
    void close() {
        writes.close();
    }

    /**
     * When extract-service produced the record (its Kafka timestamp): orders two coder versions
     * of one article that share a rules version. Null off Kafka (the in-memory test connector).
     */
    private static Instant producedAt(Message<String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getTimestamp)
                .filter(t -> t.toEpochMilli() > 0).orElse(null);
    }
}
