package org.polevents.store.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.polevents.store.persist.StoreFailure;

class TransientRetryTest {
    private final List<Duration> pauses = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger retries = new AtomicInteger();
    private final TransientRetry retry = new TransientRetry(Duration.ofMillis(100), Duration.ofMillis(350),
            Failures::isTransient, pauses::add, running::get, retries::incrementAndGet);

    private static StoreFailure connectionLost() {
        return new StoreFailure("store", new SQLTransientConnectionException("connection refused", "08001"));
    }

    @Test
    void retriesTransientFailuresWithCappedBackoffUntilSuccess() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        String result = retry.run("write", () -> {
            if (attempts.incrementAndGet() < 5) {
                throw connectionLost();
            }
            return "ok";
        });
        assertThat(result).isEqualTo("ok");
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(350),
                Duration.ofMillis(350));
        assertThat(retries).hasValue(4);
    }

    @Test
    void permanentFailuresAreRethrownAtOnce() {
        StoreFailure badData = new StoreFailure("store", new SQLException("invalid byte sequence", "22021"));
        assertThatThrownBy(() -> retry.run("write", () -> {
            throw badData;
        })).isSameAs(badData);
        assertThat(pauses).isEmpty();
    }

    @Test
    void stoppingAbandonsWithoutAVerdict() {
        running.set(false);
        assertThatThrownBy(() -> retry.run("write", () -> {
            throw connectionLost();
        })).isInstanceOf(TransientRetry.Abandoned.class);
    }

    @Test
    void classifiesFailures() {
        assertThat(Failures.isTransient(connectionLost())).isTrue();
        assertThat(Failures.isTransient(new StoreFailure("x", new SQLException("pool timeout")))).isTrue();
        assertThat(Failures.isTransient(new StoreFailure("x", new SQLException("deadlock", "40P01")))).isTrue();
        assertThat(Failures.isTransient(new StoreFailure("x", new SQLException("too long", "22001")))).isFalse();
        assertThat(Failures.isTransient(new UnprocessableRecord("bad"))).isFalse();
        assertThat(Failures.isTransient(new NullPointerException())).isFalse();
        assertThat(Failures.isTransient(new RuntimeException(new jakarta.transaction.RollbackException("x"))))
                .isTrue();
    }
}
