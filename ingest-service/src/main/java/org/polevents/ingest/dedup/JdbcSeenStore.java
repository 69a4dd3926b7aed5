package org.polevents.ingest.dedup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.polevents.ingest.dedup.ClaimBatch.ExactRow;
import org.polevents.ingest.dedup.ClaimBatch.ExactStep;
import org.polevents.ingest.dedup.ClaimBatch.FreshSignature;
import org.polevents.ingest.dedup.ClaimBatch.NearStep;
import org.polevents.ingest.dedup.ClaimBatch.Owner;
import org.polevents.ingest.dedup.ClaimBatch.Step;

/**
 * {@link SeenStore} in PostgreSQL (tables of {@code db/migration/V1__dedup_state.sql}): durable
 * across restarts and shared by any number of ingest instances.
 *
 * <p>Every call — one article's four claims with {@link #claimArticles}, or several articles' —
 * is one transaction of three round trips ({@link ClaimBatch} makes the decisions in between):
 * <ol>
 *   <li>take a transaction-scoped advisory lock on every LSH band key the call compares (in
 *       ascending order, so two instances cannot deadlock); claim every exact key with one
 *       {@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING owner, hits} (the first insert wins
 *       atomically, later claims get the winner back and bump its hit count); read the signatures
 *       sharing those bands. Two instances racing on near copies share at least one band, so the
 *       second waits for the first to commit and then reads its signature;</li>
 *   <li>insert the new signatures and their bands, refresh the last-seen time of the matched ones;</li>
 *   <li>commit.</li>
 * </ol>
 * Each round trip is one message exchange however many statements it holds. Exact keys are claimed
 * in (kind, hash) order so concurrent transactions lock rows in the same order; deadlocks and
 * serialization failures are retried. Thread-safe (each call uses its own connection).
 */
public final class JdbcSeenStore implements SeenStore {
    private static final int RETRIES = 5;

    /**
     * Locks, exact claims and candidates. The lock statement finishes before the candidate query
     * starts, and in READ COMMITTED each statement reads a fresh snapshot, so the candidates include
     * whatever a transaction we waited for committed. Plans are made for the actual arrays
     * (force_custom_plan): a cached generic plan cannot tell how selective the lookups are. The
     * candidate query is an index lookup per band and one per candidate signature ({@code LATERAL ...
     * OFFSET 0} keeps the planner from turning them into a hash join that reads every signature, as it
     * does for a few thousand bands). A signature that shares several bands with the batch is read
     * once, with the list of those bands: similar segments share most of their bands, and reading the
     * signature once per band made this the ingest's costliest statement.
     */
    private static final String CLAIM = """
            SET LOCAL plan_cache_mode TO force_custom_plan;
            SELECT count(pg_advisory_xact_lock(k)) FROM unnest(?::bigint[]) AS k;
            INSERT INTO dedup_exact AS e (kind, hash, owner, hits, first_seen, last_seen)
            SELECT t.k, t.h, t.o, t.c, ?, ? FROM unnest(?::smallint[], ?::bigint[], ?::text[], ?::bigint[])
                 WITH ORDINALITY AS t(k, h, o, c, n)
            ORDER BY t.n
            ON CONFLICT (kind, hash) DO UPDATE
               SET hits = e.hits + EXCLUDED.hits, last_seen = GREATEST(e.last_seen, EXCLUDED.last_seen)
            RETURNING kind, hash, owner, hits;
            SELECT c.kind, c.bands, c.owner, n.signature
            FROM (SELECT b.kind, b.owner, array_agg(b.band) AS bands
                  FROM unnest(?::smallint[], ?::bigint[]) AS q(kind, band)
                  CROSS JOIN LATERAL (SELECT * FROM dedup_near_band b WHERE b.band = q.band AND b.kind = q.kind OFFSET 0) b
                  GROUP BY b.kind, b.owner) c
            CROSS JOIN LATERAL (SELECT n.signature FROM dedup_near n WHERE n.kind = c.kind AND n.owner = c.owner OFFSET 0) n""";

