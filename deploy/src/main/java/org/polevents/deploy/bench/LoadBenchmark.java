package org.polevents.deploy.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.admin.Admin;
import org.polevents.deploy.local.LocalStack;

/**
 * Pushes a stream of generated articles into a running stack at a set rate and measures what users
 * care about: sustained articles per second end to end, latency from push to the first stored event
 * of the article (p50/p95/p99), CPU and resident memory per process, and consumer lag over time.
 */
public final class LoadBenchmark {
    /** The CPU row of the whole machine (all processes, this run's and others'). */
    static final String MACHINE = "machine (all)";

    /**
     * @param count      articles to push
     * @param rate       target pushes a second; 0 pushes as fast as {@code threads} allow
     * @param exactShare share of exact copies of earlier articles (dedup must drop them)
     * @param nearShare  share of near copies (new headline, reworded sentence, dropped paragraph)
     * @param warmup     articles pushed first at the same rate and left out of every figure: the
     *                   services of a long-running pipeline are warm (JIT-compiled, pools filled);
     *                   0 measures from a cold start
     */
    public record Settings(int count, double rate, double exactShare, double nearShare, int threads, long seed,
            int warmup) {
    }

    /** One sample of the running pipeline. */
    public record Sample(double seconds, Map<String, Long> lagByGroup, Map<String, Double> cpuCores, Map<String, Long> rssMb) {
        long lag() {
            return lagByGroup.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public record Report(Settings settings, int accepted, int refused, double pushSeconds, double endToEndSeconds,
            double articlesPerSecond, int articlesWithEvents, long p50Ms, long p95Ms, long p99Ms, long maxMs,
            Map<String, Long> stageP50Ms, List<Sample> samples) {

        public void print(PrintStream out) {
            out.printf("%nload: %d articles (%.0f%% exact copies, %.0f%% near copies), target rate %s, %d pushers%n",
                    settings.count(), settings.exactShare() * 100, settings.nearShare() * 100,
                    settings.rate() == 0 ? "max" : settings.rate() + "/s", settings.threads());
            out.println(settings.warmup() == 0 ? "measured from a cold start (no warm-up)"
                    : "measured after a warm-up of " + settings.warmup() + " articles at the same rate, not counted");
            out.printf("accepted %d, refused %d; pushed in %.1f s; all stored after %.1f s%n", accepted, refused,
                    pushSeconds, endToEndSeconds);
            out.printf("sustained end to end: %.1f articles/s%n", articlesPerSecond);
            out.printf("push -> first stored event (%d articles with events): p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                    articlesWithEvents, p50Ms, p95Ms, p99Ms, maxMs);
            out.println("median time per stage (ms): " + stageP50Ms);
            if (!samples.isEmpty()) {
                // CPU time per accepted article, drain included: what the pipeline costs, less sensitive
                // than the rates to how busy the machine was
                double sampled = samples.get(samples.size() - 1).seconds() - samples.get(0).seconds() + 1;
                double perArticle = accepted == 0 ? 0 : sampled * 1000 / accepted;
                out.println("process        mean CPU (cores)   CPU ms/article   peak RSS (MB)");
                double pipeline = 0;
                for (String p : samples.get(0).cpuCores().keySet()) {
                    if (p.equals(MACHINE)) {
                        continue;
                    }
                    double cpu = samples.stream().mapToDouble(s -> s.cpuCores().getOrDefault(p, 0.0)).average().orElse(0);
                    long rss = samples.stream().mapToLong(s -> s.rssMb().getOrDefault(p, 0L)).max().orElse(0);
                    out.printf("%-16s %10.2f %16.1f %15d%n", p, cpu, cpu * perArticle, rss);
                    pipeline += cpu;
                }
                double machine = samples.stream().mapToDouble(s -> s.cpuCores().getOrDefault(MACHINE, 0.0)).average().orElse(0);
                out.printf("%-16s %10.2f %16.1f%n", "pipeline (sum)", pipeline, pipeline * perArticle);
                out.printf("machine busy %.2f cores, of which other work %.2f%n", machine, machine - pipeline);
                out.print("consumer lag over time (s:records):");
                int step = Math.max(1, samples.size() / 12);
                for (int i = 0; i < samples.size(); i += step) {
                    out.printf(" %.0f:%d", samples.get(i).seconds(), samples.get(i).lag());
                }
                out.printf("  (max %d)%n", samples.stream().mapToLong(Sample::lag).max().orElse(0));
                for (String group : samples.get(samples.size() - 1).lagByGroup().keySet()) {
                    out.printf("  max lag of %s: %d%n", group,
                            samples.stream().mapToLong(x -> x.lagByGroup().getOrDefault(group, 0L)).max().orElse(0));
                }
            }
        }
    }

    private LoadBenchmark() {
    }

    public static Report run(LocalStack stack, Settings s, PrintStream log) throws InterruptedException {
        ArticleGenerator generator = new ArticleGenerator(s.seed());
        BenchPusher pusher = new BenchPusher(stack.ingestUrl(), stack.apiKey());
        if (s.warmup() > 0) {
            int warmed = pusher.pushAll(generate(generator, s.warmup(), s), s.rate(), s.threads(), Duration.ofMinutes(2),
                    a -> { }, i -> { });
            stack.awaitDrained(Duration.ofMinutes(20));
            log.printf("warm-up: %d articles pushed and stored; measuring now%n", warmed);
        }
        List<ArticleGenerator.Generated> articles = generate(generator, s.count(), s);
        Map<String, Instant> pushedAt = new ConcurrentHashMap<>();
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());

        Instant start = Instant.now();
        Thread sampler = sampler(stack, start, samples);
        long t0 = System.nanoTime();
        int accepted = pusher.pushAll(articles, s.rate(), s.threads(), Duration.ofMinutes(2),
                a -> pushedAt.put(a.id(), Instant.now()), i -> { });
        int refused = articles.size() - accepted;
        double pushSeconds = (System.nanoTime() - t0) / 1e9;
        log.printf("pushed %d articles in %.1f s; waiting for the pipeline to drain%n", accepted, pushSeconds);
        stack.awaitDrained(Duration.ofMinutes(20));
        sampler.interrupt();
        sampler.join();

        Map<String, Instant> firstStored = firstStoredByArticle(stack);
        List<Long> latencies = new ArrayList<>();
        Instant lastStored = start;
        for (var e : firstStored.entrySet()) {
            Instant pushed = pushedAt.get(e.getKey());
            if (pushed == null) {
                continue; // a warm-up article
            }
            latencies.add(Duration.between(pushed, e.getValue()).toMillis());
            lastStored = e.getValue().isAfter(lastStored) ? e.getValue() : lastStored;
        }
        Collections.sort(latencies);
        Map<String, Long> stages = stageMedians(stack, pushedAt, firstStored);
        double e2e = Math.max(pushSeconds, Duration.between(start, lastStored).toMillis() / 1000.0);
        return new Report(s, accepted, refused, pushSeconds, e2e, accepted / e2e, latencies.size(),
                pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
                latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1), stages, List.copyOf(samples));
    }

