package org.polevents.ingest.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.polevents.ingest.dedup.SeenStore.Claim;
import org.polevents.ingest.dedup.SeenStore.ExactKey;
import org.polevents.ingest.dedup.SeenStore.Kind;
import org.polevents.ingest.dedup.SeenStore.NearKey;
import org.polevents.ingest.dedup.SeenStore.NearMatch;

/**
 * The decisions of a sequence of claim calls ({@link Step}s) taken together in one database
 * transaction, with the same outcome as making the calls one after the other.
 *
 * <p>Use: {@link #exactKeys()}, {@link #lockKeys()} and {@link #bands()} say what to ask the
 * database for (claim these exact keys, lock these bands, fetch the signatures sharing these
 * bands); {@link #exactRow} and {@link #candidate} take the answers; {@link #resolve()} replays the
 * steps in order against those answers plus what earlier steps remembered, and returns one result
 * list per step; {@link #fresh()} and {@link #touched()} then say what to write back.
 *
 * <p>Why replaying is exact: every exact key of the batch is claimed in one statement that adds
 * the number of steps claiming it to the hit count, so the n-th step sees the count a sequential
 * n-th claim would have seen. The batch holds the advisory lock of every band it reads before
 * reading, so no other transaction adds a signature to those bands until it commits; and the
 * signatures the batch itself remembers are added to the candidates as the replay goes.
 *
 * <p>Not thread-safe; one per transaction attempt.
 */
final class ClaimBatch {
    /** Separates this store's advisory lock keys from other users of the database. */
    private static final long LOCK_SALT = 0x706F6C6576656E74L; // "polevent"

    /** One claim call of the batch. */
    sealed interface Step permits ExactStep, NearStep {
    }

    /** {@link SeenStore#claimExact}. */
    record ExactStep(Kind kind, List<ExactKey> keys) implements Step {
    }

    /**
     * {@link SeenStore#claimNear}, except that keys whose owner lost a claim of step {@code gate}
     * (an earlier {@link ExactStep}, or -1 for none) are not claimed and get {@link NearMatch#none()}.
     */
    record NearStep(Kind kind, List<NearKey> keys, double threshold, int gate) implements Step {
    }

    /** An exact key as stored: kind and hash. */
    record KindHash(short kind, long hash) implements Comparable<KindHash> {
        @Override
        public int compareTo(KindHash o) {
            int c = Short.compare(kind, o.kind);
            return c != 0 ? c : Long.compare(hash, o.hash);
        }
    }

    /** One row to claim: owner of its first occurrence, and how many steps claim it. */
    record ExactRow(KindHash key, String owner, int claims) {
    }

    /** A near key this batch remembers. */
    record FreshSignature(Kind kind, NearKey key) {
    }

    /** A remembered signature whose last-seen time moves on. */
    record Owner(short kind, String owner) implements Comparable<Owner> {
        @Override
        public int compareTo(Owner o) {
            int c = Short.compare(kind, o.kind);
            return c != 0 ? c : owner.compareTo(o.owner);
        }
    }

    private record Band(short kind, long band) {
    }

    private final List<Step> steps;
    private final List<ExactRow> exactKeys;
    /** (kind, band) → owner → signature: candidates read from the database, then this batch's own. */
    private final Map<Band, Map<String, byte[]>> byBand = new HashMap<>();
    private final Map<KindHash, Claim> claimed = new HashMap<>();
    private final List<FreshSignature> fresh = new ArrayList<>();
    private final Set<Owner> touched = new TreeSet<>();

    ClaimBatch(List<Step> steps) {
        this.steps = List.copyOf(steps);
        for (int i = 0; i < this.steps.size(); i++) {
            if (this.steps.get(i) instanceof NearStep n && n.gate() >= 0
                    && (n.gate() >= i || !(this.steps.get(n.gate()) instanceof ExactStep))) {
                throw new IllegalArgumentException("step " + i + " is gated by " + n.gate()
                        + ", which is not an earlier exact step");
            }
        }
        // in (kind, hash) order, so that concurrent batches lock rows in the same order
        Map<KindHash, ExactRow> rows = new TreeMap<>();
        for (Step step : this.steps) {
            if (step instanceof ExactStep e) {
                Map<Long, String> firstOwner = new LinkedHashMap<>();
                for (ExactKey k : e.keys()) {
                    firstOwner.putIfAbsent(k.hash(), k.owner());
                }
                firstOwner.forEach((hash, owner) -> rows.merge(new KindHash(e.kind().code, hash),
                        new ExactRow(new KindHash(e.kind().code, hash), owner, 1),
                        (earlier, later) -> new ExactRow(earlier.key(), earlier.owner(), earlier.claims() + 1)));
            }
        }
        this.exactKeys = List.copyOf(rows.values());
    }

    /** The exact keys to claim, each once, in (kind, hash) order. */
    List<ExactRow> exactKeys() {
        return exactKeys;
    }

    /**
     * Advisory lock keys of every band the batch reads, distinct and ascending (the order every
     * transaction takes them in, so that two cannot deadlock).
     */
    long[] lockKeys() {
        return bandStream().mapToLong(b -> lockKey(b.kind(), b.band())).distinct().sorted().toArray();
    }

    /** The distinct (kind, band) pairs whose signatures the batch compares against. */
    Bands bands() {
        List<Band> all = bandStream().toList();
        Short[] kinds = new Short[all.size()];
        Long[] bands = new Long[all.size()];
        for (int i = 0; i < all.size(); i++) {
            kinds[i] = all.get(i).kind();
            bands[i] = all.get(i).band();
        }
        return new Bands(kinds, bands);
    }

