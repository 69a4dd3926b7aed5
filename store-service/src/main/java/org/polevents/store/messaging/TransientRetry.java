package org.polevents.store.messaging;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a write until it succeeds, waiting with exponential backoff between attempts while the
 * failure is transient. A permanent failure is rethrown at once. Retries never give up while the
 * service runs, because giving up would lose the record; they stop only when {@code running}
 * turns false or the thread is interrupted, and then the record stays unacknowledged (its offset
 * uncommitted) for the next consumer. Thread-safe.
 */
public final class TransientRetry {
    private static final Logger LOG = Logger.getLogger(TransientRetry.class);

    /** How to wait; production sleeps the (worker) thread, tests count. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration d) throws InterruptedException;
    }

    /** The write was abandoned without a verdict because the service is stopping. */
    public static final class Abandoned extends Exception {
        Abandoned(String message) {
            super(message);
        }
    }

    private final Duration initial;
    private final Duration max;
    private final Predicate<Throwable> isTransient;
    private final Pause pause;
    private final BooleanSupplier running;
    private final Runnable onRetry;

    public TransientRetry(Duration initial, Duration max, Predicate<Throwable> isTransient, Pause pause,
            BooleanSupplier running, Runnable onRetry) {
        this.initial = initial;
        this.max = max;
        this.isTransient = isTransient;
        this.pause = pause;
        this.running = running;
        this.onRetry = onRetry;
    }

    public <T> T run(String what, Supplier<T> work) throws Abandoned {
        Duration wait = initial;
        for (int attempt = 1;; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!isTransient.test(e)) {
                    throw e;
                }
                if (!running.getAsBoolean()) {
                    throw new Abandoned(what + ": stopping after transient failure " + e.getMessage());
                }
                LOG.warnf("%s failed (attempt %d), retrying in %s: %s", what, attempt, wait, e.getMessage());
                onRetry.run();
                try {
                    pause.pause(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new Abandoned(what + ": interrupted while retrying");
                }
                wait = wait.multipliedBy(2).compareTo(max) > 0 ? max : wait.multipliedBy(2);
            }
        }
    }
}
