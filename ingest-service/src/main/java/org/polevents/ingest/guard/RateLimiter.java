package org.polevents.ingest.guard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * A token bucket per client (API key or address): {@code perSecond} requests a second on average,
 * bursts of up to {@code burst}. Buckets of idle clients are forgotten after ten minutes, so the
 * number of remembered clients stays bounded. Thread-safe.
 */
public final class RateLimiter {
    private final Cache<String, Bucket> buckets;
    private final int perSecond;
    private final int burst;

    public RateLimiter(int perSecond, int burst) {
        if (perSecond <= 0 || burst < perSecond) {
            throw new IllegalArgumentException("rate limit needs perSecond > 0 and burst >= perSecond");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();
    }

    /** Takes one token for this client; false when the client is over its rate. */
    public boolean tryAcquire(String client) {
        return buckets.get(client, c -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
                .build()).tryConsume(1);
    }
}
