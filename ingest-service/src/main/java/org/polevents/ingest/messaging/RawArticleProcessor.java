package org.polevents.ingest.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.common.errors.RetriableException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.polevents.ingest.dedup.JdbcSeenStore;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import io.smallrye.reactive.messaging.TracingMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.polevents.contracts.RawArticle;
import org.polevents.contracts.SegmentBatch;
import org.polevents.ingest.pipeline.Drop;
import org.polevents.ingest.pipeline.IngestPipeline;
import org.polevents.ingest.pipeline.IngestResult;
import org.polevents.ingest.pipeline.UnparseableArticle;

/**
 * {@code articles-in} → pipeline → {@code segments-out}. Several articles are processed at once:
 * dedup claims are atomic in the shared store, so of two copies in flight exactly one wins, and
 * offsets are committed only up to the oldest unfinished record. A record that
 * cannot be parsed or processed is nacked and goes to {@code articles.raw.dlq} with the reason.
 */
@ApplicationScoped
public class RawArticleProcessor {
    public static final String CHANNEL_IN = "articles-in";
    /** The named worker pool; its size is smallrye.messaging.worker.ingest-pool.max-concurrency. */
    static final String WORKER_POOL = "ingest-pool";
    public static final String CHANNEL_OUT = "segments-out";
    private static final Logger LOG = Logger.getLogger(RawArticleProcessor.class);

    private final IngestPipeline pipeline;
    private final MutinyEmitter<Record<String, SegmentBatch>> out;
    private final ObjectMapper json;
    private final MeterRegistry metrics;

    RawArticleProcessor(IngestPipeline pipeline, @Channel(CHANNEL_OUT) MutinyEmitter<Record<String, SegmentBatch>> out,
            ObjectMapper json, MeterRegistry metrics) {
        this.pipeline = pipeline;
        this.out = out;
        this.json = json;
        this.metrics = metrics;
    }

    /**
     * Transient failures — the dedup database or the broker unreachable — are retried with backoff
     * for as long as they last: the record stays uncommitted and nothing is dead-lettered for an
     * outage. Reprocessing is safe because dedup claims are owned by the article id, so a retried
     * (or redelivered) article finds its own claims and emits the same batches again.
     */
    @Incoming(CHANNEL_IN)
    @Blocking(value = WORKER_POOL, ordered = false)
    @Retry(maxRetries = -1, maxDuration = 0, delay = 200, jitter = 100,
            retryOn = {JdbcSeenStore.DedupStoreException.class, RetriableException.class},
            abortOn = UnparseableArticle.class)
    @ExponentialBackoff(maxDelay = 10, maxDelayUnit = ChronoUnit.SECONDS)
    public void process(Record<String, String> record, Optional<TracingMetadata> trace) {
        RawArticle article = parse(record);
        IngestResult result = pipeline.process(article);
        for (SegmentBatch batch : result.kept()) {
            out.sendMessageAndAwait(traced(Record.of(batch.articleId(), batch), trace));
            metrics.counter("polevents.ingest.segments", "outcome", "kept", "reason", "content")
                    .increment(batch.segments().size());
        }
        for (Drop drop : result.drops()) {
            metrics.counter("polevents.ingest.segments", "outcome", "dropped", "reason", drop.reason()).increment();
            LOG.debugf("dropped from %s (%s%s): %.80s", drop.articleId(), drop.reason(),
                    drop.duplicateOf() == null ? "" : " of " + drop.duplicateOf(), drop.text());
        }
        metrics.counter("polevents.ingest.articles", "outcome", result.kept().isEmpty() ? "all-dropped" : "kept").increment();
    }

    private RawArticle parse(Record<String, String> record) {
        if (record.value() == null || record.value().isBlank()) {
            throw new UnparseableArticle("empty record value");
        }
        RawArticle article;
        try {
            article = json.readValue(record.value(), RawArticle.class);
        } catch (JsonProcessingException e) {
            throw new UnparseableArticle("not an article JSON object: " + e.getOriginalMessage());
        }
        if (article == null || article.body() == null || article.body().isBlank()) {
            throw new UnparseableArticle("article has no body");
        }
        if ((article.id() == null || article.id().isBlank()) && record.key() != null && !record.key().isBlank()) {
            article = article.withId(record.key());
        }
        return article.withDerivedId();
    }

    /** The outgoing record continues the incoming record's trace (W3C traceparent header). */
    private static Message<Record<String, SegmentBatch>> traced(Record<String, SegmentBatch> record, Optional<TracingMetadata> trace) {
        Message<Record<String, SegmentBatch>> m = Message.of(record);
        return trace.map(m::addMetadata).orElse(m);
    }
}
