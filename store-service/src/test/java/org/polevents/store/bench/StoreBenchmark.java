package org.polevents.store.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.infra.EmbeddedDatabase;
import org.polevents.store.persist.EventWriter;
import org.polevents.store.persist.StoreOutcome;
import org.polevents.store.query.AggregateRow;
import org.polevents.store.query.EventFilter;
import org.polevents.store.query.EventReader;
import org.polevents.store.query.Page;
import org.polevents.store.query.Sort;

/**
 * The store at scale, on the real embedded PostgreSQL, outside Quarkus:
 * <ol>
 * <li>bulk-loads {@code bulk} generated events ({@link BenchData}: two years of articles, a fifth
 *     of the events reported by several articles) with COPY, rows exactly as the writer makes them
 *     ({@link BulkLoader});</li>
 * <li>writes the next {@code writes} reports through {@link EventWriter} on {@code writers}
 *     threads, one transaction each as the sink does: new events, further reports that merge, and
 *     a twentieth redelivered;</li>
 * <li>re-codes 2,000 of those articles with a new coder version (a fifth of their reports gone),
 *     which supersedes their old reports;</li>
 * <li>times {@code queries} first pages and as many cursor next pages of 50 for each filter and
 *     sort through {@link EventReader} (the code behind {@code GET /events}, without HTTP and
 *     JSON), and {@code /events/aggregate} over date ranges.</li>
 * </ol>
 * Prints a table. Not part of {@code ./mvnw verify}; run it with {@code ./benchmark store}:
 * <pre>
 * ./benchmark store [bulk=1000000] [writes=50000] [writers=4] [queries=100]
 * </pre>
 * Deterministic input (fixed seeds).
 */
