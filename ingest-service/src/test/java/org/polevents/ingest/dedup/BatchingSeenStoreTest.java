package org.polevents.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.polevents.ingest.dedup.SeenStore.ArticleClaims;
import org.polevents.ingest.dedup.SeenStore.ArticleKeys;
import org.polevents.ingest.dedup.SeenStore.Claim;
import org.polevents.ingest.dedup.SeenStore.ExactKey;
import org.polevents.ingest.dedup.SeenStore.Kind;
import org.polevents.ingest.dedup.SeenStore.NearKey;
import org.polevents.ingest.dedup.SeenStore.NearMatch;

class BatchingSeenStoreTest extends SeenStoreContract {
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final List<BatchingSeenStore> stores = new ArrayList<>();

    @Override
    SeenStore store() {
        return batching(SeenStore.inMemory(), 8);
    }

    @Override
    SeenStore anotherStore() {
        return SeenStore.inMemory();
    }

    private BatchingSeenStore batching(SeenStore target, int max) {
        BatchingSeenStore s = new BatchingSeenStore(target, max);
        stores.add(s);
        return s;
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        stores.forEach(BatchingSeenStore::close);
    }

    /** Records the groups it is called with; the first call waits until {@code release}. */
    private static final class Recording implements SeenStore {
        final SeenStore inner = SeenStore.inMemory();
        final List<List<ArticleKeys>> calls = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstCallStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile String failFor;

        @Override
        public List<ArticleClaims> claimArticles(List<ArticleKeys> articles, Instant now) {
            calls.add(articles);
            firstCallStarted.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            if (failFor != null && articles.stream().anyMatch(a -> a.article().owner().equals(failFor))) {
                throw new IllegalStateException("cannot claim " + failFor);
            }
            return inner.claimArticles(articles, now);
        }

        @Override
        public List<Claim> claimExact(Kind kind, List<ExactKey> keys, Instant now) {
            return inner.claimExact(kind, keys, now);
        }

        @Override
        public List<NearMatch> claimNear(Kind kind, List<NearKey> keys, double threshold, Instant now) {
            return inner.claimNear(kind, keys, threshold, now);
        }

        @Override
        public long purgeOlderThan(Instant cutoff) {
            return inner.purgeOlderThan(cutoff);
        }

        @Override
        public long size() {
            return inner.size();
        }
    }

    private List<Future<List<ArticleClaims>>> whileFirstCallIsBusy(Recording target, SeenStore store,
            List<ArticleKeys> later) throws Exception {
        List<Future<List<ArticleClaims>>> out = new ArrayList<>();
        out.add(pool.submit(() -> store.claimArticles(List.of(articleKeys("first", "x", List.of(SENTENCE))), T0)));
        assertThat(target.firstCallStarted.await(10, TimeUnit.SECONDS)).isTrue();
        for (ArticleKeys a : later) {
            out.add(pool.submit(() -> store.claimArticles(List.of(a), T0)));
        }
        // every later call queued behind the busy first one
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (((java.util.concurrent.ThreadPoolExecutor) pool).getActiveCount() < 1 + later.size()
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(100);
        target.release.countDown();
        return out;
    }

    @Test
    void callsThatArriveTogetherAreClaimedAsOneGroupInArrivalOrder() throws Exception {
        Recording target = new Recording();
        SeenStore store = batching(target, 8);
        List<ArticleKeys> later = List.of(articleKeys("a", "x", List.of("Subscribe now")),
                articleKeys("b", "x", List.of("Subscribe now")), articleKeys("c", "x", List.of("Subscribe now")));

        List<Future<List<ArticleClaims>>> results = whileFirstCallIsBusy(target, store, later);
        List<Integer> hits = new ArrayList<>();
        for (Future<List<ArticleClaims>> f : results.subList(1, results.size())) {
            ArticleClaims c = f.get(10, TimeUnit.SECONDS).get(0);
            hits.add((int) c.outletSegments().get(0).hits());
        }
        results.get(0).get(10, TimeUnit.SECONDS);

        assertThat(target.calls).hasSize(2);
        assertThat(target.calls.get(1)).hasSize(3);
        // one after the other within the group: 1, 2, 3 in some arrival order
        assertThat(hits).containsExactlyInAnyOrder(1, 2, 3);
        List<String> groupOrder = target.calls.get(1).stream().map(a -> a.article().owner()).toList();
        for (int i = 0; i < 3; i++) {
            int position = groupOrder.indexOf(later.get(i).article().owner());
            assertThat(hits.get(i)).isEqualTo(position + 1);
        }
    }

    @Test
    void aFailingGroupIsRetriedOneByOneSoOnlyTheCallAtFaultFails() throws Exception {
        Recording target = new Recording();
        target.failFor = "bad";
        SeenStore store = batching(target, 8);
        List<ArticleKeys> later = List.of(articleKeys("good-1", "x", List.of(SENTENCE)),
                articleKeys("bad", "x", List.of("Other text")), articleKeys("good-2", "y", List.of("More text")));

        List<Future<List<ArticleClaims>>> results = whileFirstCallIsBusy(target, store, later);

        assertThat(results.get(1).get(10, TimeUnit.SECONDS).get(0).article().owner()).isEqualTo("first");
        assertThatThrownBy(() -> results.get(2).get(10, TimeUnit.SECONDS)).hasRootCauseMessage("cannot claim bad");
        assertThat(results.get(3).get(10, TimeUnit.SECONDS).get(0).segments().get(0).owner()).isEqualTo("good-2#0");
        // the group once, then each call alone
        assertThat(target.calls).extracting(List::size).containsExactly(1, 3, 1, 1, 1);
    }

    @Test
    void groupsHoldAtMostTheLimitOfArticles() throws Exception {
        Recording target = new Recording();
        SeenStore store = batching(target, 2);
        List<ArticleKeys> later = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            later.add(articleKeys("n" + i, "x", List.of("Line " + i)));
        }

        for (Future<List<ArticleClaims>> f : whileFirstCallIsBusy(target, store, later)) {
            f.get(10, TimeUnit.SECONDS);
        }

        assertThat(target.calls).extracting(List::size).containsExactly(1, 2, 2, 1);
    }

    @Test
    void closedStoreRefusesNewClaims() {
        BatchingSeenStore store = batching(SeenStore.inMemory(), 4);
        store.close();

        assertThatThrownBy(() -> store.claimArticles(List.of(articleKeys("a", "x", List.of(SENTENCE))), T0))
                .isInstanceOf(IllegalStateException.class);
    }
}