    private static List<ArticleGenerator.Generated> generate(ArticleGenerator generator, int n, Settings s) {
        List<ArticleGenerator.Generated> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(generator.next(s.exactShare(), s.nearShare()));
        }
        return out;
    }

    /**
     * Where the time goes, from the broker's record timestamps: push → kept segments on
     * segments.dedup (ingest), → first event on events.extracted (extract), → first event in
     * PostgreSQL (store).
     */
    private static Map<String, Long> stageMedians(LocalStack stack, Map<String, Instant> pushedAt,
            Map<String, Instant> stored) {
        Map<String, Long> segmentsAt = firstRecordTime(stack, org.polevents.contracts.Topics.SEGMENTS_DEDUP, false);
        Map<String, Long> eventsAt = firstRecordTime(stack, org.polevents.contracts.Topics.EVENTS_EXTRACTED, true);
        List<Long> ingest = new ArrayList<>();
        List<Long> extract = new ArrayList<>();
        List<Long> store = new ArrayList<>();
        for (var e : stored.entrySet()) {
            Instant pushed = pushedAt.get(e.getKey());
            Long seg = segmentsAt.get(e.getKey());
            Long ev = eventsAt.get(e.getKey());
            if (pushed == null || seg == null || ev == null) {
                continue;
            }
            ingest.add(seg - pushed.toEpochMilli());
            extract.add(ev - seg);
            store.add(e.getValue().toEpochMilli() - ev);
        }
        Collections.sort(ingest);
        Collections.sort(extract);
        Collections.sort(store);
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("ingest", pct(ingest, 50));
        m.put("extract", pct(extract, 50));
        m.put("store", pct(store, 50));
        return m;
    }