    /** New signatures (each owner once) and their bands; matched signatures seen again. */
    private static final String REMEMBER = """
            INSERT INTO dedup_near AS d (kind, owner, signature, first_seen, last_seen)
            SELECT t.k, t.o, t.s, ?, ? FROM unnest(?::smallint[], ?::text[], ?::bytea[]) WITH ORDINALITY AS t(k, o, s, n)
            ORDER BY t.n
            ON CONFLICT (kind, owner) DO UPDATE SET last_seen = GREATEST(d.last_seen, EXCLUDED.last_seen);
            INSERT INTO dedup_near_band (kind, band, owner)
            SELECT * FROM unnest(?::smallint[], ?::bigint[], ?::text[])
            ON CONFLICT DO NOTHING;
            UPDATE dedup_near d SET last_seen = GREATEST(d.last_seen, ?)
            FROM unnest(?::smallint[], ?::text[]) AS t(k, o)
            WHERE d.kind = t.k AND d.owner = t.o""";

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
     *                          Waiting costs a disk flush per transaction.
     */
    public JdbcSeenStore(DataSource dataSource, boolean synchronousCommit) {
        this.dataSource = dataSource;
        this.synchronousCommit = synchronousCommit;
    }

    @Override
    public List<Claim> claimExact(Kind kind, List<ExactKey> keys, Instant now) {
        if (keys.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Claim> claims = (List<Claim>) run(List.of(new ExactStep(kind, keys)), now).get(0);
        return claims;
    }

    @Override
    public List<NearMatch> claimNear(Kind kind, List<NearKey> keys, double threshold, Instant now) {
        if (keys.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<NearMatch> matches = (List<NearMatch>) run(List.of(new NearStep(kind, keys, threshold, -1)), now).get(0);
        return matches;
    }

    /** All articles in one transaction; the same outcome as claiming them one after the other. */
    @Override
    @SuppressWarnings("unchecked")
    public List<ArticleClaims> claimArticles(List<ArticleKeys> articles, Instant now) {
        if (articles.isEmpty()) {
            return List.of();
        }
        List<Step> steps = new ArrayList<>(articles.size() * 4);
        for (ArticleKeys a : articles) {
            steps.add(new NearStep(Kind.ARTICLE_NEAR, a.article() == null ? List.of() : List.of(a.article()),
                    a.articleThreshold(), -1));
            steps.add(new ExactStep(Kind.SEGMENT, a.segments()));
            steps.add(new ExactStep(Kind.OUTLET_SEGMENT, a.outletSegments()));
            steps.add(new NearStep(Kind.SEGMENT_NEAR, a.segmentNear(), a.segmentThreshold(), steps.size() - 2));
        }
        List<List<?>> results = run(steps, now);
        List<ArticleClaims> out = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            List<NearMatch> article = (List<NearMatch>) results.get(4 * i);
            out.add(new ArticleClaims(article.isEmpty() ? NearMatch.none() : article.get(0),
                    (List<Claim>) results.get(4 * i + 1), (List<Claim>) results.get(4 * i + 2),
                    (List<NearMatch>) results.get(4 * i + 3)));
        }
        return out;
    }

    /** Runs the steps in one transaction (retried whole on deadlock); one result list per step. */
    private List<List<?>> run(List<Step> steps, Instant now) {
        return retry(() -> {
            ClaimBatch batch = new ClaimBatch(steps);
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    claim(c, batch, now);
                    List<List<?>> results = batch.resolve();
                    remember(c, batch, now);
                    c.commit();
                    return results;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            }
        });
    }

