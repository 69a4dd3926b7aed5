package org.polevents.ingest.dedup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * {@link SeenStore} in PostgreSQL (tables of {@code db/migration/V1__dedup_state.sql}): durable
 * across restarts and shared by any number of ingest instances.
 *
 * <ul>
 *   <li>Exact claims are one {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING owner}: the
 *       first insert wins atomically, later claims get the winner back and bump its hit count.</li>
 *   <li>Near claims run in one transaction that first takes a transaction-scoped advisory lock on
 *       every LSH band key of the batch (in ascending order, so two instances cannot deadlock).
 *       Two instances racing on near copies share at least one band, so the second waits for the
 *       first to commit and then sees its signature.</li>
 * </ul>
 * Keys are sorted before inserting so concurrent batches lock rows in the same order; deadlocks
 * and serialization failures are retried. Thread-safe (each call uses its own connection).
 */
public final class JdbcSeenStore implements SeenStore {
    private static final int RETRIES = 5;
    /** Separates this store's advisory lock keys from other users of the database. */
    private static final long LOCK_SALT = 0x706F6C6576656E74L; // "polevent"

    private final DataSource dataSource;
    private final boolean synchronousCommit;

    /** A store that does not wait for the WAL flush on commit; see {@link #JdbcSeenStore(DataSource, boolean)}. */
    public JdbcSeenStore(DataSource dataSource) {
        this(dataSource, false);
    }

    /**
     * @param synchronousCommit wait for each claim's commit to reach disk. Off by default: a commit
     *                          is still atomic and immediately visible to every instance; only a
     *                          crash of the database server itself can lose the last fraction of a
     *                          second of claims (then a copy processed again is let through once).
     *                          Waiting costs a disk flush per claim, about four per article.
     */
    public JdbcSeenStore(DataSource dataSource, boolean synchronousCommit) {
        this.dataSource = dataSource;
        this.synchronousCommit = synchronousCommit;
    }

    /**
     * Starts a transaction on {@code c} with this store's commit mode. Plans are made for the
     * actual key arrays: a cached generic plan cannot tell how selective "band = ANY(?)" is and
     * falls back to scanning the whole kind.
     */
    private void begin(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (var st = c.createStatement()) {
            st.execute(synchronousCommit ? "SET LOCAL plan_cache_mode TO force_custom_plan"
                    : "SET LOCAL plan_cache_mode TO force_custom_plan; SET LOCAL synchronous_commit TO OFF");
        }
    }

