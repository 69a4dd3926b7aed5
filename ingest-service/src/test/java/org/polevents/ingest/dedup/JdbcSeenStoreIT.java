package org.polevents.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polevents.infra.EmbeddedDatabase;
import org.polevents.ingest.dedup.SeenStore.Claim;
import org.polevents.ingest.dedup.SeenStore.ExactKey;
import org.polevents.ingest.dedup.SeenStore.Kind;
import org.polevents.ingest.dedup.SeenStore.NearMatch;

/** {@link JdbcSeenStore} against a real PostgreSQL (embedded), schema applied by Flyway. */
class JdbcSeenStoreIT extends SeenStoreContract {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedDatabase postgres;

    private String database;
    private JdbcSeenStore store;

    @BeforeAll
    static void startPostgres() {
        postgres = EmbeddedDatabase.ephemeral();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @BeforeEach
    void freshDatabase() {
        database = "dedup_" + DATABASES.incrementAndGet();
        postgres.createDatabase(database);
        DataSource ds = postgres.dataSource(database);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        store = new JdbcSeenStore(ds);
    }

    @Override
    SeenStore store() {
        return store;
    }

    @Override
    SeenStore anotherStore() {
        String other = "dedup_" + DATABASES.incrementAndGet();
        postgres.createDatabase(other);
        DataSource ds = postgres.dataSource(other);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return new JdbcSeenStore(ds);
    }

    @Test
    void claimingInGroupsDecidesAsTheInMemoryStoreDoesOneByOne() {
        List<SeenStore.ArticleKeys> corpus = corpus(150, 11);
        SeenStore reference = SeenStore.inMemory();
        List<SeenStore.ArticleClaims> expected = new ArrayList<>();
        for (SeenStore.ArticleKeys a : corpus) {
            expected.addAll(reference.claimArticles(List.of(a), T0));
        }
        List<SeenStore.ArticleClaims> actual = new ArrayList<>();
        for (int from = 0; from < corpus.size(); from += 8) {
            actual.addAll(store.claimArticles(corpus.subList(from, Math.min(corpus.size(), from + 8)), T0));
        }

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void purgeTakesTheBandsOfForgottenSignaturesAlong() throws Exception {
        store.claimArticles(corpus(20, 3), T0);
        store.claimArticles(corpus(5, 4), T0.plus(java.time.Duration.ofDays(10)));
        DataSource ds = postgres.dataSource(database);
        long before = count(ds, "SELECT count(*) FROM dedup_near_band");

        store.purgeOlderThan(T0.plus(java.time.Duration.ofDays(5)));

        assertThat(count(ds, "SELECT count(*) FROM dedup_near_band")).isPositive().isLessThan(before);
        assertThat(count(ds, """
                SELECT count(*) FROM dedup_near_band b
                WHERE NOT EXISTS (SELECT 1 FROM dedup_near n WHERE n.kind = b.kind AND n.owner = b.owner)""")).isZero();
        assertThat(count(ds, """
                SELECT count(*) FROM dedup_near n
                WHERE NOT EXISTS (SELECT 1 FROM dedup_near_band b WHERE n.kind = b.kind AND n.owner = b.owner)""")).isZero();
    }

    private static long count(DataSource ds, String sql) throws Exception {
        try (var c = ds.getConnection(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void claimsSurviveARestart() {
        store.claimExact(Kind.SEGMENT, List.of(new ExactKey(99, "first#0")), T0);
        store.claimNear(Kind.ARTICLE_NEAR, List.of(nearKey("first", SENTENCE)), 0.5, T0);

        // a new process: new data source, new store, same database
        SeenStore restarted = new JdbcSeenStore(postgres.dataSource(database));

        assertThat(restarted.claimExact(Kind.SEGMENT, List.of(new ExactKey(99, "second#0")), T0).get(0).owner())
                .isEqualTo("first#0");
        assertThat(restarted.claimNear(Kind.ARTICLE_NEAR, List.of(nearKey("second", SENTENCE)), 0.5, T0).get(0).owner())
                .isEqualTo("first");
    }

    @Test
    void twoInstancesRacingOnTheSameSegmentsAgreeOnOneOwner() throws Exception {
        SeenStore one = new JdbcSeenStore(postgres.dataSource(database));
        SeenStore two = new JdbcSeenStore(postgres.dataSource(database));
        int rounds = 40;
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Claim>> a = pool.submit(racer(one, "one", rounds, start));
            Future<List<Claim>> b = pool.submit(racer(two, "two", rounds, start));
            List<Claim> fromOne = a.get();
            List<Claim> fromTwo = b.get();
            for (int i = 0; i < fromOne.size(); i++) {
                assertThat(fromOne.get(i).owner()).isEqualTo(fromTwo.get(i).owner());
            }
            assertThat(fromOne).extracting(Claim::hits).containsOnly(1L, 2L);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<List<Claim>> racer(SeenStore store, String name, int rounds, CyclicBarrier start) {
        return () -> {
            List<Claim> out = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                List<ExactKey> keys = new ArrayList<>();
                for (int k = 0; k < 10; k++) {
                    // overlapping keys in different orders per instance
                    long hash = name.equals("one") ? r * 100L + k : r * 100L + (9 - k);
                    keys.add(new ExactKey(hash, name + "-" + r + "#" + k));
                }
                start.await();
                List<Claim> claims = store.claimExact(Kind.SEGMENT, keys, T0);
                if (name.equals("two")) {
                    claims = new ArrayList<>(claims);
                    java.util.Collections.reverse(claims);
                }
                out.addAll(claims);
            }
            return out;
        };
    }

    @Test
    void twoInstancesRacingOnNearCopiesCatchTheSecondCopy() throws Exception {
        SeenStore one = new JdbcSeenStore(postgres.dataSource(database));
        SeenStore two = new JdbcSeenStore(postgres.dataSource(database));
        int rounds = 30;
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<NearMatch>> a = pool.submit(nearRacer(one, "one", rounds, start, ""));
            Future<List<NearMatch>> b = pool.submit(nearRacer(two, "two", rounds, start, " Officials confirmed it."));
            List<NearMatch> fromOne = a.get();
            List<NearMatch> fromTwo = b.get();
            for (int r = 0; r < rounds; r++) {
                // exactly one of the two copies is first; the other is its near duplicate
                assertThat(fromOne.get(r).isDuplicate() ^ fromTwo.get(r).isDuplicate())
                        .as("round " + r + ": " + fromOne.get(r) + " / " + fromTwo.get(r)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<List<NearMatch>> nearRacer(SeenStore store, String name, int rounds, CyclicBarrier start,
            String suffix) {
        return () -> {
            List<NearMatch> out = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                // every round its own story (words unique to the round); the two racers' copies
                // differ only by the suffix
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 30; w++) {
                    text.append("word").append(r * 100 + w).append(' ');
                }
                text.append(suffix);
                start.await();
                out.add(store.claimNear(Kind.SEGMENT_NEAR, List.of(nearKey(name + "-" + r + "#0", text.toString())), 0.7,
                        T0).get(0));
            }
            return out;
        };
    }
}
