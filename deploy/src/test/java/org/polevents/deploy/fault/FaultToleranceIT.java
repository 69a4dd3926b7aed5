package org.polevents.deploy.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.polevents.deploy.bench.ArticleGenerator;
import org.polevents.deploy.bench.BenchPusher;
import org.polevents.deploy.local.LocalStack;

/**
 * Exactly-once storage under faults. The same stream of generated articles (with exact copies) is
 * pushed twice into fresh stacks: once undisturbed, once while each service is killed with
 * {@code kill -9} and restarted in turn, the broker is restarted and the database is stopped for
 * 30 seconds. Every accepted article's events must then be stored exactly as in the undisturbed
 * run: none lost, none twice, and each stored event counting each of its reports once.
 */
class FaultToleranceIT {
    private static final int ARTICLES = 900;
    private static final double RATE = 25;
    private static final Path HOME = Path.of(System.getProperty("polevents.home", "..")).toAbsolutePath().normalize();

    /**
     * What was stored: (story, type, source country, target country, evidence) → reports, the report
     * rows, and the sum of the events' mention counts.
     */
    private record Stored(Map<String, Integer> reports, long mentionRows, long mentionsCounted, int accepted) {
    }

    @Test
    void everyAcceptedArticleIsStoredExactlyOnceThroughKillsRestartsAndADatabaseOutage() throws Exception {
        List<ArticleGenerator.Generated> articles = stream();
        Stored calm = run(articles, false);
        Stored faulty = run(articles, true);

        assertThat(calm.accepted()).isEqualTo(ARTICLES);
        assertThat(faulty.accepted()).as("accepted under faults").isEqualTo(ARTICLES);
        assertThat(calm.reports()).isNotEmpty();
        assertThat(difference(calm.reports(), faulty.reports())).as("events lost (-) or stored twice (+) under faults")
                .isEmpty();
        assertThat(faulty.mentionRows()).as("reports stored").isEqualTo(calm.mentionRows());
        assertThat(faulty.mentionsCounted()).as("mentions counted (GDELT NumMentions)").isEqualTo(calm.mentionsCounted());
    }

    /** "-n key" for reports missing under faults, "+n key" for extra ones. */
    private static List<String> difference(Map<String, Integer> expected, Map<String, Integer> actual) {
        List<String> diff = new ArrayList<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String k : keys) {
            int d = actual.getOrDefault(k, 0) - expected.getOrDefault(k, 0);
            if (d != 0) {
                diff.add((d > 0 ? "+" : "") + d + " " + k);
            }
        }
        return diff;
    }

    private static List<ArticleGenerator.Generated> stream() {
        ArticleGenerator g = new ArticleGenerator(7);
        List<ArticleGenerator.Generated> out = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            // exact copies only: whichever copy wins, its events are the same text
            out.add(g.next(0.1, 0));
        }
        return out;
    }

    private static Stored run(List<ArticleGenerator.Generated> articles, boolean faults) throws Exception {
        Path dir = Files.createTempDirectory(faults ? "fault-run" : "calm-run");
        try (LocalStack stack = LocalStack.startEphemeral(HOME, dir, System.out)) {
            BenchPusher pusher = new BenchPusher(stack.ingestUrl(), stack.apiKey());
            int accepted = pusher.pushAll(articles, RATE, 8, Duration.ofMinutes(3), a -> { },
                    i -> {
                        if (faults) {
                            injectAt(stack, i, articles.size());
                        }
                    });
            stack.awaitDrained(Duration.ofMinutes(10));
            return stored(stack, articles, accepted);
        }
    }

    /** One fault at each of five points of the stream, while articles keep arriving. */
    private static void injectAt(LocalStack stack, int i, int n) {
        if (i == n * 10 / 100) {
            System.out.println("FAULT: kill -9 ingest-service");
            stack.killAndRestart("ingest-service");
        } else if (i == n * 25 / 100) {
            System.out.println("FAULT: kill -9 extract-service");
            stack.killAndRestart("extract-service");
        } else if (i == n * 40 / 100) {
            System.out.println("FAULT: kill -9 store-service");
            stack.killAndRestart("store-service");
        } else if (i == n * 55 / 100) {
            System.out.println("FAULT: broker restart");
            stack.restartBroker();
        } else if (i == n * 70 / 100) {
            System.out.println("FAULT: database down for 30 s");
            stack.stopDatabase();
            Thread stopper = new Thread(() -> {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                stack.startDatabase();
                System.out.println("FAULT: database back");
            });
            stopper.start();
        }
    }

    private static Stored stored(LocalStack stack, List<ArticleGenerator.Generated> articles, int accepted) throws Exception {
        Map<String, String> storyOf = new HashMap<>();
        articles.forEach(a -> storyOf.put(a.id(), a.storyId()));
        Map<String, Integer> reports = new TreeMap<>();
        long rows;
        long counted;
        try (Connection c = stack.dataSource("polevents_store").getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT m.article_id, e.type, e.source_country, e.target_country, "
                    + "m.evidence_text FROM event_mentions m JOIN events e ON e.id = m.event_id")) {
                while (rs.next()) {
                    String story = storyOf.getOrDefault(rs.getString(1).split("-")[0], rs.getString(1));
                    reports.merge(String.join("|", story, rs.getString(2), String.valueOf(rs.getString(3)),
                            String.valueOf(rs.getString(4)), rs.getString(5)), 1, Integer::sum);
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM event_mentions), "
                    + "(SELECT coalesce(sum(mentions), 0) FROM events)")) {
                rs.next();
                rows = rs.getLong(1);
                counted = rs.getLong(2);
            }
        }
        return new Stored(reports, rows, counted, accepted);
    }
}
