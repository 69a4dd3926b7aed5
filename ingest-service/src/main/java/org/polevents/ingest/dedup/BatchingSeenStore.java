package org.polevents.ingest.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Puts the {@link #claimArticles} calls of concurrent threads into one call of the store it wraps:
 * while a group is being claimed, the calls that arrive wait and go together as the next group
 * (group commit). With a {@link JdbcSeenStore} that is one transaction for several articles
 * instead of one each. Within a group each caller gets what claiming its articles alone would have
 * given right after the calls queued before it ({@link SeenStore#claimArticles} decides a list as
 * if one by one, in order). Groups on different claim threads run concurrently, like claims of
 * different instances: the store keeps "first seen wins" between them.
 *
 * <p>When a group fails, its calls are retried one by one, so a failure reaches only the call that
 * causes it (and every call when the database is down). The other methods go straight to the
 * wrapped store.
 *
 * <p>Thread-safe. Claims run on threads of its own, started by the constructor and stopped by
 * {@link #close()} once the queued calls are claimed.
 */
public final class BatchingSeenStore implements SeenStore {
    private final SeenStore target;
    private final int maxArticles;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean closed;

    private record Pending(List<ArticleKeys> articles, Instant now, CompletableFuture<List<ArticleClaims>> result) {
    }

    /** One claim thread. */
    public BatchingSeenStore(SeenStore target, int maxArticles) {
        this(target, maxArticles, 1);
    }

    /**
     * @param maxArticles  most articles claimed in one group (a call with more goes alone); bounds
     *                     the advisory locks one transaction holds (about 200 per article)
     * @param claimThreads groups claimed at the same time (database connections used)
     */
    public BatchingSeenStore(SeenStore target, int maxArticles, int claimThreads) {
        if (maxArticles < 1 || claimThreads < 1) {
            throw new IllegalArgumentException("maxArticles and claimThreads must be at least 1, not "
                    + maxArticles + " and " + claimThreads);
        }
        this.target = target;
        this.maxArticles = maxArticles;
        for (int i = 0; i < claimThreads; i++) {
            Thread t = new Thread(this::work, "dedup-claims-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    @Override
    public List<ArticleClaims> claimArticles(List<ArticleKeys> articles, Instant now) {
        if (articles.isEmpty()) {
            return List.of();
        }
        Pending p = new Pending(List.copyOf(articles), now, new CompletableFuture<>());
        synchronized (this) {
            // nothing is queued after close(), which lets the claiming thread finish the queue and stop
            if (closed) {
                throw new IllegalStateException("dedup store is closed");
            }
            queue.add(p);
        }
        try {
            return p.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while claiming", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void work() {
        List<Pending> group = new ArrayList<>();
        Pending carried = null;
        while (!closed || carried != null || !queue.isEmpty()) {
            try {
                Pending first = carried != null ? carried : queue.poll(100, TimeUnit.MILLISECONDS);
                carried = null;
                if (first == null) {
                    continue;
                }
                group.clear();
                group.add(first);
                int articles = first.articles().size();
                Pending next;
                while (articles < maxArticles && (next = queue.poll()) != null) {
                    if (articles + next.articles().size() > maxArticles) {
                        carried = next; // first of the next group, so that arrival order is kept
                        break;
                    }
                    group.add(next);
                    articles += next.articles().size();
                }
                claim(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failAll(group, e);
                failAll(new ArrayList<>(queue), e);
                return;
            }
        }
    }

    private void claim(List<Pending> group) {
        if (group.size() > 1) {
            List<ArticleKeys> all = new ArrayList<>();
            Instant now = Instant.MIN;
            for (Pending p : group) {
                all.addAll(p.articles());
                now = p.now().isAfter(now) ? p.now() : now; // within milliseconds of each other
            }
            List<ArticleClaims> claims;
            try {
                claims = target.claimArticles(all, now);
            } catch (RuntimeException | Error e) {
                claims = null; // one by one below, so that only the call at fault fails
            }
            if (claims != null) {
                int from = 0;
                for (Pending p : group) {
                    int to = from + p.articles().size();
                    p.result().complete(List.copyOf(claims.subList(from, to)));
                    from = to;
                }
                return;
            }
        }
        for (Pending p : group) {
            try {
                p.result().complete(target.claimArticles(p.articles(), p.now()));
            } catch (RuntimeException | Error e) {
                p.result().completeExceptionally(e);
            }
        }
    }

    private static void failAll(List<Pending> pending, Throwable why) {
        for (Pending p : pending) {
            p.result().completeExceptionally(new IllegalStateException("dedup claims interrupted", why));
        }
    }

    @Override
    public List<Claim> claimExact(Kind kind, List<ExactKey> keys, Instant now) {
        return target.claimExact(kind, keys, now);
    }

    @Override
    public List<NearMatch> claimNear(Kind kind, List<NearKey> keys, double threshold, Instant now) {
        return target.claimNear(kind, keys, threshold, now);
    }

    @Override
    public long purgeOlderThan(Instant cutoff) {
        return target.purgeOlderThan(cutoff);
    }

    @Override
    public long size() {
        return target.size();
    }

    /** Claims what is queued, stops the claiming thread and closes the wrapped store. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        try {
            for (Thread t : workers) {
                t.join(30_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        target.close();
    }
}