public final class StoreBenchmark {
    private static final String VERSION_2 = "0.2.0+bench002";

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int bulk = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int writes = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int queries = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        System.out.printf(Locale.ROOT, "store benchmark: %,d bulk events, %,d written reports, %d writer threads,"
                + " %d queries per kind; %d cores, max heap %d MiB, %s %s%n", bulk, writes, threads, queries,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        try (EmbeddedDatabase pg = EmbeddedDatabase.ephemeral()) {
            String url = pg.createDatabase("store_bench");
            Flyway.configure().dataSource(url, EmbeddedDatabase.USER, "").locations("classpath:db/migration")
                    .load().migrate();
            DataSource db = pg.dataSource("store_bench");
            try (Connection c = db.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SHOW server_version")) {
                rs.next();
                System.out.println("PostgreSQL " + rs.getString(1) + " (embedded, default settings)");
            }
            // articles over two years: about 2.4 events per article
            BenchData data = new BenchData(42, (long) ((bulk + writes * 0.7) / 2.4));
            load(db, data, bulk);
            List<PoliticalEvent> reports = reports(data, writes);
            write(db, reports.subList(0, Math.min(2000, reports.size())), threads, "warm-up");
            write(db, reports.subList(Math.min(2000, reports.size()), reports.size()), threads, "measured");
            write(db, recode(reports, 2000), threads, "re-coded");
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                // what autovacuum does to a table that stopped growing fast: statistics, visibility map
                s.execute("VACUUM ANALYZE");
                sizes(s);
            }
            query(db, data, queries, new Random(7));
        }
    }

    private static void load(DataSource db, BenchData data, int bulk) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = db.getConnection()) {
            BulkLoader loader = new BulkLoader(c);
            while (loader.eventRows < bulk) {
                loader.add(data.next());
            }
            loader.flush();
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "bulk load (COPY): %,d events, %,d mentions, %,d articles in %.0f s%n",
                    loader.eventRows, loader.mentionRows, data.articlesSoFar(), secs);
        }
    }

    /**
     * The next articles' reports in the order a feed delivers them: first reports with their
     * article, further reports with the later article that made them; a twentieth delivered twice.
     */
    private static List<PoliticalEvent> reports(BenchData data, int n) {
        record Due(long at, PoliticalEvent report) {
        }
        List<Due> due = new ArrayList<>();
        Random rnd = new Random(3);
        long k = data.articlesSoFar();
        while (due.size() < n) {
            BenchData.Article a = data.next();
            for (int i = 0; i < a.reports().size(); i++) {
                due.add(new Due(k, a.reports().get(i)));
                for (PoliticalEvent f : a.furtherReports().get(i)) {
                    due.add(new Due(Long.parseLong(f.articleId().substring(4)), f));
                }
            }
            k++;
        }
        due.sort(Comparator.comparingLong(Due::at));
        List<PoliticalEvent> out = new ArrayList<>(n + n / 20);
        for (Due d : due.subList(0, n)) {
            out.add(d.report());
            if (rnd.nextInt(20) == 0) {
                out.add(d.report());
            }
        }
        return out;
    }

    /** Every report of {@code articles} written articles again, by a new coder version that drops a fifth. */
    private static List<PoliticalEvent> recode(List<PoliticalEvent> written, int articles) {
        Map<String, List<PoliticalEvent>> byArticle = new LinkedHashMap<>();
        for (PoliticalEvent e : written) {
            byArticle.computeIfAbsent(e.articleId(), x -> new ArrayList<>()).add(e);
        }
        Random rnd = new Random(5);
        List<PoliticalEvent> out = new ArrayList<>();
        for (List<PoliticalEvent> reports : byArticle.values().stream().skip(1000).limit(articles).toList()) {
            for (PoliticalEvent e : reports.stream().distinct().toList()) {
                if (rnd.nextInt(5) > 0) {
                    out.add(new PoliticalEvent(e.id() + "-v2", e.articleId(), e.outlet(), e.url(), e.publishedAt(),
                            e.type(), e.mode(), e.cameo(), e.source(), e.target(), e.location(), e.date(),
                            e.datePrecision(), e.status(), e.quantity(), e.evidence(), e.confidence(), VERSION_2, 1));
                }
            }
        }
        return out;
    }

    private static void write(DataSource db, List<PoliticalEvent> input, int threads, String label) throws Exception {
        EventWriter writer = EventWriter.standard();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Map<StoreOutcome.Kind, Integer> outcomes = new EnumMap<>(StoreOutcome.Kind.class);
        AtomicLong superseded = new AtomicLong();
        AtomicLong deleted = new AtomicLong();
        AtomicLong retries = new AtomicLong();
        long t0 = System.nanoTime();
        List<Future<Map<StoreOutcome.Kind, Integer>>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int slice = t;
            parts.add(pool.submit(() -> {
                Map<StoreOutcome.Kind, Integer> counts = new EnumMap<>(StoreOutcome.Kind.class);
                try (Connection c = db.getConnection()) {
                    c.setAutoCommit(false);
                    for (int i = slice; i < input.size(); i += threads) {
                        StoreOutcome o = writeOne(writer, c, input.get(i), retries);
                        counts.merge(o.kind(), 1, Integer::sum);
                        superseded.addAndGet(o.supersededReports());
                        deleted.addAndGet(o.supersededEvents());
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
        System.out.printf(Locale.ROOT, "write %-8s %,7d reports in %6.1f s = %,6.0f reports/s  %s%s%n", label,
                input.size(), secs, input.size() / secs, outcomes,
                superseded.get() > 0 ? String.format(Locale.ROOT, " superseded %,d reports, deleted %,d events",
                        superseded.get(), deleted.get()) : "")
                ;
        if (retries.get() > 0) {
            System.out.printf(Locale.ROOT, "      (%d deadlocks broken by PostgreSQL, retried as the sink does)%n",
                    retries.get());
        }
    }

    private static StoreOutcome writeOne(EventWriter writer, Connection c, PoliticalEvent e, AtomicLong retries)
            throws SQLException {
        while (true) {
            try {
                StoreOutcome o = writer.write(c, e);
                c.commit();
                return o;
            } catch (SQLException ex) {
                c.rollback();
                if (!"40P01".equals(ex.getSQLState())) {
                    throw ex;
                }
                retries.incrementAndGet();
            }
        }
    }

    private static void sizes(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("""
                SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM event_mentions),
                       (SELECT count(*) FROM events WHERE mentions > 1),
                       pg_size_pretty(pg_total_relation_size('events')),
                       pg_size_pretty(pg_total_relation_size('event_mentions')),
                       pg_size_pretty(pg_database_size(current_database()))""")) {
            rs.next();
            System.out.printf(Locale.ROOT, "stored: %,d events (%,d with several mentions), %,d mentions;"
                    + " events %s, mentions %s, database %s (indexes included)%n", rs.getLong(1), rs.getLong(3),
                    rs.getLong(2), rs.getString(4), rs.getString(5), rs.getString(6));
        }
    }

    private static LocalDate day(Random r, int spanDays) {
        return BenchData.START.plusDays(r.nextInt(BenchData.DAYS - spanDays));
    }

    private static String country(Random r) {
        // the feed's weighting: queries ask about the countries that are in the news
        return BenchData.COUNTRIES[Math.min(BenchData.COUNTRIES.length - 1, (int) (Math.pow(r.nextDouble(), 2) * 30))];
    }

    private static void query(DataSource db, BenchData data, int n, Random rnd) throws SQLException {
        EventReader reader = new EventReader();
        Map<String, Function<Random, EventFilter>> kinds = new LinkedHashMap<>();
        kinds.put("no filter", r -> EventFilter.none());
        kinds.put("type", r -> EventFilter.builder().types(List.of(data.randomType(r))).build());
        kinds.put("cameo root (19)", r -> EventFilter.builder().cameoPrefixes(List.of(
                new String[] {"04", "11", "19", "14", "17"}[r.nextInt(5)])).build());
        kinds.put("cameo code (0431..)", r -> EventFilter.builder().cameoPrefixes(List.of(
                new String[] {"043", "112", "190", "163", "138"}[r.nextInt(5)])).build());
        kinds.put("sourceCountry", r -> EventFilter.builder().sourceCountries(List.of(country(r))).build());
        kinds.put("targetCountry", r -> EventFilter.builder().targetCountries(List.of(country(r))).build());
        kinds.put("country (either)", r -> EventFilter.builder().countries(List.of(country(r))).build());
        kinds.put("date range 30 d", r -> {
            LocalDate from = day(r, 30);
            return EventFilter.builder().from(from).to(from.plusDays(29)).build();
        });
        kinds.put("locationCountry", r -> EventFilter.builder().locationCountries(List.of(country(r))).build());
        kinds.put("status negated", r -> EventFilter.builder().statuses(List.of("negated")).build());
        kinds.put("text, common word", r -> EventFilter.builder().text(
                new String[] {"talks", "sanctioned", "ministry", "commander", "Kabul"}[r.nextInt(5)]).build());
        kinds.put("text, rare name", r -> EventFilter.builder().text(data.surname(r.nextInt(4000))).build());
        kinds.put("type+source+target", r -> EventFilter.builder().types(List.of(data.randomType(r)))
                .sourceCountries(List.of(country(r))).targetCountries(List.of(country(r))).build());
        kinds.put("sourceCountry+90 d", r -> {
            LocalDate from = day(r, 90);
            return EventFilter.builder().sourceCountries(List.of(country(r))).from(from).to(from.plusDays(89)).build();
        });
        kinds.put("type+7 d", r -> {
            LocalDate from = day(r, 7);
            return EventFilter.builder().types(List.of(data.randomType(r))).from(from).to(from.plusDays(6)).build();
        });
        kinds.put("targetOrg Taliban+30 d", r -> {
            LocalDate from = day(r, 30);
            return EventFilter.builder().targetOrgs(List.of("taliban")).from(from).to(from.plusDays(29)).build();
        });
        kinds.put("cameo 19+location+occurred", r -> EventFilter.builder().cameoPrefixes(List.of("19"))
                .locationCountries(List.of(country(r))).statuses(List.of("occurred")).build());
        kinds.put("pair+text", r -> EventFilter.builder().sourceCountries(List.of(country(r)))
                .targetCountries(List.of(country(r))).text("said").build());
        kinds.put("minMentions 3", r -> EventFilter.builder().minMentions(3).build());
        kinds.put("articleId", r -> EventFilter.builder().articleId("art-" + r.nextInt((int) data.articlesSoFar()))
                .build());
        List<Sort> sorts = List.of(Sort.DEFAULT, Sort.parse("-date"), Sort.parse("-mentions"));
        System.out.printf(Locale.ROOT, "%n| query (page of 50) | sort | first page p50 | p99 | next page p50 | p99 |"
                + " rows (first) |%n|---|---|---|---|---|---|---|%n");
        try (Connection c = db.getConnection()) {
            for (var kind : kinds.entrySet()) {
                for (Sort sort : sorts) {
                    if (sort.field() == Sort.Field.MENTIONS && !kind.getKey().matches("no filter|type|date range 30 d")) {
                        continue;
                    }
                    long[] first = new long[n];
                    long[] next = new long[n];
                    int nexts = 0;
                    long rows = 0;
                    for (int i = 0; i < n; i++) {
                        EventFilter f = kind.getValue().apply(rnd);
                        long t0 = System.nanoTime();
                        Page p = reader.page(c, f, sort, null, 50);
                        first[i] = System.nanoTime() - t0;
                        rows += p.rows().size();
                        if (p.next() != null) {
                            t0 = System.nanoTime();
                            reader.page(c, f, sort, p.next(), 50);
                            next[nexts++] = System.nanoTime() - t0;
                        }
                    }
                    System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %.0f |%n", kind.getKey(),
                            sort.text(), ms(first, n, 0.5), ms(first, n, 0.99), ms(next, nexts, 0.5),
                            ms(next, nexts, 0.99), rows / (double) n);
                }
            }
            Map<String, Function<Random, EventFilter>> aggregates = new LinkedHashMap<>();
            aggregates.put("aggregate, 30 d", r -> {
                LocalDate from = day(r, 30);
                return EventFilter.builder().from(from).to(from.plusDays(29)).build();
            });
            aggregates.put("aggregate, 7 d", r -> {
                LocalDate from = day(r, 7);
                return EventFilter.builder().from(from).to(from.plusDays(6)).build();
            });
            aggregates.put("aggregate, sourceCountry+90 d", r -> {
                LocalDate from = day(r, 90);
                return EventFilter.builder().sourceCountries(List.of(country(r))).from(from).to(from.plusDays(89))
                        .build();
            });
            for (var kind : aggregates.entrySet()) {
                long[] t = new long[n];
                long rows = 0;
                for (int i = 0; i < n; i++) {
                    EventFilter f = kind.getValue().apply(rnd);
                    long t0 = System.nanoTime();
                    List<AggregateRow> out = reader.aggregate(c, f, 10_000);
                    t[i] = System.nanoTime() - t0;
                    rows += out.size();
                }
                System.out.printf(Locale.ROOT, "| %s | — | %s | %s | — | — | %.0f |%n", kind.getKey(), ms(t, n, 0.5),
                        ms(t, n, 0.99), rows / (double) n);
            }
        }
    }

    private static String ms(long[] nanos, int n, double q) {
        if (n == 0) {
            return "—";
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.1f ms", sorted[Math.min(n - 1, (int) Math.ceil(n * q) - 1)] / 1e6);
    }
}