    @Override
    public List<Claim> claimExact(Kind kind, List<ExactKey> keys, Instant now) {
        if (keys.isEmpty()) {
            return List.of();
        }
        // first occurrence in the call owns a repeated key; insert in ascending key order
        Map<Long, String> firstOwner = new LinkedHashMap<>();
        for (ExactKey k : keys) {
            firstOwner.putIfAbsent(k.hash(), k.owner());
        }
        Long[] hashes = firstOwner.keySet().toArray(new Long[0]);
        Arrays.sort(hashes);
        String[] owners = new String[hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            owners[i] = firstOwner.get(hashes[i]);
        }
        Map<Long, Claim> result = retry(() -> {
            try (Connection c = dataSource.getConnection()) {
                begin(c);
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO dedup_exact (kind, hash, owner, hits, first_seen, last_seen)
                        SELECT ?, t.h, t.o, 1, ?, ? FROM unnest(?::bigint[], ?::text[]) WITH ORDINALITY AS t(h, o, n)
                        ORDER BY t.n
                        ON CONFLICT (kind, hash) DO UPDATE
                           SET hits = dedup_exact.hits + 1,
                               last_seen = GREATEST(dedup_exact.last_seen, EXCLUDED.last_seen)
                        RETURNING hash, owner, hits""")) {
                    Timestamp ts = Timestamp.from(now);
                    ps.setShort(1, kind.code);
                    ps.setTimestamp(2, ts);
                    ps.setTimestamp(3, ts);
                    ps.setArray(4, c.createArrayOf("bigint", hashes));
                    ps.setArray(5, c.createArrayOf("text", owners));
                    Map<Long, Claim> claims = new HashMap<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            claims.put(rs.getLong(1), new Claim(rs.getString(2), rs.getLong(3)));
                        }
                    }
                    c.commit();
                    return claims;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            }
        });
        // a key repeated within the call maps to the same row, owned by its first occurrence
        List<Claim> out = new ArrayList<>(keys.size());
        for (ExactKey k : keys) {
            out.add(result.get(k.hash()));
        }
        return out;
    }

    @Override
    public List<NearMatch> claimNear(Kind kind, List<NearKey> keys, double threshold, Instant now) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return retry(() -> {
            try (Connection c = dataSource.getConnection()) {
                begin(c);
                try {
                    List<NearMatch> out = claimNearInTransaction(c, kind, keys, threshold, now);
                    c.commit();
                    return out;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            }
        });
    }

    private List<NearMatch> claimNearInTransaction(Connection c, Kind kind, List<NearKey> keys, double threshold,
            Instant now) throws SQLException {
        TreeSet<Long> bands = new TreeSet<>();
        for (NearKey k : keys) {
            for (long b : k.bands()) {
                bands.add(b);
            }
        }
        Long[] bandArray = bands.toArray(new Long[0]);
        Long[] lockKeys = new Long[bandArray.length];
        for (int i = 0; i < bandArray.length; i++) {
            lockKeys[i] = lockKey(kind, bandArray[i]);
        }
        Arrays.sort(lockKeys);
        try (PreparedStatement lock = c.prepareStatement(
                "SELECT count(pg_advisory_xact_lock(s.k)) FROM (SELECT DISTINCT unnest(?::bigint[]) AS k ORDER BY 1) s")) {
            lock.setArray(1, c.createArrayOf("bigint", lockKeys));
            lock.executeQuery().close();
        }
        // candidates: band -> (owner -> signature). Two index lookups rather than one join: with a
        // generic plan for "= ANY(?)" the join degrades to scanning every signature of the kind.
        Map<Long, List<String>> ownersByBand = new HashMap<>();
        Set<String> candidateOwners = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT band, owner FROM dedup_near_band WHERE kind = ? AND band = ANY(?::bigint[])")) {
            ps.setShort(1, kind.code);
            ps.setArray(2, c.createArrayOf("bigint", bandArray));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ownersByBand.computeIfAbsent(rs.getLong(1), b -> new ArrayList<>()).add(rs.getString(2));
                    candidateOwners.add(rs.getString(2));
                }
            }
        }
        Map<String, byte[]> signatures = new HashMap<>();
        if (!candidateOwners.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT owner, signature FROM dedup_near WHERE kind = ? AND owner = ANY(?::text[])")) {
                ps.setShort(1, kind.code);
                ps.setArray(2, c.createArrayOf("text", candidateOwners.toArray(new String[0])));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        signatures.put(rs.getString(1), rs.getBytes(2));
                    }
                }
            }
        }
        Map<Long, Map<String, byte[]>> byBand = new HashMap<>();
        ownersByBand.forEach((band, owners) -> {
            Map<String, byte[]> m = byBand.computeIfAbsent(band, b -> new HashMap<>());
            for (String o : owners) {
                byte[] sig = signatures.get(o);
                if (sig != null) {
                    m.put(o, sig);
                }
            }
        });
        List<NearMatch> out = new ArrayList<>(keys.size());
        List<NearKey> fresh = new ArrayList<>();
        Set<String> touched = new LinkedHashSet<>();
        for (NearKey k : keys) {
            String best = null;
            double bestSimilarity = 0;
            boolean self = false;
            for (long band : k.bands()) {
                for (Map.Entry<String, byte[]> e : byBand.getOrDefault(band, Map.of()).entrySet()) {
                    double s = Fingerprints.similarity(k.signature(), e.getValue());
                    if (s < threshold) {
                        continue;
                    }
                    if (e.getKey().equals(k.owner())) {
                        self = true;
                    } else if (s > bestSimilarity) {
                        best = e.getKey();
                        bestSimilarity = s;
                    }
                }
            }
            if (best != null) {
                touched.add(best);
                out.add(new NearMatch(best, bestSimilarity));
                continue;
            }
            out.add(NearMatch.none());
            if (self) {
                touched.add(k.owner());
                continue;
            }
            fresh.add(k);
            // later keys of this call see this one
            for (long band : k.bands()) {
                byBand.computeIfAbsent(band, b -> new HashMap<>()).put(k.owner(), k.signature());
            }
        }
        Timestamp ts = Timestamp.from(now);
        if (!fresh.isEmpty()) {
            insertSignatures(c, kind, fresh, ts);
        }
        if (!touched.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE dedup_near SET last_seen = GREATEST(last_seen, ?)
                    WHERE kind = ? AND owner = ANY(?::text[])""")) {
                ps.setTimestamp(1, ts);
                ps.setShort(2, kind.code);
                ps.setArray(3, c.createArrayOf("text", touched.stream().sorted().toArray(String[]::new)));
                ps.executeUpdate();
            }
        }
        return out;
    }

