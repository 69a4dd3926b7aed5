package org.polevents.store.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.polevents.contracts.Actor;
import org.polevents.contracts.Evidence;
import org.polevents.contracts.Location;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.infra.EmbeddedDatabase;
import org.polevents.store.persist.EventWriter;
import org.polevents.store.persist.StoreOutcome;
import org.polevents.store.query.Cursor;
import org.polevents.store.query.EventFilter;
import org.polevents.store.query.EventReader;
import org.polevents.store.query.Page;
import org.polevents.store.query.Sort;

/**
 * Writes N synthetic reports through {@link EventWriter} (one transaction each, as the sink does;
 * about a fifth are further reports of an already stored event and a twentieth are
 * redeliveries), then times filtered page queries through {@link EventReader}.
 *
 * <pre>
 * ./mvnw -pl store-service test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp store-service/target/classes:store-service/target/test-classes:$(cat store-service/target/cp.txt) \
 *   org.polevents.store.bench.StoreBenchmark [reports=50000] [writerThreads=4] [queriesPerKind=200]
 * </pre>
 *
 * Deterministic input (fixed seed). Prints a plain-text report.
 */
public final class StoreBenchmark {
    private static final String[] COUNTRIES = {"AFG", "PAK", "IRN", "USA", "RUS", "CHN", "UZB", "TJK", "IND", "QAT",
        "TUR", "GBR", "FRA", "DEU", "UKR", "BLR", "KAZ", "SAU", "ISR", "EGY"};
    private static final String[] SECTORS = {"GOV", "MIL", "REB", "CVL", "MED", "BUS", "IGO", "OPP"};
    private static final String[][] TYPES = {{"CONSULT", "043"}, {"AGREE", "057"}, {"ASSAULT", "190"},
        {"ACCUSE", "112"}, {"SANCTION", "163"}, {"PROTEST", "141"}, {"AID", "071"}, {"THREATEN", "138"},
        {"REQUEST", "102"}, {"COOPERATE", "061"}, {"REJECT", "120"}, {"SUPPORT", "051"}};
    private static final String[] WORDS = {"officials", "talks", "border", "ceasefire", "delegation", "airstrike",
        "sanctions", "aid", "protest", "envoy", "minister", "troops", "agreement", "refugees", "trade"};

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        System.out.printf(Locale.ROOT, "store benchmark: %d reports, %d writer threads, %d queries per kind;"
                + " %d cores, max heap %d MiB, %s %s%n", reports, threads, queries,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        try (EmbeddedDatabase pg = EmbeddedDatabase.ephemeral()) {
            String url = pg.createDatabase("store_bench");
            Flyway.configure().dataSource(url, EmbeddedDatabase.USER, "").locations("classpath:db/migration")
                    .load().migrate();
            DataSource db = pg.dataSource("store_bench");
            List<PoliticalEvent> input = generate(reports, new Random(42));
            write(db, input.subList(0, Math.min(2000, input.size())), threads, "warm-up");
            write(db, input.subList(Math.min(2000, input.size()), input.size()), threads, "measured");
            try (Connection c = db.getConnection()) {
                c.createStatement().execute("ANALYZE");
            }
            query(db, queries, new Random(7));
        }
    }

