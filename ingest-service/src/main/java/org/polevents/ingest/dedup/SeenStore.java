package org.polevents.ingest.dedup;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The dedup memory: who claimed each exact key and each near-duplicate signature first.
 *
 * <p>Contract for every implementation:
 * <ul>
 *   <li>first seen wins atomically, also between processes sharing the store;</li>
 *   <li>a claim by the owner that already holds a key is not a duplicate (redelivery);</li>
 *   <li>every claim refreshes the entry's last-seen time; {@link #purgeOlderThan} forgets entries
 *       not seen since the cutoff (the retention window).</li>
 * </ul>
 * Implementations are thread-safe.
 */
public interface SeenStore extends AutoCloseable {

    /** What a key identifies; each kind is its own key space. */
    enum Kind {
        /** a segment's exact comparison key */
        SEGMENT(1),
        /** a segment's exact key scoped to an outlet; its hit count finds outlet-wide boilerplate */
        OUTLET_SEGMENT(2),
        /** a segment's near-duplicate signature */
        SEGMENT_NEAR(3),
        /** an article's near-duplicate signature */
        ARTICLE_NEAR(4);

        public final short code;

        Kind(int code) {
            this.code = (short) code;
        }
    }

    /** An exact key and who claims it (e.g. a segment id). */
    record ExactKey(long hash, String owner) {
        public ExactKey {
            Objects.requireNonNull(owner, "owner");
        }
    }

    /**
     * The outcome of an exact claim.
     *
     * @param owner who holds the key now (the claimant when it was first)
     * @param hits  how many claims the key has had, this one included
     */
    record Claim(String owner, long hits) {
        public boolean ownedBy(String claimant) {
            return owner.equals(claimant);
        }
    }

    /** A near-duplicate signature with its LSH band keys, claimed by {@code owner}. */
    record NearKey(String owner, byte[] signature, long[] bands) {
        public NearKey {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(signature, "signature");
            Objects.requireNonNull(bands, "bands");
        }
    }

    /**
     * The outcome of a near claim: the earlier owner the key is a near duplicate of, with the
     * estimated similarity; or {@link #none()} when the key was new (and is now remembered).
     */
    record NearMatch(String owner, double similarity) {
        private static final NearMatch NONE = new NearMatch(null, 0);

        public static NearMatch none() {
            return NONE;
        }

        public boolean isDuplicate() {
            return owner != null;
        }
    }

    /**
     * Claims each key for its owner, in order; returns one {@link Claim} per key. A key repeated
     * in {@code keys} is owned by its first occurrence.
     */
    List<Claim> claimExact(Kind kind, List<ExactKey> keys, Instant now);

    /**
     * For each key in order: when a remembered signature of this kind (including one claimed
     * earlier in this call) shares a band and its estimated similarity is at least
     * {@code threshold}, returns that owner and remembers nothing; else remembers the key.
     */
    List<NearMatch> claimNear(Kind kind, List<NearKey> keys, double threshold, Instant now);

    /** Forgets entries last seen before {@code cutoff}; returns how many were removed. */
    long purgeOlderThan(Instant cutoff);

    /** Number of remembered entries (exact keys plus signatures). */
    long size();

    @Override
    default void close() {
    }

    /** A store in this process's memory: not durable, not shared. For tests, benchmarks and dev. */
    static SeenStore inMemory() {
        return new InMemorySeenStore();
    }
}
