package org.polevents.deploy.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code polevents up | push | eval}: the embedded default's command line. */
@Command(name = "polevents", mixinStandardHelpOptions = true,
        description = "Run the political-event pipeline on this machine with no Docker.",
        subcommands = {PoleventsCommand.Up.class, PoleventsCommand.Infra.class, PoleventsCommand.Bench.class, PoleventsCommand.Push.class, PoleventsCommand.Eval.class})
public final class PoleventsCommand implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new PoleventsCommand()).execute(args));
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    static Path home() {
        return Path.of(System.getProperty("polevents.home", ".")).toAbsolutePath().normalize();
    }

    @Command(name = "up", description = "Start Kafka, PostgreSQL and the three services; stop with Ctrl-C.")
    static final class Up implements Callable<Integer> {
        @Option(names = "--data", description = "data folder (default: .polevents in the checkout)")
        Path data;

        @Override
        public Integer call() throws InterruptedException {
            StackSettings d = StackSettings.defaults(home());
            StackSettings s = data == null ? d : new StackSettings(d.home(), data, d.kafkaPort(), d.postgresPort(),
                    d.ingestPort(), d.extractPort(), d.storePort(), d.partitions());
            LocalStack stack = LocalStack.start(s, System.out);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.out.println("stopping...");
                stack.close();
                stopped.countDown();
            }));
            System.out.printf("%npolevents is running.%n"
                    + "  push articles:  POST %s/articles   (or: ./polevents push FILE|DIR...)%n"
                    + "  API key:        %s   (header 'Authorization: Bearer KEY'; also in %s)%n"
                    + "  web page:       %s/%n"
                    + "  read events:    GET  %s/events   (live: GET %s/events/stream)%n"
                    + "  article:        GET  %s/articles/{id}%n"
                    + "  Kafka:          %s   (topics articles.raw, segments.dedup, events.extracted)%n"
                    + "  PostgreSQL:     %s%n"
                    + "  health:         %s/q/health  %s/q/health  %s/q/health%n"
                    + "Ctrl-C stops everything; data stays in %s%n",
                    stack.ingestUrl(), stack.apiKey(), ApiKeyFile.path(s.dataDir()), stack.storeUrl(), stack.storeUrl(),
                    stack.storeUrl(), stack.storeUrl(),
                    stack.bootstrapServers(),
                    stack.jdbcUrl("polevents_store"), stack.ingestUrl(), stack.extractUrl(), stack.storeUrl(), s.dataDir());
            stopped.await();
            return 0;
        }
    }

    @Command(name = "infra", description = "Start only Kafka and PostgreSQL (to run services from an IDE or by hand).")
    static final class Infra implements Callable<Integer> {
        @Option(names = "--data", description = "data folder (default: .polevents in the checkout)")
        Path data;

        @Override
        public Integer call() throws InterruptedException {
            StackSettings s = StackSettings.defaults(home());
            Path dir = data == null ? s.dataDir() : data;
            var broker = org.polevents.infra.EmbeddedKafkaBroker.on(dir.resolve("kafka"), s.kafkaPort()).start();
            broker.createTopics(s.partitions(), org.polevents.contracts.Topics.withDeadLetters());
            var db = org.polevents.infra.EmbeddedDatabase.start(dir.resolve("postgres"), s.postgresPort());
            String ingest = db.createDatabase("polevents_ingest");
            String store = db.createDatabase("polevents_store");
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                db.close();
                broker.close();
                stopped.countDown();
            }));
            System.out.printf("Kafka: %s%nPostgreSQL: %s  %s%nCtrl-C stops both.%n", broker.bootstrapServers(), ingest, store);
            stopped.await();
            return 0;
        }
    }

    @Command(name = "bench", description = "Start a fresh stack (each service its own process), push a stream of "
            + "generated articles and report throughput, push-to-stored latency, CPU, memory and consumer lag.")
    static final class Bench implements Callable<Integer> {
        @Option(names = "--count", defaultValue = "3000", description = "articles to push (default: ${DEFAULT-VALUE})")
        int count;

        @Option(names = "--rate", defaultValue = "0", description = "target articles/s; 0 = as fast as the pushers go "
                + "(default: ${DEFAULT-VALUE})")
        double rate;

        @Option(names = "--exact-share", defaultValue = "0.1", description = "share of exact copies (default: ${DEFAULT-VALUE})")
        double exactShare;

        @Option(names = "--near-share", defaultValue = "0.1", description = "share of near copies (default: ${DEFAULT-VALUE})")
        double nearShare;

        @Option(names = "--threads", defaultValue = "8", description = "concurrent pushers (default: ${DEFAULT-VALUE})")
        int threads;

        @Option(names = "--warmup", defaultValue = "300", description = "articles pushed first at the same rate and "
                + "not counted, so that the figures are those of warm services; 0 measures a cold start "
                + "(default: ${DEFAULT-VALUE})")
        int warmup;

        @Option(names = "--sql-profile", description = "also print the PostgreSQL statements that took the most time "
                + "(pg_stat_statements)")
        boolean sqlProfile;

        @Option(names = "--explain-slower-than", paramLabel = "MS", description = "with --sql-profile: log the executed "
                + "plan (with buffers) of every statement slower than MS milliseconds to the database's log folder")
        Integer explainSlowerThan;

        @Override
        public Integer call() throws IOException, InterruptedException {
            Path dataDir = ThrowAwayDir.create("polevents-bench");
            StackSettings settings = StackSettings.ephemeral(home(), dataDir);
            boolean explain = sqlProfile && explainSlowerThan != null;
            if (sqlProfile) {
                settings = settings.withPostgresConfig("shared_preload_libraries",
                                explain ? "pg_stat_statements,auto_explain" : "pg_stat_statements")
                        .withPostgresConfig("pg_stat_statements.track_planning", "on");
                if (explain) {
                    settings = settings.withPostgresConfig("auto_explain.log_min_duration", explainSlowerThan.toString())
                            .withPostgresConfig("auto_explain.log_analyze", "on")
                            .withPostgresConfig("auto_explain.log_buffers", "on")
                            .withPostgresConfig("logging_collector", "on");
                }
            }
            try (LocalStack stack = LocalStack.start(settings, System.out)) {
                if (sqlProfile) {
                    org.polevents.deploy.bench.StatementProfile.reset(stack);
                }
                org.polevents.deploy.bench.LoadBenchmark.run(stack,
                        new org.polevents.deploy.bench.LoadBenchmark.Settings(count, rate, exactShare, nearShare, threads, 42, warmup),
                        System.out).print(System.out);
                if (sqlProfile) {
                    org.polevents.deploy.bench.StatementProfile.print(stack, 15, System.out);
                }
                if (explain) {
                    System.out.println("plans of slow statements: " + dataDir.resolve("postgres").resolve("log"));
                }
            }
            if (!explain) {
                ThrowAwayDir.delete(dataDir); // the plans' log lives in it; otherwise nothing is left to read
            }
            return 0;
        }
    }

    @Command(name = "push", description = "Push article files or folders (.txt, .html, .json, .jsonl) to ingest-service.")
    static final class Push implements Callable<Integer> {
        @Option(names = "--url", defaultValue = "http://127.0.0.1:8081", description = "ingest-service URL (default: ${DEFAULT-VALUE})")
        String url;

        @Option(names = "--api-key", description = "API key (default: $POLEVENTS_API_KEY, else the key ./polevents up "
                + "generated in .polevents/api-key)")
        String apiKey;

        @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
        List<Path> paths;

        @Override
        public Integer call() {
            String key = apiKey != null ? apiKey : System.getenv("POLEVENTS_API_KEY");
            if (key == null) {
                key = ApiKeyFile.read(StackSettings.defaults(home()).dataDir())
                        .orElseThrow(() -> new CommandLine.ParameterException(new CommandLine(this),
                                "no API key: pass --api-key, set POLEVENTS_API_KEY, or start ./polevents up first"));
            }
            ArticlePusher pusher = new ArticlePusher(url, key);
            int failed = 0;
            for (Path f : ArticlePusher.articleFiles(paths)) {
                ArticlePusher.Pushed p = pusher.push(f);
                System.out.println((p.accepted() ? "accepted " : "REJECTED ") + f + " -> " + p.status() + " " + p.body());
                failed += p.accepted() ? 0 : 1;
            }
            return failed == 0 ? 0 : 1;
        }
    }

    @Command(name = "eval", description = "Run article files through a fresh embedded pipeline, write kept segments and "
            + "events as JSONL and score them with score.py when a gold set is found.")
    static final class Eval implements Callable<Integer> {
        @Option(names = "--out", defaultValue = "target/eval", description = "output folder (default: ${DEFAULT-VALUE})")
        Path out;

        @Option(names = "--gold", description = "folder holding gold-events.jsonl and gold-segments.jsonl "
                + "(default: the input folder when it holds them)")
        Path gold;

        @Option(names = "--score", description = "score.py (default: beside the gold folder)")
        Path score;

        @Option(names = "--min-type-f1", description = "fail when type-level F1 is lower")
        Double minTypeF1;

        @Option(names = "--min-full-f1", description = "fail when full-match F1 is lower")
        Double minFullF1;

        @Option(names = "--min-full-precision", description = "fail when full-match precision is lower")
        Double minFullPrecision;

        @Option(names = "--strict-segments", description = "fail when boilerplate or duplicates are left, a segment is "
                + "kept twice or gold evidence is lost")
        boolean strictSegments;

        @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
        List<Path> paths;

        @Override
        public Integer call() throws IOException, InterruptedException {
            Path goldDir = gold != null ? gold : paths.stream().filter(p -> Files.isRegularFile(p.resolve("gold-events.jsonl")))
                    .findFirst().orElse(null);
            // the gold files sit beside the articles; they are the answer key, not input
            List<Path> files = ArticlePusher.articleFiles(paths).stream()
                    .filter(f -> goldDir == null || !f.toAbsolutePath().getParent().equals(goldDir.toAbsolutePath())
                            || !f.getFileName().toString().startsWith("gold-"))
                    .toList();
            Path dataDir = ThrowAwayDir.create("polevents-eval");
            Evaluation.Output o;
            try (LocalStack stack = LocalStack.start(StackSettings.ephemeral(home(), dataDir), System.out)) {
                o = new Evaluation().run(stack, files, out, System.out);
            } finally {
                ThrowAwayDir.delete(dataDir);
            }
            System.out.printf("pushed %d files (%d rejected); kept %d segments; %d events%n  %s%n  %s%n",
                    o.pushed(), o.rejected(), o.keptSegments(), o.eventCount(), o.segments(), o.events());
            if (goldDir == null) {
                return 0;
            }
            Path script = score != null ? score : goldDir.toAbsolutePath().getParent().resolve("score.py");
            Scores scores = Scores.run(script, goldDir, o, System.out);
            return scores.meets(minTypeF1, minFullF1, minFullPrecision, strictSegments, System.out) ? 0 : 1;
        }
    }
}