    private static Map<String, Long> firstRecordTime(LocalStack stack, String topic, boolean articleIdInValue) {
        Map<String, Long> first = new java.util.HashMap<>();
        for (var r : org.polevents.deploy.local.TopicReader.readAll(stack.bootstrapServers(), topic, Duration.ofMinutes(2))) {
            String id = r.key();
            if (articleIdInValue) {
                int i = r.value().indexOf("\"articleId\":\"");
                id = i < 0 ? "" : r.value().substring(i + 13, r.value().indexOf('"', i + 13));
            }
            first.merge(id.split("-")[0], r.timestamp(), Math::min);
        }
        return first;
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    /** When the first event of each pushed article reached PostgreSQL (split parts count for their article). */
    static Map<String, Instant> firstStoredByArticle(LocalStack stack) {
        Map<String, Instant> out = new LinkedHashMap<>();
        try (Connection c = stack.dataSource("polevents_store").getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT split_part(article_id, '-', 1), min(received_at) FROM event_mentions "
                        + "GROUP BY 1")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getTimestamp(2).toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read stored events", e);
        }
        return out;
    }

    private static Thread sampler(LocalStack stack, Instant start, List<Sample> samples) {
        Thread t = new Thread(() -> {
            try (Admin admin = Admin.create(stack.kafkaClientConfig())) {
                sample(stack, start, samples, admin);
            }
        }, "load-sampler");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Every second until interrupted: CPU and memory of each process, the whole machine's CPU, consumer lag. */
    private static void sample(LocalStack stack, Instant start, List<Sample> samples, Admin admin) {
        Map<String, ProcessStats> previous = stats(stack);
        long prevNanos = System.nanoTime();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            Map<String, ProcessStats> now = stats(stack);
            long nanos = System.nanoTime();
            double wall = (nanos - prevNanos) / 1e9;
            Map<String, Double> cpu = new LinkedHashMap<>();
            Map<String, Long> rss = new LinkedHashMap<>();
            for (var e : now.entrySet()) {
                ProcessStats before = previous.getOrDefault(e.getKey(), e.getValue());
                cpu.put(e.getKey(), (e.getValue().cpuTicks() - before.cpuTicks()) / (double) ProcessStats.TICKS_PER_SECOND / wall);
                rss.put(e.getKey(), e.getValue().rssKb() / 1024);
            }
            Map<String, Long> lag;
            try {
                lag = stack.lag(admin);
            } catch (RuntimeException e) {
                lag = Map.of();
            }
            samples.add(new Sample(Duration.between(start, Instant.now()).toMillis() / 1000.0, lag, cpu, rss));
            previous = now;
            prevNanos = nanos;
        }
    }

    /** The services, the broker (in this JVM) and the PostgreSQL server processes. */
    private static Map<String, ProcessStats> stats(LocalStack stack) {
        Map<String, ProcessStats> m = new LinkedHashMap<>();
        stack.servicePids().forEach((name, pid) -> m.put(name, ProcessStats.of(pid)));
        m.put("kafka+launcher", ProcessStats.of(ProcessHandle.current().pid()));
        // pg_ctl detaches the server, so its processes are found by name and data folder, not as children
        String dataDir = stack.dataDir().toString();
        List<Long> pg = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> p.info().commandLine().map(c -> c.contains(dataDir)).orElse(false))
                .flatMap(postmaster -> java.util.stream.Stream.concat(java.util.stream.Stream.of(postmaster),
                        postmaster.descendants()))
                .map(ProcessHandle::pid).toList();
        m.put("postgresql", ProcessStats.sum(pg));
        // everything on the machine, to see how much of the cores other work took during the run
        m.put(MACHINE, ProcessStats.machine());
        return m;
    }
}
