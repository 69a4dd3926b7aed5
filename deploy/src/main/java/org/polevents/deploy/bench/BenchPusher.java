package org.polevents.deploy.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Pushes generated articles the way a well-behaved producer does: a refused connection, a 5xx or a
 * 429 is retried with backoff until the article is accepted or patience runs out; any other 4xx
 * is final. Only an article answered 202 counts as accepted. Thread-safe.
 */
public final class BenchPusher {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String url;
    private final String apiKey;

    public BenchPusher(String ingestUrl, String apiKey) {
        this.url = ingestUrl + "/articles";
        this.apiKey = apiKey;
    }

    /** Returns true once the article is accepted, false when it was refused or never accepted in time. */
    public boolean push(ArticleGenerator.Generated article, Duration patience) throws InterruptedException {
        String body;
        try {
            body = json.writeValueAsString(Map.of("id", article.id(), "body", article.body()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long deadline = System.nanoTime() + patience.toNanos();
        long backoff = 100;
        while (true) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(40))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + apiKey)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 202) {
                    return true;
                }
                if (r.statusCode() < 500 && r.statusCode() != 429) {
                    return false;
                }
            } catch (IOException e) {
                // service restarting: retry
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(backoff);
            backoff = Math.min(backoff * 2, 2000);
        }
    }

    /**
     * Pushes a stream of articles from {@code threads} concurrent pushers, handing one out every
     * {@code 1/rate} seconds ({@code rate} 0: as fast as the pushers go), and waits for all of them.
     *
     * @param onStart    called by a pusher as it starts on an article (latency bookkeeping)
     * @param afterIssue called on the pacing thread after article {@code i} is handed out (fault
     *                   injection); the stream waits while it runs
     * @return how many articles were accepted
     */
    public int pushAll(List<ArticleGenerator.Generated> articles, double rate, int threads, Duration patience,
            Consumer<ArticleGenerator.Generated> onStart, IntConsumer afterIssue) throws InterruptedException {
        AtomicInteger accepted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        for (int i = 0; i < articles.size(); i++) {
            if (rate > 0) {
                long wait = t0 + (long) (i * 1e9 / rate) - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            ArticleGenerator.Generated a = articles.get(i);
            pool.submit(() -> {
                onStart.accept(a);
                try {
                    if (push(a, patience)) {
                        accepted.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            afterIssue.accept(i);
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException("pushers still busy after 30 minutes");
        }
        return accepted.get();
    }
}
