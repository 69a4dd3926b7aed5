package org.polevents.store.persist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
import org.polevents.contracts.PoliticalEvent;
import org.polevents.store.Events;

/** Group commit of reports, against a recording target: grouping, limits, failures, closing. */
class ReportBatcherTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final List<ReportBatcher> batchers = new ArrayList<>();

    @AfterEach
    void stop() {
        pool.shutdownNow();
        batchers.forEach(ReportBatcher::close);
    }

    private ReportBatcher batcher(ReportBatcher.Writes target, int max) {
        ReportBatcher b = new ReportBatcher(target, max, 1);
        batchers.add(b);
        return b;
    }

    private static ReportToStore report(String id) {
        PoliticalEvent e = Events.event(id, "article-" + id, "CONSULT", "043", Events.actor("USA", "GOV", null),
                Events.actor("AFG", "GOV", null), null, "2025-01-05", "2025-01-05T09:00:00Z");
        return new ReportToStore(e, null);
    }

    /** Records the calls it gets; the first waits until {@code release}; a report named {@code failFor} fails. */
    private static final class Recording implements ReportBatcher.Writes {
        final List<List<String>> calls = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstCallStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile String failFor;

        private void enter(List<ReportToStore> reports) {
            calls.add(reports.stream().map(r -> r.event().id()).toList());
            firstCallStarted.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            if (reports.stream().anyMatch(r -> r.event().id().equals(failFor))) {
                throw new IllegalStateException("cannot store " + failFor);
            }
        }

        @Override
        public List<StoreOutcome> storeAll(List<ReportToStore> reports) {
            enter(reports);
            return reports.stream().map(r -> StoreOutcome.stored(r.event().id())).toList();
        }

        @Override
        public StoreOutcome store(ReportToStore report) {
            enter(List.of(report));
            return StoreOutcome.stored(report.event().id());
        }
    }

    /** Stores "first", and while its write is busy hands over {@code later}; then lets the writes go. */
    private List<Future<StoreOutcome>> whileFirstWriteIsBusy(Recording target, ReportBatcher batcher, List<String> later)
            throws Exception {
        List<Future<StoreOutcome>> out = new ArrayList<>();
        out.add(pool.submit(() -> batcher.store(report("first"))));
        assertThat(target.firstCallStarted.await(10, TimeUnit.SECONDS)).isTrue();
        for (String id : later) {
            out.add(pool.submit(() -> batcher.store(report(id))));
            // one at a time, so that the arrival order is the list order
            int queued = out.size() - 1;
            await().atMost(Duration.ofSeconds(10)).until(() -> batcher.queued() == queued);
        }
        target.release.countDown();
        return out;
    }

    @Test
    void reportsThatArriveWhileAGroupIsWrittenGoTogetherInArrivalOrder() throws Exception {
        Recording target = new Recording();
        ReportBatcher batcher = batcher(target, 8);

        List<Future<StoreOutcome>> results = whileFirstWriteIsBusy(target, batcher, List.of("a", "b", "c"));

        assertThat(results.get(0).get(10, TimeUnit.SECONDS)).isEqualTo(StoreOutcome.stored("first"));
        assertThat(results.get(2).get(10, TimeUnit.SECONDS)).isEqualTo(StoreOutcome.stored("b"));
        for (Future<StoreOutcome> f : results) {
            f.get(10, TimeUnit.SECONDS);
        }
        // the first alone (nothing else was waiting), then the three in the order they came
        assertThat(target.calls).containsExactly(List.of("first"), List.of("a", "b", "c"));
    }

    @Test
    void aFailingGroupIsWrittenOneByOneSoOnlyTheReportAtFaultFails() throws Exception {
        Recording target = new Recording();
        target.failFor = "bad";
        ReportBatcher batcher = batcher(target, 8);

        List<Future<StoreOutcome>> results = whileFirstWriteIsBusy(target, batcher, List.of("good-1", "bad", "good-2"));

        assertThat(results.get(1).get(10, TimeUnit.SECONDS)).isEqualTo(StoreOutcome.stored("good-1"));
        assertThatThrownBy(() -> results.get(2).get(10, TimeUnit.SECONDS)).hasRootCauseMessage("cannot store bad");
        assertThat(results.get(3).get(10, TimeUnit.SECONDS)).isEqualTo(StoreOutcome.stored("good-2"));
        // the group once, then each report alone
        assertThat(target.calls).extracting(List::size).containsExactly(1, 3, 1, 1, 1);
    }

    @Test
    void groupsHoldAtMostTheLimitOfReports() throws Exception {
        Recording target = new Recording();
        ReportBatcher batcher = batcher(target, 2);

        for (Future<StoreOutcome> f : whileFirstWriteIsBusy(target, batcher, List.of("n0", "n1", "n2", "n3", "n4"))) {
            f.get(10, TimeUnit.SECONDS);
        }

        assertThat(target.calls).extracting(List::size).containsExactly(1, 2, 2, 1);
    }

    @Test
    void aClosedBatcherRefusesReportsWithAFailureOfItsOwn() {
        Recording target = new Recording();
        target.release.countDown();
        ReportBatcher batcher = batcher(target, 4);
        batcher.close();

        assertThatThrownBy(() -> batcher.store(report("late"))).isInstanceOf(ReportBatcher.Closed.class);
        assertThat(target.calls).isEmpty();
    }
}
