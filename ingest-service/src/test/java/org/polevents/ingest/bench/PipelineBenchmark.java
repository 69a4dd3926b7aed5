package org.polevents.ingest.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.polevents.contracts.RawArticle;
import org.polevents.infra.EmbeddedDatabase;
import org.polevents.ingest.dedup.BatchingSeenStore;
import org.polevents.ingest.dedup.JdbcSeenStore;
import org.polevents.ingest.dedup.Fingerprints;
import org.polevents.ingest.dedup.SeenStore;
import org.polevents.ingest.dedup.SeenStore.ExactKey;
import org.polevents.ingest.dedup.SeenStore.Kind;
import org.polevents.ingest.dedup.SeenStore.NearKey;
import org.polevents.ingest.pipeline.IngestPipeline;
import org.polevents.ingest.pipeline.IngestResult;
import org.polevents.ingest.pipeline.PipelineSettings;

/**
 * Throughput of {@link IngestPipeline} on one thread (in-memory store) over a generated corpus in
 * the shape of the seeds (headline, 8–14 paragraphs of 2–4 sentences, photo credits, widgets, 10%
 * verbatim republications and 10% near copies), and heap per million remembered segments.
 *
 * <pre>
 * java -Xmx2g -cp ... org.polevents.ingest.bench.PipelineBenchmark [articles=20000] [segmentsForMemory=1000000] [jdbcArticles=0]
 * </pre>
 * With {@code jdbcArticles > 0} the first that many articles also go through a
 * {@link JdbcSeenStore} on an embedded PostgreSQL: on one thread (a transaction per article), then
 * on 8 threads through a {@link BatchingSeenStore} (concurrent articles share transactions).
 * The corpus is generated from a fixed seed, so runs are comparable.
 */
public final class PipelineBenchmark {
    private PipelineBenchmark() {
    }

    public static void main(String[] args) {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int memorySegments = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        List<RawArticle> corpus = corpus(articles, new SplittableRandom(20250115));
        long chars = corpus.stream().mapToLong(a -> a.body().length()).sum();
        System.out.printf(Locale.ROOT, "corpus: %d articles, %.1f MB of text, %s%n", articles, chars / 1e6,
                System.getProperty("java.vm.name") + " " + Runtime.version());

        // warm-up on a separate store, then measure on a fresh one
        run(corpus.subList(0, Math.min(3000, corpus.size())));
        Result r = run(corpus);
        System.out.printf(Locale.ROOT,
                "throughput (1 thread, in-memory store): %.0f articles/s, %.0f segments/s per CPU-second "
                        + "(wall clock: %.0f articles/s); %d segments in, %d kept, %d dropped; %.2f s CPU, %.2f s wall%n",
                r.articles / r.cpuSeconds, r.segments / r.cpuSeconds, r.articles / r.seconds, r.segments, r.kept,
                r.segments - r.kept, r.cpuSeconds, r.seconds);
        memory(memorySegments);
        int jdbcArticles = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        if (jdbcArticles > 0) {
            jdbc(corpus.subList(0, Math.min(jdbcArticles, corpus.size())));
        }
    }

    private static void jdbc(List<RawArticle> corpus) {
        try (EmbeddedDatabase postgres = EmbeddedDatabase.ephemeral()) {
            Result one = onFreshDatabase(postgres, "bench_one", ds -> run(corpus, new JdbcSeenStore(ds)));
            System.out.printf(Locale.ROOT,
                    "throughput (1 thread, PostgreSQL store on this machine, one reused connection, one transaction "
                            + "per article): %.0f articles/s, %.0f segments/s wall clock; %d articles in %.2f s%n",
                    one.articles / one.seconds, one.segments / one.seconds, one.articles, one.seconds);
            int threads = 8;
            Result grouped = onFreshDatabase(postgres, "bench_grouped", ds -> {
                try (SeenStore store = new BatchingSeenStore(new JdbcSeenStore(ds), threads)) {
                    return runConcurrently(corpus, store, threads);
                }
            });
            System.out.printf(Locale.ROOT,
                    "throughput (%d threads, PostgreSQL store, claims of concurrent articles grouped into one "
                            + "transaction): %.0f articles/s, %.0f segments/s wall clock; %d articles in %.2f s%n",
                    threads, grouped.articles / grouped.seconds, grouped.segments / grouped.seconds, grouped.articles,
                    grouped.seconds);
        }
    }