    private void claim(Connection c, ClaimBatch batch, Instant now) throws SQLException {
        List<ExactRow> exact = batch.exactKeys();
        Short[] kinds = new Short[exact.size()];
        Long[] hashes = new Long[exact.size()];
        String[] owners = new String[exact.size()];
        Long[] counts = new Long[exact.size()];
        for (int i = 0; i < exact.size(); i++) {
            kinds[i] = exact.get(i).key().kind();
            hashes[i] = exact.get(i).key().hash();
            owners[i] = exact.get(i).owner();
            counts[i] = (long) exact.get(i).claims();
        }
        ClaimBatch.Bands bands = batch.bands();
        Timestamp ts = Timestamp.from(now);
        String sql = synchronousCommit ? CLAIM : "SET LOCAL synchronous_commit TO OFF;\n" + CLAIM;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            ps.setArray(p++, c.createArrayOf("bigint", Arrays.stream(batch.lockKeys()).boxed().toArray(Long[]::new)));
            ps.setTimestamp(p++, ts);
            ps.setTimestamp(p++, ts);
            ps.setArray(p++, c.createArrayOf("smallint", kinds));
            ps.setArray(p++, c.createArrayOf("bigint", hashes));
            ps.setArray(p++, c.createArrayOf("text", owners));
            ps.setArray(p++, c.createArrayOf("bigint", counts));
            ps.setArray(p++, c.createArrayOf("smallint", bands.kinds()));
            ps.setArray(p, c.createArrayOf("bigint", bands.bands()));
            boolean isResultSet = ps.execute();
            // results in statement order: SETs (update counts), lock count, exact rows, candidates
            int resultSets = 0;
            while (true) {
                if (isResultSet) {
                    try (ResultSet rs = ps.getResultSet()) {
                        resultSets++;
                        while (rs.next()) {
                            if (resultSets == 2) {
                                batch.exactRow(rs.getShort(1), rs.getLong(2), rs.getString(3), rs.getLong(4));
                            } else if (resultSets == 3) {
                                short kind = rs.getShort(1);
                                String owner = rs.getString(3);
                                byte[] signature = rs.getBytes(4);
                                for (Long band : (Long[]) rs.getArray(2).getArray()) {
                                    batch.candidate(kind, band, owner, signature);
                                }
                            }
                        }
                    }
                } else if (ps.getUpdateCount() == -1) {
                    break;
                }
                isResultSet = ps.getMoreResults();
            }
            if (resultSets != 3) {
                throw new SQLException("expected 3 result sets from the claim statements, got " + resultSets);
            }
        }
    }

    private static void remember(Connection c, ClaimBatch batch, Instant now) throws SQLException {
        List<FreshSignature> fresh = batch.fresh();
        List<Owner> touched = batch.touched();
        if (fresh.isEmpty() && touched.isEmpty()) {
            return;
        }
        // one signature per owner (the first remembered), as separate claims would have kept it
        Map<Owner, byte[]> signatures = new LinkedHashMap<>();
        Set<List<Object>> bandRows = new LinkedHashSet<>();
        for (FreshSignature f : fresh) {
            Owner o = new Owner(f.kind().code, f.key().owner());
            signatures.putIfAbsent(o, f.key().signature());
            for (long b : f.key().bands()) {
                bandRows.add(List.of(f.kind().code, b, f.key().owner()));
            }
        }
        List<Owner> sigOwners = new ArrayList<>(signatures.keySet());
        Timestamp ts = Timestamp.from(now);
        try (PreparedStatement ps = c.prepareStatement(REMEMBER)) {
            int p = 1;
            ps.setTimestamp(p++, ts);
            ps.setTimestamp(p++, ts);
            ps.setArray(p++, c.createArrayOf("smallint", sigOwners.stream().map(Owner::kind).toArray(Short[]::new)));
            ps.setArray(p++, c.createArrayOf("text", sigOwners.stream().map(Owner::owner).toArray(String[]::new)));
            ps.setArray(p++, c.createArrayOf("bytea", signatures.values().toArray(new byte[0][])));
            ps.setArray(p++, c.createArrayOf("smallint", bandRows.stream().map(r -> (Short) r.get(0)).toArray(Short[]::new)));
            ps.setArray(p++, c.createArrayOf("bigint", bandRows.stream().map(r -> (Long) r.get(1)).toArray(Long[]::new)));
            ps.setArray(p++, c.createArrayOf("text", bandRows.stream().map(r -> (String) r.get(2)).toArray(String[]::new)));
            ps.setTimestamp(p++, ts);
            ps.setArray(p++, c.createArrayOf("smallint", touched.stream().map(Owner::kind).toArray(Short[]::new)));
            ps.setArray(p, c.createArrayOf("text", touched.stream().map(Owner::owner).toArray(String[]::new)));
            ps.execute(); // the driver reads every statement's outcome here, so any error is raised now
        }
    }

    @Override
    public long purgeOlderThan(Instant cutoff) {
        return retry(() -> {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                long removed = 0;
                Timestamp ts = Timestamp.from(cutoff);
                // a signature and its bands go in one statement (one snapshot): a signature seen again
                // meanwhile keeps all of its bands
                for (String sql : List.of("DELETE FROM dedup_exact WHERE last_seen < ?", """
                        WITH gone AS (DELETE FROM dedup_near WHERE last_seen < ? RETURNING kind, owner),
                             bands AS (DELETE FROM dedup_near_band b USING gone
                                       WHERE b.kind = gone.kind AND b.owner = gone.owner)
                        SELECT count(*) FROM gone""")) {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setTimestamp(1, ts);
                        if (ps.execute()) {
                            try (ResultSet rs = ps.getResultSet()) {
                                rs.next();
                                removed += rs.getLong(1);
                            }
                        } else {
                            removed += ps.getUpdateCount();
                        }
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