    private static void insertSignatures(Connection c, Kind kind, List<NearKey> fresh, Timestamp ts)
            throws SQLException {
        try (PreparedStatement sig = c.prepareStatement("""
                INSERT INTO dedup_near (kind, owner, signature, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (kind, owner) DO UPDATE SET last_seen = GREATEST(dedup_near.last_seen, EXCLUDED.last_seen)""")) {
            for (NearKey k : fresh) {
                sig.setShort(1, kind.code);
                sig.setString(2, k.owner());
                sig.setBytes(3, k.signature());
                sig.setTimestamp(4, ts);
                sig.setTimestamp(5, ts);
                sig.addBatch();
            }
            sig.executeBatch();
        }
        List<Long> bands = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        for (NearKey k : fresh) {
            for (long b : k.bands()) {
                bands.add(b);
                owners.add(k.owner());
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO dedup_near_band (kind, band, owner)
                SELECT ?, t.b, t.o FROM unnest(?::bigint[], ?::text[]) AS t(b, o)
                ON CONFLICT DO NOTHING""")) {
            ps.setShort(1, kind.code);
            ps.setArray(2, c.createArrayOf("bigint", bands.toArray(new Long[0])));
            ps.setArray(3, c.createArrayOf("text", owners.toArray(new String[0])));
            ps.executeUpdate();
        }
    }

    @Override
    public long purgeOlderThan(Instant cutoff) {
        return retry(() -> {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                long removed = 0;
                Timestamp ts = Timestamp.from(cutoff);
                for (String sql : List.of("DELETE FROM dedup_exact WHERE last_seen < ?",
                        "DELETE FROM dedup_near WHERE last_seen < ?")) {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setTimestamp(1, ts);
                        removed += ps.executeUpdate();
                    }
                }
                return removed;
            }
        });
    }

    @Override
    public long size() {
        return retry(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement(
                            "SELECT (SELECT count(*) FROM dedup_exact) + (SELECT count(*) FROM dedup_near)");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static long lockKey(Kind kind, long band) {
        long h = (band ^ LOCK_SALT) * 0x9E3779B97F4A7C15L + kind.code;
        return h ^ (h >>> 29);
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work}, retrying deadlocks (40P01) and serialization failures (40001). */
    private static <T> T retry(SqlWork<T> work) {
        SQLException last = null;
        for (int attempt = 0; attempt < RETRIES; attempt++) {
            try {
                return work.run();
            } catch (SQLException e) {
                last = e;
                String state = e.getSQLState();
                if (!"40P01".equals(state) && !"40001".equals(state)) {
                    break;
                }
            }
        }
        throw new DedupStoreException("dedup store failed: " + (last == null ? "" : last.getMessage()), last);
    }

    /** The database could not be used; transient as far as the caller knows (retry the record). */
    public static final class DedupStoreException extends RuntimeException {
        DedupStoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }

}
