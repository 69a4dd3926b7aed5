package org.polevents.extract.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.common.errors.RetriableException;
import org.eclipse.microprofile.faulttolerance.Retry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import io.smallrye.reactive.messaging.TracingMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Message;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.contracts.SegmentBatch;
import org.polevents.extract.coder.EventCoder;

/**
 * {@code segments-in} → coder → {@code events-out}. The coder is CPU-bound, hence
 * {@code @Blocking}; articles are independent, so several are coded at once (unordered; offsets
 * are still committed only up to the oldest unfinished record). A record that is not a segment batch, or that the coder fails on, is nacked
 * to {@code segments.dedup.dlq} with the reason. Event ids are deterministic, so a redelivered
 * batch re-emits the same ids and the store ignores them.
 */
@ApplicationScoped
public class SegmentBatchProcessor {
    public static final String CHANNEL_IN = "segments-in";
    /** The named worker pool; its size is smallrye.messaging.worker.coder-pool.max-concurrency. */
    static final String WORKER_POOL = "coder-pool";
    public static final String CHANNEL_OUT = "events-out";

    private final EventCoder coder;
    private final MutinyEmitter<Record<String, PoliticalEvent>> out;
    private final ObjectMapper json;
    private final MeterRegistry metrics;

    SegmentBatchProcessor(EventCoder coder, @Channel(CHANNEL_OUT) MutinyEmitter<Record<String, PoliticalEvent>> out,
            ObjectMapper json, MeterRegistry metrics) {
        this.coder = coder;
        this.out = out;
        this.json = json;
        this.metrics = metrics;
    }

    /** A broker outage while emitting is retried with backoff until it ends; re-emitted events keep their ids. */
    @Incoming(CHANNEL_IN)
    @Blocking(value = WORKER_POOL, ordered = false)
    @Retry(maxRetries = -1, maxDuration = 0, delay = 200, jitter = 100, retryOn = RetriableException.class)
    @ExponentialBackoff(maxDelay = 10, maxDelayUnit = ChronoUnit.SECONDS)
    public void process(Record<String, String> record, Optional<TracingMetadata> trace) {
        SegmentBatch batch = parse(record.value());
        List<PoliticalEvent> events = coder.code(batch);
        // all events of the article are in flight together; the record is done when every one is acknowledged
        List<Uni<Void>> sends = new ArrayList<>();
        for (PoliticalEvent event : events) {
            sends.add(out.sendMessage(traced(Record.of(event.id(), event), trace)));
        }
        if (!sends.isEmpty()) {
            Uni.join().all(sends).andFailFast().await().indefinitely();
        }
        for (PoliticalEvent event : events) {
            metrics.counter("polevents.extract.events", "type", event.type(), "status", String.valueOf(event.status()))
                    .increment();
        }
        metrics.counter("polevents.extract.articles").increment();
        metrics.counter("polevents.extract.segments").increment(batch.segments().size());
    }

    private SegmentBatch parse(String value) {
        if (value == null || value.isBlank()) {
            throw new UnreadableBatch("empty record value");
        }
        try {
            return json.readValue(value, SegmentBatch.class);
        } catch (JsonProcessingException e) {
            throw new UnreadableBatch("not a segment batch: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            throw new UnreadableBatch("invalid segment batch: " + e.getMessage());
        }
    }

    /** The outgoing record continues the incoming record's trace (W3C traceparent header). */
    private static Message<Record<String, PoliticalEvent>> traced(Record<String, PoliticalEvent> record, Optional<TracingMetadata> trace) {
        Message<Record<String, PoliticalEvent>> m = Message.of(record);
        return trace.map(m::addMetadata).orElse(m);
    }
}
