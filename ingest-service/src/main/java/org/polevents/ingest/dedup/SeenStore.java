package org.polevents.ingest.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

        /** The kind stored as {@code code}. */
        public static Kind of(short code) {
            for (Kind k : values()) {
                if (k.code == code) {
                    return k;
                }
            }
            throw new IllegalArgumentException("no dedup kind " + code);
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
     * Everything one article claims, in the order the pipeline decides it: the article as a whole
     * ({@link Kind#ARTICLE_NEAR}), its segments' exact keys ({@link Kind#SEGMENT}) and outlet-scoped
     * keys ({@link Kind#OUTLET_SEGMENT}), then its long segments' near keys
     * ({@link Kind#SEGMENT_NEAR}). A near key whose owner lost one of its {@code segments} claims is
     * not claimed: a segment already seen word for word is not remembered again as a signature.
     *
     * @param article          the article's near key, or null when it is too short to compare
     * @param articleThreshold similarity from which the article is a near copy
     * @param segments         exact keys, owned by segment ids
     * @param outletSegments   outlet-scoped exact keys (empty without an outlet)
     * @param segmentNear      near keys of segments, owned by the same segment ids
     * @param segmentThreshold similarity from which a segment is a near copy
     */
    record ArticleKeys(NearKey article, double articleThreshold, List<ExactKey> segments,
            List<ExactKey> outletSegments, List<NearKey> segmentNear, double segmentThreshold) {
        public ArticleKeys {
            segments = List.copyOf(segments);
            outletSegments = List.copyOf(outletSegments);
            segmentNear = List.copyOf(segmentNear);
        }
    }

    /**
     * What {@link #claimArticles} decided for one {@link ArticleKeys}, list for list; a near key that
     * was not claimed (its segment lost its exact claim) has {@link NearMatch#none()}.
     */
    record ArticleClaims(NearMatch article, List<Claim> segments, List<Claim> outletSegments,
            List<NearMatch> segmentNear) {
    }

    /**
     * Claims the keys of several articles: the result is the same as claiming them one article
     * after the other, in list order, with {@link #claimNear} and {@link #claimExact} (which is what
     * this default does); implementations may decide the whole list at once.
     */
    default List<ArticleClaims> claimArticles(List<ArticleKeys> articles, Instant now) {
        List<ArticleClaims> out = new ArrayList<>(articles.size());
        for (ArticleKeys a : articles) {
            NearMatch article = a.article() == null ? NearMatch.none()
                    : claimNear(Kind.ARTICLE_NEAR, List.of(a.article()), a.articleThreshold(), now).get(0);
            List<Claim> segments = claimExact(Kind.SEGMENT, a.segments(), now);
            List<Claim> outletSegments = claimExact(Kind.OUTLET_SEGMENT, a.outletSegments(), now);
            Set<String> lost = new HashSet<>();
            for (int i = 0; i < segments.size(); i++) {
                if (!segments.get(i).ownedBy(a.segments().get(i).owner())) {
                    lost.add(a.segments().get(i).owner());
                }
            }
            List<NearKey> open = a.segmentNear().stream().filter(k -> !lost.contains(k.owner())).toList();
            List<NearMatch> matches = claimNear(Kind.SEGMENT_NEAR, open, a.segmentThreshold(), now);
            List<NearMatch> segmentNear = new ArrayList<>(a.segmentNear().size());
            int next = 0;
            for (NearKey k : a.segmentNear()) {
                segmentNear.add(lost.contains(k.owner()) ? NearMatch.none() : matches.get(next++));
            }
            out.add(new ArticleClaims(article, segments, outletSegments, segmentNear));
        }
        return out;
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
