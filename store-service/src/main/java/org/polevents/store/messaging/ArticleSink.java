package org.polevents.store.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.polevents.contracts.SegmentBatch;
import org.polevents.store.persist.ArticleRepository;

/**
 * {@code segments-in} ({@code segments.dedup}) → the articles table, so that evidence can be shown
 * in its article. Same failure handling as {@link EventSink}.
 */
@ApplicationScoped
public class ArticleSink {
    private static final Logger LOG = Logger.getLogger(ArticleSink.class);
    private final ArticleRepository repository;
    private final RecordDecoder decoder;
    private final StoreMetrics metrics;
    private final TransientRetry retry;

    public ArticleSink(ArticleRepository repository, ObjectMapper json, StoreMetrics metrics, SinkSupport support) {
        this.repository = repository;
        this.decoder = new RecordDecoder(json);
        this.metrics = metrics;
        this.retry = support.retry(Channels.SEGMENTS_IN);
    }

    @Incoming(Channels.SEGMENTS_IN)
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        try {
            SegmentBatch article = decoder.article(message.getPayload());
            retry.run("store article " + article.articleId(), () -> {
                repository.store(article);
                return article.articleId();
            });
            metrics.article();
            return message.ack();
        } catch (TransientRetry.Abandoned e) {
            LOG.warn(e.getMessage() + "; record left uncommitted for redelivery");
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            LOG.warnf("segments-in: dead-lettering record: %s", Failures.reason(e));
            metrics.deadLettered(Channels.SEGMENTS_IN);
            return message.nack(e);
        }
    }
}