    private interface Bench {
        Result run(DataSource ds);
    }

    private static Result onFreshDatabase(EmbeddedDatabase postgres, String name, Bench bench) {
        postgres.createDatabase(name);
        DataSource ds = postgres.dataSource(name);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        try {
            // the store uses one connection at a time (one thread, or the grouping store's claim thread)
            return bench.run(ReusedConnection.of(ds));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The corpus in order, handed to {@code threads} workers as they come free. */
    private static Result runConcurrently(List<RawArticle> corpus, SeenStore store, int threads) {
        IngestPipeline pipeline = IngestPipeline.create(PipelineSettings.defaults(), store,
                Clock.fixed(Instant.parse("2025-01-15T00:00:00Z"), ZoneOffset.UTC));
        java.util.concurrent.atomic.AtomicLong segments = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong kept = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (RawArticle a : corpus) {
                done.add(pool.submit(() -> {
                    IngestResult result = pipeline.process(a);
                    long k = result.kept().stream().mapToLong(b -> b.segments().size()).sum();
                    kept.addAndGet(k);
                    segments.addAndGet(k + result.drops().size());
                }));
            }
            for (var f : done) {
                f.get();
            }
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(corpus.size(), segments.get(), kept.get(), seconds, Double.NaN);
    }

    /** seconds: wall clock; cpuSeconds: this thread's CPU time (fair on a busy machine). */
    private record Result(int articles, long segments, long kept, double seconds, double cpuSeconds) {
    }

    private static Result run(List<RawArticle> corpus) {
        return run(corpus, SeenStore.inMemory());
    }

    private static Result run(List<RawArticle> corpus, SeenStore store) {
        IngestPipeline pipeline = IngestPipeline.create(PipelineSettings.defaults(), store,
                Clock.fixed(Instant.parse("2025-01-15T00:00:00Z"), ZoneOffset.UTC));
        long segments = 0;
        long kept = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (RawArticle a : corpus) {
            IngestResult result = pipeline.process(a);
            long k = result.kept().stream().mapToLong(b -> b.segments().size()).sum();
            kept += k;
            segments += k + result.drops().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new Result(corpus.size(), segments, kept, seconds, cpu);
    }

    /**
     * Heap held by a store remembering {@code n} segments the way the pipeline does: an exact key,
     * an outlet-scoped exact key, and a near-duplicate signature with its LSH bands per segment.
     */
    private static void memory(int n) {
        Fingerprints prints = Fingerprints.forSegments();
        SplittableRandom random = new SplittableRandom(7);
        long before = usedHeap();
        SeenStore store = SeenStore.inMemory();
        Instant now = Instant.parse("2025-01-15T00:00:00Z");
        int perArticle = 12;
        List<ExactKey> keys = new ArrayList<>(perArticle);
        List<ExactKey> outletKeys = new ArrayList<>(perArticle);
        List<NearKey> nearKeys = new ArrayList<>(perArticle);
        for (int i = 0; i < n; i += perArticle) {
            keys.clear();
            outletKeys.clear();
            nearKeys.clear();
            String article = "a" + Long.toHexString(random.nextLong() >>> 1);
            for (int s = 0; s < perArticle && i + s < n; s++) {
                String owner = article + "#" + s;
                long[] shingles = new long[25];
                for (int k = 0; k < shingles.length; k++) {
                    shingles[k] = random.nextLong();
                }
                byte[] sig = prints.signature(shingles);
                keys.add(new ExactKey(random.nextLong(), owner));
                outletKeys.add(new ExactKey(random.nextLong(), owner));
                nearKeys.add(new NearKey(owner, sig, prints.bands(sig, 1)));
            }
            store.claimExact(Kind.SEGMENT, keys, now);
            store.claimExact(Kind.OUTLET_SEGMENT, outletKeys, now);
            store.claimNear(Kind.SEGMENT_NEAR, nearKeys, 0.7, now);
        }
        long after = usedHeap();
        System.out.printf(Locale.ROOT,
                "memory: %.1f MB heap for %d remembered segments (exact + outlet key + near signature each): "
                        + "%.1f MB per million, %.0f bytes per segment; %d store entries%n",
                (after - before) / 1e6, n, (after - before) / 1e6 * 1_000_000 / n, (after - before) / (double) n,
                store.size());
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100); // a benchmark, not a test: give the collector a moment
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    // ---- corpus generation ----

    private static final String[] FUNCTION = ("the of and to in a that for on with as by at from said was is has "
            + "have will would its their which who but not it be had were been an after over about").split(" ");
    private static final String[] WIDGETS = {"Share.", "Leave A Reply", "Subscribe to our weekly digest",
        "keep readingShow less", "Exit mobile version", "REPORTS", "  • USD99.87"};

    static List<RawArticle> corpus(int n, SplittableRandom random) {
        String[] vocabulary = new String[8000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = word(random);
        }
        List<RawArticle> out = new ArrayList<>(n);
        List<String> originals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String outlet = "outlet-" + random.nextInt(20);
            double kind = random.nextDouble();
            String body;
            if (kind < 0.1 && !originals.isEmpty()) {
                body = originals.get(random.nextInt(originals.size()));
            } else if (kind < 0.2 && !originals.isEmpty()) {
                body = nearCopy(originals.get(random.nextInt(originals.size())), random, vocabulary);
            } else {
                body = article(random, vocabulary);
                if (originals.size() < 2000) {
                    originals.add(body);
                }
            }
            out.add(new RawArticle("bench-" + i, null, outlet, null, null, "en", RawArticle.TEXT_PLAIN, body));
        }
        return out;
    }

    private static String article(SplittableRandom random, String[] vocabulary) {
        StringBuilder b = new StringBuilder();
        b.append(capitalise(sentence(random, vocabulary, 6 + random.nextInt(6), false))).append("\n\n");
        if (random.nextBoolean()) {
            b.append("Top Photo: ").append(sentence(random, vocabulary, 15, true)).append(" REUTERS/Staff\n");
        }
        int paragraphs = 8 + random.nextInt(7);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    b.append(' ');
                }
                b.append(capitalise(sentence(random, vocabulary, 12 + random.nextInt(18), true)));
            }
            b.append('\n');
            if (random.nextInt(10) == 0) {
                b.append(WIDGETS[random.nextInt(WIDGETS.length)]).append('\n');
            }
        }
        return b.toString();
    }

    private static String nearCopy(String original, SplittableRandom random, String[] vocabulary) {
        List<String> lines = new ArrayList<>(List.of(original.split("\n")));
        lines.set(0, capitalise(sentence(random, vocabulary, 8, false)));
        if (lines.size() > 6) {
            lines.remove(3 + random.nextInt(lines.size() - 4));
        }
        int reword = 2 + random.nextInt(Math.max(1, lines.size() - 2));
        if (reword < lines.size()) {
            lines.set(reword, capitalise(sentence(random, vocabulary, 20, true)) + " " + lines.get(reword));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String sentence(SplittableRandom random, String[] vocabulary, int words, boolean end) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                b.append(' ');
            }
            // Zipf-like: function words often, content words skewed to the head of the vocabulary
            if (random.nextInt(3) == 0) {
                b.append(FUNCTION[random.nextInt(FUNCTION.length)]);
            } else {
                double u = random.nextDouble();
                b.append(vocabulary[(int) (vocabulary.length * u * u * u)]);
            }
        }
        if (end) {
            b.append('.');
        }
        return b.toString();
    }

    private static String word(SplittableRandom random) {
        String letters = "abcdefghiklmnoprstuvwyz";
        int len = 3 + random.nextInt(7);
        StringBuilder b = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            b.append(letters.charAt(random.nextInt(letters.length())));
        }
        return b.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
