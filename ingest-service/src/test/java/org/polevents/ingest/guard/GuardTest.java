package org.polevents.ingest.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuardTest {
    private final ApiKeys keys = ApiKeys.of(List.of("first-key-0123456789", "second-key-0123456789"));

    @Test
    void acceptsOnlyConfiguredKeys() {
        assertThat(keys.accepts("first-key-0123456789")).isTrue();
        assertThat(keys.accepts("second-key-0123456789")).isTrue();
        assertThat(keys.accepts("first-key-012345678")).isFalse();
        assertThat(keys.accepts(null)).isFalse();
        assertThat(keys.accepts(" ")).isFalse();
    }

    @Test
    void keyComesFromXApiKeyOrBearer() {
        assertThat(ApiKeys.presented("Bearer abc", null)).isEqualTo("abc");
        assertThat(ApiKeys.presented("bearer abc", null)).isEqualTo("abc");
        assertThat(ApiKeys.presented("Basic abc", null)).isNull();
        assertThat(ApiKeys.presented("Bearer abc", "xyz")).isEqualTo("xyz");
    }

    @Test
    void enabledAuthNeedsAtLeastOneLongKey() {
        assertThatThrownBy(() -> ApiKeys.of(List.of())).hasMessageContaining("POLEVENTS_INGEST_AUTH_API_KEYS");
        assertThatThrownBy(() -> ApiKeys.of(List.of("short"))).hasMessageContaining("16 characters");
    }

    @Test
    void disabledAuthAcceptsAnyone() {
        assertThat(ApiKeys.notRequired().accepts(null)).isTrue();
    }

    @Test
    void rateLimiterRefusesOverBurstPerClient() {
        RateLimiter limiter = new RateLimiter(1, 3);
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
        assertThat(limiter.tryAcquire("b")).isTrue();
    }
}