    static List<PoliticalEvent> generate(int n, Random rnd) {
        List<PoliticalEvent> out = new ArrayList<>(n);
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < n; i++) {
            double roll = rnd.nextDouble();
            if (i > 10 && roll < 0.05) {
                out.add(out.get(rnd.nextInt(out.size())));
                continue;
            }
            if (i > 10 && roll < 0.25) {
                PoliticalEvent o = out.get(rnd.nextInt(out.size()));
                out.add(new PoliticalEvent("r" + i, "article-" + i, "outlet" + rnd.nextInt(40), o.url(),
                        o.publishedAt(), o.type(), o.mode(), o.cameo(), o.source(), o.target(), o.location(),
                        o.date(), o.datePrecision(), o.status(), o.quantity(), sentence(rnd, i), o.confidence(),
                        o.coderVersion(), 1));
                continue;
            }
            String[] type = TYPES[rnd.nextInt(TYPES.length)];
            LocalDate day = start.plusDays(rnd.nextInt(730));
            boolean dated = rnd.nextDouble() < 0.8;
            String src = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
            String tgt = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
            Location loc = rnd.nextBoolean() ? new Location("City" + rnd.nextInt(100), "City" + rnd.nextInt(100), tgt,
                    rnd.nextDouble() * 60, rnd.nextDouble() * 90) : null;
            out.add(new PoliticalEvent("r" + i, "article-" + (i / 3), "outlet" + rnd.nextInt(40),
                    "https://news.example/" + i, day.plusDays(dated ? 1 : 0) + "T08:00:00Z", type[0], null, type[1],
                    new Actor("a", "A", src, SECTORS[rnd.nextInt(SECTORS.length)], null),
                    new Actor("b", "B", tgt, SECTORS[rnd.nextInt(SECTORS.length)], rnd.nextInt(10) == 0 ? "Taliban"
                            : null), loc, dated ? day.toString() : null, dated ? "day" : "unknown",
                    rnd.nextInt(8) == 0 ? "planned" : "occurred", null, sentence(rnd, i), rnd.nextDouble(), "bench",
                    1));
        }
        return out;
    }

    private static Evidence sentence(Random rnd, int i) {
        StringBuilder sb = new StringBuilder("Report ").append(i).append(':');
        for (int w = 0; w < 14; w++) {
            sb.append(' ').append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return new Evidence(sb.append('.').toString(), 100, 100 + sb.length());
    }

    private static void write(DataSource db, List<PoliticalEvent> input, int threads, String label) throws Exception {
        EventWriter writer = EventWriter.standard();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Map<StoreOutcome.Kind, Integer> outcomes = new EnumMap<>(StoreOutcome.Kind.class);
        long t0 = System.nanoTime();
        List<Future<Map<StoreOutcome.Kind, Integer>>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int slice = t;
            parts.add(pool.submit(() -> {
                Map<StoreOutcome.Kind, Integer> counts = new EnumMap<>(StoreOutcome.Kind.class);
                try (Connection c = db.getConnection()) {
                    c.setAutoCommit(false);
                    for (int i = slice; i < input.size(); i += threads) {
                        counts.merge(writer.write(c, input.get(i)).kind(), 1, Integer::sum);
                        c.commit();
                    }
                }
                return counts;
            }));
        }
        for (Future<Map<StoreOutcome.Kind, Integer>> f : parts) {
            f.get().forEach((k, v) -> outcomes.merge(k, v, Integer::sum));
        }
        pool.shutdown();
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "write %-8s %7d reports in %6.2f s = %8.0f reports/s  %s%n", label,
                input.size(), secs, input.size() / secs, outcomes);
    }

    private static void query(DataSource db, int n, Random rnd) throws SQLException {
        EventReader reader = new EventReader();
        Map<String, Function<Random, EventFilter>> kinds = new LinkedHashMap<>();
        kinds.put("no filter (newest 50)", r -> EventFilter.none());
        kinds.put("type", r -> EventFilter.builder().types(List.of(TYPES[r.nextInt(TYPES.length)][0])).build());
        kinds.put("type+sourceCountry", r -> EventFilter.builder().types(List.of(TYPES[r.nextInt(TYPES.length)][0]))
                .sourceCountries(List.of(COUNTRIES[r.nextInt(COUNTRIES.length)])).build());
        kinds.put("cameo prefix+status", r -> EventFilter.builder().cameoPrefixes(List.of("19"))
                .statuses(List.of("occurred")).build());
        kinds.put("country pair+date range", r -> {
            LocalDate from = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(600));
            return EventFilter.builder().sourceCountries(List.of(COUNTRIES[r.nextInt(COUNTRIES.length)]))
                    .targetCountries(List.of(COUNTRIES[r.nextInt(COUNTRIES.length)])).from(from)
                    .to(from.plusDays(90)).build();
        });
        kinds.put("targetOrg+date range", r -> {
            LocalDate from = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(600));
            return EventFilter.builder().targetOrgs(List.of("taliban")).from(from).to(from.plusDays(30)).build();
        });
        kinds.put("articleId", r -> EventFilter.builder().articleId("article-" + r.nextInt(10_000)).build());
        kinds.put("evidence text", r -> EventFilter.builder().text(WORDS[r.nextInt(WORDS.length)] + " "
                + WORDS[r.nextInt(WORDS.length)]).build());
        try (Connection c = db.getConnection()) {
            for (var kind : kinds.entrySet()) {
                for (Sort sort : List.of(Sort.DEFAULT, Sort.parse("-date"))) {
                    long[] nanos = new long[n];
                    int rows = 0;
                    for (int i = 0; i < n; i++) {
                        EventFilter f = kind.getValue().apply(rnd);
                        long t0 = System.nanoTime();
                        Page first = reader.page(c, f, sort, null, 50);
                        // every other query follows the cursor, as a user paging does
                        if (i % 2 == 1 && first.next() != null) {
                            Cursor next = first.next();
                            t0 = System.nanoTime();
                            first = reader.page(c, f, sort, next, 50);
                        }
                        nanos[i] = System.nanoTime() - t0;
                        rows += first.rows().size();
                    }
                    Arrays.sort(nanos);
                    System.out.printf(Locale.ROOT, "query %-26s sort %-7s p50 %7.2f ms  p99 %7.2f ms  (avg %.0f rows)%n",
                            kind.getKey(), sort.text(), nanos[n / 2] / 1e6, nanos[Math.min(n - 1, (int) (n * 0.99))] / 1e6,
                            rows / (double) n);
                }
            }
        }
    }
}
