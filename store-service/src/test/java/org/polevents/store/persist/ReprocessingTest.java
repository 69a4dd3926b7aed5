package org.polevents.store.persist;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polevents.contracts.Location;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.infra.quarkus.SharedInfra;
import org.polevents.store.Events;

/**
 * Re-coding articles with a new coder version, on the real embedded PostgreSQL: the newest
 * version's reports replace the old ones, merged events keep their invariants, late and
 * redelivered old reports change nothing, and all of it holds with concurrent writers. Every test
 * uses its own article ids and target org.
 */
class ReprocessingTest {
    private static final Instant T0 = Instant.parse("2025-06-01T00:00:00Z");
    private static final String V1 = "0.2.0+aaaa1111";
    private static final String V2 = "0.2.0+bbbb2222";
    private static DataSource db;
    private final EventWriter writer = EventWriter.standard();

    @BeforeAll
    static void migrate() {
        String url = SharedInfra.database().createDatabase("store_reprocessing_test");
        db = SharedInfra.database().dataSource("store_reprocessing_test");
        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
    }

    private StoreOutcome write(PoliticalEvent e, Instant at) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                StoreOutcome o = writer.write(c, e, at);
                c.commit();
                return o;
            } catch (SQLException | RuntimeException ex) {
                c.rollback();
                throw ex;
            }
        }
    }

    /** A report by {@code version} of a meeting on {@code day}; same org and day merge across articles. */
    private static PoliticalEvent report(String org, String article, String version, String sentence, String day,
            String type) {
        PoliticalEvent e = Events.event(article + "|" + version + "|" + sentence, article, type, "043",
                Events.actor("USA", "GOV", null), Events.actor("AFG", "GOV", org),
                new Location("Doha", "Doha", "QAT", 25.29, 51.53), day, day + "T09:00:00Z");
        return new PoliticalEvent(e.id(), e.articleId(), article + ".example", e.url(), e.publishedAt(), e.type(),
                e.mode(), e.cameo(), e.source(), e.target(), e.location(), e.date(), e.datePrecision(), e.status(),
                e.quantity(), new org.polevents.contracts.Evidence(sentence, 10, 10 + sentence.length()),
                e.confidence(), version, 1);
    }

    private static long count(String sql, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String text(String sql, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** A re-coding story: old reports, merges, the new version, late and redelivered reports of both. */
    private static List<ReportToStore> recodingStory(String org) {
        String a = "a-" + org;
        String b = "b-" + org;
        String c = "c-" + org;
        PoliticalEvent meeting = report(org, a, V1, "Envoys met in Doha.", "2025-05-05", "CONSULT");
        PoliticalEvent threat = report(org, a, V1, "They threatened sanctions.", "2025-05-05", "THREATEN");
        PoliticalEvent sameMeeting = report(org, b, V1, "The envoys held talks in Doha.", "2025-05-05", "CONSULT");
        PoliticalEvent recoded = report(org, a, V2, "Envoys met in Doha on Monday.", "2025-05-05", "CONSULT");
        PoliticalEvent other = report(org, c, V2, "Talks were held in Doha.", "2025-05-06", "CONSULT");
        return List.of(new ReportToStore(meeting, T0), new ReportToStore(threat, T0),
                new ReportToStore(sameMeeting, T0.plusSeconds(5)), new ReportToStore(meeting, T0),
                new ReportToStore(recoded, T0.plusSeconds(60)), new ReportToStore(threat, T0),
                new ReportToStore(other, T0.plusSeconds(61)), new ReportToStore(recoded, T0.plusSeconds(60)),
                new ReportToStore(sameMeeting, T0.plusSeconds(5)));
    }

    private List<StoreOutcome> writeGroups(List<ReportToStore> reports, int groupSize) throws SQLException {
        List<StoreOutcome> out = new ArrayList<>();
        for (int from = 0; from < reports.size(); from += groupSize) {
            try (Connection c = db.getConnection()) {
                c.setAutoCommit(false);
                out.addAll(writer.writeAll(c, reports.subList(from, Math.min(reports.size(), from + groupSize))));
                c.commit();
            }
        }
        return out;
    }

    /** What a test can compare across orgs: outcome kinds and counts, with ids made org-free. */
    private static List<String> shape(List<StoreOutcome> outcomes, String org) {
        return outcomes.stream().map(o -> o.kind() + " " + o.eventId().replace(org, "ORG") + " "
                + o.supersededReports() + "/" + o.supersededEvents()).toList();
    }

    @Test
    void reCodingInGroupsGivesWhatWritingOneByOneGives() throws Exception {
        String single = "org-" + UUID.randomUUID();
        List<StoreOutcome> oneByOne = new ArrayList<>();
        for (ReportToStore r : recodingStory(single)) {
            oneByOne.add(write(r.event(), r.producedAt()));
        }
        for (int groupSize : new int[] {2, 4, 9}) {
            String org = "org-" + UUID.randomUUID();
            List<StoreOutcome> grouped = writeGroups(recodingStory(org), groupSize);
            assertThat(shape(grouped, org)).as("groups of " + groupSize).isEqualTo(shape(oneByOne, single));
            for (String sql : List.of("SELECT count(*) FROM events WHERE target_org = ?",
                    "SELECT sum(mentions) FROM events WHERE target_org = ?",
                    "SELECT count(*) FROM event_mentions m JOIN events e ON e.id = m.event_id WHERE e.target_org = ?")) {
                assertThat(count(sql, org)).as(sql).isEqualTo(count(sql, single));
            }
        }
    }

    @Test
    void aNewerVersionReplacesTheArticlesEventsAndKeepsOtherArticlesMentions() throws Exception {
        String org = "org-" + UUID.randomUUID();
        String a = "a-" + org;
        String b = "b-" + org;
        PoliticalEvent meeting = report(org, a, V1, "Envoys met in Doha.", "2025-05-05", "CONSULT");
        PoliticalEvent threat = report(org, a, V1, "They threatened sanctions.", "2025-05-05", "THREATEN");
        PoliticalEvent sameMeeting = report(org, b, V1, "The envoys held talks in Doha.", "2025-05-05", "CONSULT");
        write(meeting, T0);
        write(threat, T0);
        assertThat(write(sameMeeting, T0.plusSeconds(5))).isEqualTo(StoreOutcome.merged(meeting.id()));
        assertThat(count("SELECT mentions FROM events WHERE id = ?", meeting.id())).isEqualTo(2);

        // article a re-coded: the new coder finds the meeting only, in other words
        PoliticalEvent recoded = report(org, a, V2, "Envoys met in Doha on Monday.", "2025-05-05", "CONSULT");
        StoreOutcome o = write(recoded, T0.plusSeconds(3600));

        // the meeting merges into the event b kept alive; the threat, only a's, is gone
        assertThat(o).isEqualTo(new StoreOutcome(StoreOutcome.Kind.MERGED, meeting.id(), 2, 1));
        assertThat(count("SELECT count(*) FROM events WHERE target_org = ?", org)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM events WHERE id = ?", threat.id())).isZero();
        assertThat(count("SELECT mentions FROM events WHERE id = ?", meeting.id())).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM event_mentions WHERE article_id = ? AND coder_version = ?", a, V1))
                .isZero();
        assertThat(count("SELECT count(*) FROM event_mentions WHERE event_id = ?", meeting.id())).isEqualTo(2);
        // the event no longer speaks with a's removed sentence: b's report was the earliest left
        assertThat(text("SELECT evidence_text FROM events WHERE id = ?", meeting.id()))
                .isEqualTo("The envoys held talks in Doha.");
        assertThat(text("SELECT article_id FROM events WHERE id = ?", meeting.id())).isEqualTo(b);
        assertThat(text("SELECT coder_version FROM article_coder_versions WHERE article_id = ?", a)).isEqualTo(V2);
        assertThat(text("SELECT array_to_string(superseded, ',') FROM article_coder_versions WHERE article_id = ?", a))
                .isEqualTo(V1);
    }

    @Test
    void anEventLeftWithoutReportsIsDeletedAndANewOneStored() throws Exception {
        String org = "org-" + UUID.randomUUID();
        String a = "a-" + org;
        PoliticalEvent old = report(org, a, V1, "Envoys met in Doha.", "2025-05-05", "CONSULT");
        write(old, T0);
        // the new coder dates the meeting differently: no merge with the old event is possible,
        // and the old one must not survive beside it
        PoliticalEvent recoded = report(org, a, V2, "Envoys met in Doha.", "2025-05-09", "CONSULT");
        StoreOutcome o = write(recoded, T0.plusSeconds(60));
        assertThat(o).isEqualTo(new StoreOutcome(StoreOutcome.Kind.STORED, recoded.id(), 1, 1));
        assertThat(count("SELECT count(*) FROM events WHERE target_org = ?", org)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM events WHERE id = ?", recoded.id())).isEqualTo(1);
    }

    @Test
    void lateAndRedeliveredReportsOfTheOldVersionChangeNothing() throws Exception {
        String org = "org-" + UUID.randomUUID();
        String a = "a-" + org;
        PoliticalEvent old1 = report(org, a, V1, "Envoys met in Doha.", "2025-05-05", "CONSULT");
        PoliticalEvent old2 = report(org, a, V1, "They threatened sanctions.", "2025-05-05", "THREATEN");
        PoliticalEvent new1 = report(org, a, V2, "Envoys met in Doha.", "2025-05-05", "CONSULT");
        write(old1, T0);
        write(new1, T0.plusSeconds(60));
        // a redelivery of the old run, and an old report that was still in flight, both arrive late
        assertThat(write(old1, T0).kind()).isEqualTo(StoreOutcome.Kind.STALE);
        assertThat(write(old2, T0.plusSeconds(1)).kind()).isEqualTo(StoreOutcome.Kind.STALE);
        // and the new version's redelivery is an ordinary duplicate
        assertThat(write(new1, T0.plusSeconds(60)).kind()).isEqualTo(StoreOutcome.Kind.DUPLICATE);
        assertThat(count("SELECT count(*) FROM events WHERE target_org = ?", org)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM event_mentions WHERE article_id = ?", a)).isEqualTo(1);
        assertThat(text("SELECT coder_version FROM event_mentions WHERE article_id = ?", a)).isEqualTo(V2);
    }

    @Test
    void replayingTheTopicInAnyOrderEndsWithTheVersionCodedLast() throws Exception {
        String org = "org-" + UUID.randomUUID();
        String a = "a-" + org;
        PoliticalEvent old = report(org, a, V1, "Envoys met in Doha.", "2025-05-05", "CONSULT");
        PoliticalEvent newer = report(org, a, V2, "Envoys met in Doha on Monday.", "2025-05-05", "CONSULT");
        // the store reads the new version's partition before the old one's
        assertThat(write(newer, T0.plusSeconds(60)).kind()).isEqualTo(StoreOutcome.Kind.STORED);
        assertThat(write(old, T0).kind()).isEqualTo(StoreOutcome.Kind.STALE);
        assertThat(count("SELECT count(*) FROM event_mentions WHERE article_id = ?", a)).isEqualTo(1);
        assertThat(text("SELECT coder_version FROM article_coder_versions WHERE article_id = ?", a)).isEqualTo(V2);
    }

    @Test
    void aHigherRulesVersionWinsOverALaterLowerOne() throws Exception {
        String org = "org-" + UUID.randomUUID();
        String a = "a-" + org;
        write(report(org, a, "0.3.0+cccc3333", "Envoys met in Doha.", "2025-05-05", "CONSULT"), T0);
        // an instance still running the old rules codes a redelivered article an hour later
        StoreOutcome o = write(report(org, a, "0.2.9+aaaa1111", "Envoys met.", "2025-05-05", "CONSULT"),
                T0.plusSeconds(3600));
        assertThat(o.kind()).isEqualTo(StoreOutcome.Kind.STALE);
        assertThat(text("SELECT coder_version FROM event_mentions WHERE article_id = ?", a)).isEqualTo("0.3.0+cccc3333");
    }

    @Test
    void aThirdVersionSupersedesTheSecondAndTheFirstStaysOut() throws Exception {
        String org = "org-" + UUID.randomUUID();
        String a = "a-" + org;
        write(report(org, a, V1, "One.", "2025-05-05", "CONSULT"), T0);
        write(report(org, a, V2, "Two.", "2025-05-05", "CONSULT"), T0.plusSeconds(10));
        StoreOutcome third = write(report(org, a, "0.2.0+dddd4444", "Three.", "2025-05-05", "CONSULT"),
                T0.plusSeconds(20));
        assertThat(third.supersededReports()).isEqualTo(1);
        assertThat(write(report(org, a, V1, "One again.", "2025-05-05", "CONSULT"), T0.plusSeconds(30)).kind())
                .isEqualTo(StoreOutcome.Kind.STALE);
        assertThat(text("SELECT array_to_string(superseded, ',') FROM article_coder_versions WHERE article_id = ?", a))
                .isEqualTo(V1 + "," + V2);
        assertThat(count("SELECT count(*) FROM event_mentions WHERE article_id = ?", a)).isEqualTo(1);
    }

    /**
     * Ten articles that all report the same meeting (one merged event) and each a story of its own,
     * coded by two versions; every report delivered twice, in random order, by six writers.
     */
    @Test
    void concurrentWritersOfBothVersionsEndWithOnlyTheNewVersion() throws Exception {
        String org = "org-" + UUID.randomUUID();
        int articles = 10;
        List<Runnable> work = new ArrayList<>();
        List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < articles; i++) {
            String a = "a" + i + "-" + org;
            for (String v : List.of(V1, V2)) {
                Instant at = v.equals(V1) ? T0 : T0.plusSeconds(600);
                List<PoliticalEvent> reports = List.of(
                        report(org, a, v, "Envoys met in Doha (" + v + ").", "2025-05-05", "CONSULT"),
                        report(org, a, v, "Story " + i + " (" + v + ").", String.format("2025-05-%02d", 1 + 3 * i), "ACCUSE"),
                        report(org, a, v, "Threat " + i + " (" + v + ").", "2025-05-05", "THREATEN"));
                for (PoliticalEvent r : reports) {
                    for (int copy = 0; copy < 2; copy++) {
                        work.add(() -> {
                            try {
                                writeRetryingDeadlocks(r, at);
                            } catch (Exception e) {
                                failures.add(e);
                            }
                        });
                    }
                }
            }
        }
        Collections.shuffle(work, new Random(11));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            work.forEach(w -> done.add(pool.submit(w)));
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(failures).isEmpty();
        String events = "SELECT %s FROM events WHERE target_org = ?";
        String mentions = "SELECT %s FROM event_mentions m JOIN events e ON e.id = m.event_id WHERE e.target_org = ?";
        // only the new version's reports, each exactly once
        assertThat(count(mentions.formatted("count(*)"), org)).isEqualTo(3L * articles);
        assertThat(count(mentions.formatted("count(*)") + " AND m.coder_version <> ?", org, V2)).isZero();
        // the shared meeting is one event with ten mentions (threats merge too: same day, same actors)
        assertThat(count(events.formatted("count(*)") + " AND type = 'CONSULT'", org)).isEqualTo(1);
        assertThat(count(events.formatted("max(mentions)") + " AND type = 'CONSULT'", org)).isEqualTo(articles);
        assertThat(count(events.formatted("count(*)") + " AND type = 'ACCUSE'", org)).isEqualTo(articles);
        // invariants: no event without a report, mentions = distinct reporting articles
        assertThat(count(events.formatted("count(*)") + " AND NOT EXISTS (SELECT 1 FROM event_mentions m"
                + " WHERE m.event_id = events.id)", org)).isZero();
        assertThat(count(events.formatted("count(*)") + " AND mentions <> (SELECT count(DISTINCT m.article_id)"
                + " FROM event_mentions m WHERE m.event_id = events.id)", org)).isZero();
        assertThat(count("SELECT count(*) FROM article_coder_versions WHERE article_id LIKE ? AND coder_version <> ?",
                "%-" + org, V2)).isZero();
    }

    /** A deadlock PostgreSQL broke is transient; the sink retries it the same way. */
    private void writeRetryingDeadlocks(PoliticalEvent r, Instant at) throws SQLException {
        for (int attempt = 0;; attempt++) {
            try {
                write(r, at);
                return;
            } catch (SQLException e) {
                if (!"40P01".equals(e.getSQLState()) || attempt > 5) {
                    throw e;
                }
            }
        }
    }
}
