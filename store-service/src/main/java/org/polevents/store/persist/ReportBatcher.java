package org.polevents.store.persist;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Puts the {@link #store} calls of concurrent consumer workers into one transaction (group
 * commit): while a group is being written, the reports that arrive wait and go together as the
 * next group. Why: extract-service emits all events of an article at once, so concurrent writers
 * of single reports mostly queued on that article's lock, one short transaction after another.
 * Within a group the reports are written in arrival order, each exactly as writing it alone right
 * after the ones before it would have (same idempotency, merging and coder-version rules; see
 * {@link EventWriter#writeAll}); a caller returns only once its group has committed, so its
 * record is acknowledged after the commit, as before.
 *
 * <p>When a group fails, its reports are written one by one, so a failure reaches only the report
 * that causes it (and every report when the database is down), and each caller classifies and
 * retries its own failure.
 *
 * <p>Each writing thread takes the reports of its share of the articles (by hash), so groups
 * written at the same time hold different article locks; they can still share merge keys, whose
 * locks every group takes first in one sorted order.
 *
 * <p>Thread-safe. Groups are written on threads of its own, started by the constructor and
 * stopped by {@link #close()} once the queued reports are written.
 */
public final class ReportBatcher implements AutoCloseable {
    /** Where the reports go: a group in one transaction, or one report in its own. */
    public interface Writes {
        List<StoreOutcome> storeAll(List<ReportToStore> reports);

        StoreOutcome store(ReportToStore report);
    }

    /** The batcher was closed (the service is stopping); the report was not written. */
    public static final class Closed extends IllegalStateException {
        Closed(String message) {
            super(message);
        }
    }

    private final Writes target;
    private final int maxReports;
    /** One queue per writing thread; an article's reports always go to the same one. */
    private final List<BlockingQueue<Pending>> queues = new ArrayList<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean closed;

    private record Pending(ReportToStore report, CompletableFuture<StoreOutcome> result) {
    }

    /**
     * @param maxReports   most reports written in one transaction; bounds the locks and the
     *                     work one failure repeats
     * @param transactions groups written at the same time (database connections used)
     */
    public ReportBatcher(Writes target, int maxReports, int transactions) {
        if (maxReports < 1 || transactions < 1) {
            throw new IllegalArgumentException("maxReports and transactions must be at least 1, not "
                    + maxReports + " and " + transactions);
        }
        this.target = target;
        this.maxReports = maxReports;
        for (int i = 0; i < transactions; i++) {
            BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
            queues.add(queue);
            Thread t = new Thread(() -> work(queue), "store-report-groups-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    /**
     * Writes the report with those of other callers and returns once that transaction committed.
     *
     * @throws Closed when the batcher is closed before the report is written
     */
    public StoreOutcome store(ReportToStore report) {
        Pending p = new Pending(report, new CompletableFuture<>());
        synchronized (this) {
            // nothing is queued after close(), which lets the writing threads finish the queue and stop
            if (closed) {
                throw new Closed("report writer is closed; " + report.event().id() + " not written");
            }
            // by article: concurrent groups then never wait for each other's article locks, and
            // an article's events (extract-service emits them together) share one transaction
            queues.get(Math.floorMod(report.event().articleId().hashCode(), queues.size())).add(p);
        }
        try {
            return p.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Closed("interrupted while writing " + report.event().id());
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

    /** Reports waiting for the next group (tests wait on it instead of sleeping). */
    int queued() {
        return queues.stream().mapToInt(BlockingQueue::size).sum();
    }

    private void work(BlockingQueue<Pending> queue) {
        List<Pending> group = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.clear();
                group.add(first);
                queue.drainTo(group, maxReports - 1);
                write(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failAll(group);
                failAll(new ArrayList<>(queue));
                return;
            }
        }
    }

    private void write(List<Pending> group) {
        if (group.size() > 1) {
            List<StoreOutcome> outcomes;
            try {
                outcomes = target.storeAll(group.stream().map(Pending::report).toList());
            } catch (RuntimeException | Error e) {
                outcomes = null; // one by one below, so that only the report at fault fails
            }
            if (outcomes != null) {
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).result().complete(outcomes.get(i));
                }
                return;
            }
        }
        for (Pending p : group) {
            try {
                p.result().complete(target.store(p.report()));
            } catch (RuntimeException | Error e) {
                p.result().completeExceptionally(e);
            }
        }
    }

    private static void failAll(List<Pending> pending) {
        for (Pending p : pending) {
            p.result().completeExceptionally(new Closed("interrupted before " + p.report().event().id() + " was written"));
        }
    }

    /** Writes what is queued and stops the writing threads. */
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
    }
}
