package org.polevents.ingest.dedup;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import java.util.List;

/**
 * Hashes and similarity signatures of token sequences. Thread-safe (hash4j hashers and policies
 * are stateless; a {@link SimilarityHasher} is created per call because it is not).
 *
 * <p>Signatures use 16-bit components, so two signatures' similarity is the share of equal
 * 2-byte groups ({@link #similarity}); the chance that unrelated components agree (1/65536) is
 * negligible at the thresholds used.
 */
public final class Fingerprints {
    static final int COMPONENT_BITS = 16;
    private static final Hasher64 HASH = Hashing.komihash5_0();

    private final SimilarityHashPolicy policy;
    private final int rowsPerBand;
    private final int bands;
    private final int shingle;

    /**
     * @param components  number of MinHash components (signature is {@code 2 * components} bytes)
     * @param rowsPerBand components per LSH band; {@code components / rowsPerBand} bands
     * @param shingle     words per shingle
     */
    public Fingerprints(int components, int rowsPerBand, int shingle) {
        this.policy = SimilarityHashing.superMinHash(components, COMPONENT_BITS);
        this.rowsPerBand = rowsPerBand;
        this.bands = components / rowsPerBand;
        this.shingle = shingle;
    }

    /**
     * For segments: 100 components in 20 bands of 5, word pairs as shingles: a paragraph is short,
     * and one changed word alters only two pairs, so a one-word edit of a 20-word paragraph still
     * scores about 0.8. Measured on these signatures (FingerprintsTest), a pair at Jaccard 0.69
     * shares a band with p≈0.998, at 0.82 always. Bands of 5 keep unrelated paragraphs apart: every
     * candidate is a signature read from the dedup store, and with the earlier bands of 3 (48
     * components, 16 bands) unrelated paragraphs of formulaic news prose ("the foreign minister said
     * on Monday that ...") at Jaccard 0.25 were candidates with p≈0.25 and at 0.14 with p≈0.06, so
     * candidates grew with the store (800 per article after 5,000 generated articles: the ingest's
     * costliest query); with bands of 5, p≈0.08 and p≈0.008.
     */
    public static Fingerprints forSegments() {
        return new Fingerprints(100, 5, 2);
    }

    /** For articles: 126 components in 42 bands of 3 (Jaccard 0.5 shares a band with p≈0.996). */
    public static Fingerprints forArticles() {
        return new Fingerprints(126, 3, 3);
    }

    /** The exact-match key of a comparison-token sequence. */
    public static long exactHash(List<String> tokens) {
        long h = 0x51ED270B27A3C6F5L;
        for (String t : tokens) {
            h = HASH.hashLongLongToLong(h, HASH.hashCharsToLong(t));
        }
        return HASH.hashLongLongToLong(h, tokens.size());
    }

    /** A key scoped to an outlet: the same segment counted per outlet. */
    public static long scoped(String scope, long hash) {
        return HASH.hashLongLongToLong(HASH.hashCharsToLong(scope), hash);
    }

    /** Shingle hashes of {@code tokens}: one per window of {@code shingle} words (one if shorter). */
    public long[] shingles(List<String> tokens) {
        int n = tokens.size();
        long[] tokenHashes = new long[n];
        for (int i = 0; i < n; i++) {
            tokenHashes[i] = HASH.hashCharsToLong(tokens.get(i));
        }
        if (n <= shingle) {
            long h = 0;
            for (long t : tokenHashes) {
                h = HASH.hashLongLongToLong(h, t);
            }
            return new long[] {h};
        }
        long[] out = new long[n - shingle + 1];
        for (int i = 0; i < out.length; i++) {
            long h = tokenHashes[i];
            for (int k = 1; k < shingle; k++) {
                h = HASH.hashLongLongToLong(h, tokenHashes[i + k]);
            }
            out[i] = h;
        }
        return out;
    }

    public byte[] signature(long[] shingles) {
        SimilarityHasher hasher = policy.createHasher();
        return hasher.compute(ElementHashProvider.ofValues(shingles));
    }

    /** LSH band keys of a signature; {@code salt} separates the key spaces of different uses. */
    public long[] bands(byte[] signature, long salt) {
        long[] out = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = HASH.hashLongLongToLong(salt, b);
            for (int r = 0; r < rowsPerBand; r++) {
                h = HASH.hashLongLongToLong(h, policy.getComponent(signature, b * rowsPerBand + r));
            }
            out[b] = h;
        }
        return out;
    }

    /** Estimated Jaccard similarity of the shingle sets behind two signatures (0–1). */
    public static double similarity(byte[] a, byte[] b) {
        if (a.length != b.length || a.length == 0) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i + 1 < a.length; i += 2) {
            if (a[i] == b[i] && a[i + 1] == b[i + 1]) {
                equal++;
            }
        }
        return equal / (a.length / 2.0);
    }
}
