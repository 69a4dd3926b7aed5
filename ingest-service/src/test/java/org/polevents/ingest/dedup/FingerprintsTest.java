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

    private static long[] shingleSet(long from, long to, long extraFrom, long extraTo) {
        List<Long> out = new ArrayList<>();
        for (long i = from; i < to; i++) {
            out.add(i * 0x9E3779B97F4A7C15L);
        }
        for (long i = extraFrom; i < extraTo; i++) {
            out.add(i * 0x9E3779B97F4A7C15L);
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static boolean shareBand(Fingerprints f, long[] a, long[] b) {
        long[] bandsA = f.bands(f.signature(a), 7);
        long[] bandsB = f.bands(f.signature(b), 7);
        for (int i = 0; i < bandsA.length; i++) {
            if (bandsA[i] == bandsB[i]) {
                return true;
            }
        }
        return false;
    }

    @Test
    void segmentBandsFindNearCopiesAndRarelyPairUnrelatedParagraphs() {
        Fingerprints segments = Fingerprints.forSegments();
        int nearFound = 0;
        int unrelatedPaired = 0;
        int pairs = 400;
        for (int i = 0; i < pairs; i++) {
            long base = i * 10_000L;
            // 100 shingles, 10 replaced: Jaccard 90/110 ≈ 0.82, a near copy
            long[] original = shingleSet(base, base + 100, 0, 0);
            long[] nearCopy = shingleSet(base, base + 90, base + 5_000, base + 5_010);
            nearFound += shareBand(segments, original, nearCopy) ? 1 : 0;
            // 40 of 160 shingles shared: Jaccard 0.25, formulaic but unrelated prose
            long[] other = shingleSet(base + 60, base + 160, 0, 0);
            unrelatedPaired += shareBand(segments, original, other) ? 1 : 0;
        }

        assertThat(nearFound).isEqualTo(pairs);
        // about 8 % with bands of 5; bands of 3 (the earlier 48 components) paired about 25 %
        assertThat(unrelatedPaired).isLessThan(pairs * 12 / 100);
    }
}
