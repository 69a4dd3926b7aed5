package org.polevents.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polevents.ingest.dedup.SeenStore.ExactKey;
import org.polevents.ingest.dedup.SeenStore.Kind;

class InMemorySeenStoreTest extends SeenStoreContract {
    private final SeenStore store = SeenStore.inMemory();

    @Override
    SeenStore store() {
        return store;
    }

    @Override
    SeenStore anotherStore() {
        return SeenStore.inMemory();
    }

    @Test
    void growsPastItsInitialCapacityWithoutLosingKeys() {
        for (int i = 0; i < 10_000; i++) {
            store.claimExact(Kind.SEGMENT, List.of(new ExactKey(i * 31L, "a" + (i / 20) + "#" + i % 20)), T0);
        }
        for (int i = 0; i < 10_000; i += 997) {
            assertThat(store.claimExact(Kind.SEGMENT, List.of(new ExactKey(i * 31L, "z#0")), T0).get(0).owner())
                    .isEqualTo("a" + (i / 20) + "#" + i % 20);
        }
        assertThat(store.size()).isEqualTo(10_000);
    }

    @Test
    void ownersWithoutSegmentSuffixRoundTrip() {
        store.claimExact(Kind.SEGMENT, List.of(new ExactKey(5, "article-7")), T0);

        assertThat(store.claimExact(Kind.SEGMENT, List.of(new ExactKey(5, "x")), T0).get(0).owner()).isEqualTo("article-7");
    }
}