    /** Parallel arrays of kinds and band keys, for the database. */
    record Bands(Short[] kinds, Long[] bands) {
    }

    private Stream<Band> bandStream() {
        return steps.stream().filter(NearStep.class::isInstance).map(NearStep.class::cast)
                .flatMap(n -> n.keys().stream().flatMap(k -> Arrays.stream(k.bands()).mapToObj(b -> new Band(n.kind().code, b))))
                .distinct();
    }

    /** The database's answer for one exact key: its owner and hit count after this batch's claims. */
    void exactRow(short kind, long hash, String owner, long hits) {
        claimed.put(new KindHash(kind, hash), new Claim(owner, hits));
    }

    /** A remembered signature sharing a band with the batch. */
    void candidate(short kind, long band, String owner, byte[] signature) {
        byBand.computeIfAbsent(new Band(kind, band), b -> new HashMap<>()).put(owner, signature);
    }

    /**
     * Replays the steps; returns per step a {@code List<Claim>} ({@link ExactStep}) or a
     * {@code List<NearMatch>} ({@link NearStep}), one entry per key.
     *
     * @throws IllegalStateException when the database did not answer for an exact key
     */
    List<List<?>> resolve() {
        Map<KindHash, Integer> seenClaims = new HashMap<>();
        List<List<?>> out = new ArrayList<>(steps.size());
        for (Step step : steps) {
            if (step instanceof ExactStep e) {
                out.add(resolveExact(e, seenClaims));
            } else {
                NearStep n = (NearStep) step;
                Set<String> lost = new HashSet<>();
                if (n.gate() >= 0) {
                    ExactStep gate = (ExactStep) steps.get(n.gate());
                    @SuppressWarnings("unchecked")
                    List<Claim> gateClaims = (List<Claim>) out.get(n.gate());
                    for (int i = 0; i < gateClaims.size(); i++) {
                        if (!gateClaims.get(i).ownedBy(gate.keys().get(i).owner())) {
                            lost.add(gate.keys().get(i).owner());
                        }
                    }
                }
                out.add(resolveNear(n, lost));
            }
        }
        return out;
    }

    private List<Claim> resolveExact(ExactStep e, Map<KindHash, Integer> seenClaims) {
        // a key repeated within one step is one claim, owned by its first occurrence
        Map<Long, Claim> byHash = new HashMap<>();
        List<Claim> out = new ArrayList<>(e.keys().size());
        for (ExactKey k : e.keys()) {
            Claim c = byHash.computeIfAbsent(k.hash(), h -> {
                KindHash key = new KindHash(e.kind().code, h);
                Claim fin = claimed.get(key);
                if (fin == null) {
                    throw new IllegalStateException("no answer for exact key " + key);
                }
                int before = seenClaims.merge(key, 1, Integer::sum) - 1;
                int total = rowClaims(key);
                // the hit count this claim would have seen had the steps run one by one
                return new Claim(fin.owner(), fin.hits() - total + before + 1);
            });
            out.add(c);
        }
        return out;
    }

    private int rowClaims(KindHash key) {
        int lo = 0;
        int hi = exactKeys.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = exactKeys.get(mid).key().compareTo(key);
            if (c == 0) {
                return exactKeys.get(mid).claims();
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        throw new IllegalStateException("not a key of this batch: " + key);
    }

    private List<NearMatch> resolveNear(NearStep n, Set<String> lost) {
        short kind = n.kind().code;
        List<NearMatch> out = new ArrayList<>(n.keys().size());
        for (NearKey k : n.keys()) {
            if (lost.contains(k.owner())) {
                out.add(NearMatch.none());
                continue;
            }
            String best = null;
            double bestSimilarity = 0;
            boolean self = false;
            Set<String> compared = new HashSet<>();
            for (long band : k.bands()) {
                for (Map.Entry<String, byte[]> e : byBand.getOrDefault(new Band(kind, band), Map.of()).entrySet()) {
                    if (!compared.add(e.getKey())) {
                        continue; // similar signatures share several bands; compare each once
                    }
                    double s = Fingerprints.similarity(k.signature(), e.getValue());
                    if (s < n.threshold()) {
                        continue;
                    }
                    if (e.getKey().equals(k.owner())) {
                        self = true;
                    } else if (s > bestSimilarity || (s == bestSimilarity && e.getKey().compareTo(best) < 0)) {
                        // equally similar earlier owners: the smallest id, whatever order they were read in
                        best = e.getKey();
                        bestSimilarity = s;
                    }
                }
            }
            if (best != null) {
                touched.add(new Owner(kind, best));
                out.add(new NearMatch(best, bestSimilarity));
                continue;
            }
            out.add(NearMatch.none());
            if (self) {
                touched.add(new Owner(kind, k.owner()));
                continue;
            }
            fresh.add(new FreshSignature(n.kind(), k));
            // later keys of the batch see this one
            for (long band : k.bands()) {
                byBand.computeIfAbsent(new Band(kind, band), b -> new HashMap<>()).put(k.owner(), k.signature());
            }
        }
        return out;
    }

    /** Signatures remembered by {@link #resolve()}, in order. */
    List<FreshSignature> fresh() {
        return List.copyOf(fresh);
    }

    /** Remembered signatures matched again (last-seen time to refresh), in (kind, owner) order. */
    List<Owner> touched() {
        return List.copyOf(touched);
    }

    static long lockKey(short kind, long band) {
        long h = (band ^ LOCK_SALT) * 0x9E3779B97F4A7C15L + kind;
        return h ^ (h >>> 29);
    }
}
