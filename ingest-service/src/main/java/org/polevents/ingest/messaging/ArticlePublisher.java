package org.polevents.ingest.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.polevents.contracts.RawArticle;

/** Sends accepted articles to {@code articles.raw}, keyed by article id, and waits for the broker's acknowledgement. */
@ApplicationScoped
public class ArticlePublisher {
    public static final String CHANNEL = "articles-out";
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

    private final MutinyEmitter<RawArticle> emitter;

    ArticlePublisher(@Channel(CHANNEL) MutinyEmitter<RawArticle> emitter) {
        this.emitter = emitter;
    }

    /** Publishes all articles and returns their ids once every one is acknowledged. */
    public List<String> publish(List<RawArticle> articles) {
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (RawArticle raw : articles) {
            RawArticle article = raw.withDerivedId();
            ids.add(article.id());
            CompletableFuture<Void> ack = new CompletableFuture<>();
            Message<RawArticle> message = Message.of(article)
                    .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build())
                    // the record continues the HTTP request's trace
                    .addMetadata(TracingMetadata.withCurrent(Context.current()))
                    .withAck(() -> {
                        ack.complete(null);
                        return CompletableFuture.completedFuture(null);
                    })
                    .withNack(e -> {
                        ack.completeExceptionally(e);
                        return CompletableFuture.completedFuture(null);
                    });
            emitter.sendMessageAndForget(message);
            acks.add(ack);
        }
        try {
            CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailed("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailed("articles.raw did not acknowledge: " + e, e);
        }
        return ids;
    }
}
