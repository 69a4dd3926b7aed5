package org.polevents.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintsTest {
    private final Fingerprints prints = new Fingerprints(256, 4, 1);

    private static List<String> words(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add("w" + i);
        }
        return out;
    }

    @Test
    void signatureSimilarityEstimatesJaccard() {
        // {0..99} vs {50..149}: Jaccard 50/150
        byte[] a = prints.signature(prints.shingles(words(0, 100)));
        byte[] b = prints.signature(prints.shingles(words(50, 150)));

        assertThat(Fingerprints.similarity(a, b)).isBetween(0.25, 0.42);
        assertThat(Fingerprints.similarity(a, a)).isEqualTo(1.0);
    }

    @Test
    void exactHashIgnoresNothingButIsStable() {
        assertThat(Fingerprints.exactHash(List.of("a", "b"))).isEqualTo(Fingerprints.exactHash(List.of("a", "b")))
                .isNotEqualTo(Fingerprints.exactHash(List.of("ab")));
    }

    @Test
    void identicalSignaturesShareEveryBand() {
        byte[] a = prints.signature(prints.shingles(words(0, 30)));

        assertThat(prints.bands(a, 1)).containsExactly(prints.bands(a.clone(), 1));
        assertThat(prints.bands(a, 1)).doesNotContain(prints.bands(a, 2));
    }
}
