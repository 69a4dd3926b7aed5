package org.polevents.store.persist;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.infra.quarkus.SharedInfra;
import org.polevents.store.Events;

/**
 * The writer on the real embedded PostgreSQL, without Quarkus: idempotency, merging and
 * concurrent writers. Each test writes in its own target org so tests never merge into each other.
 */
class EventWriterTest {
    private static DataSource db;
    private final EventWriter writer = EventWriter.standard();

    @BeforeAll
    static void migrate() {
        String url = SharedInfra.database().createDatabase("store_writer_test");
        db = SharedInfra.database().dataSource("store_writer_test");
        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
    }

    private StoreOutcome write(PoliticalEvent e) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            StoreOutcome o = writer.write(c, e);
            c.commit();
            return o;
        }
    }

    private static PoliticalEvent report(String org, String id, String article, String date) {
        return Events.event(id, article, "CONSULT", "043", Events.actor("USA", "GOV", null),
                Events.actor("AFG", "GOV", org), null, date, date + "T09:00:00Z");
    }

    private static long count(String sql, String arg) throws SQLException {
        try (Connection c = db.getConnection(); var ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aRedeliveredReportChangesNothing() throws Exception {
        String org = "org-" + UUID.randomUUID();
        PoliticalEvent e = report(org, org + "-1", "a1", "2025-01-05");
        assertThat(write(e)).isEqualTo(StoreOutcome.stored(e.id()));
        assertThat(write(e)).isEqualTo(StoreOutcome.duplicate(e.id()));
        assertThat(count("SELECT count(*) FROM events WHERE target_org = ?", org)).isEqualTo(1);
        assertThat(count("SELECT mentions FROM events WHERE id = ?", e.id())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM event_mentions WHERE event_id = ?", e.id())).isEqualTo(1);
    }

    @Test
    void reportsFromOtherArticlesRaiseMentionsOnce() throws Exception {
        String org = "org-" + UUID.randomUUID();
        PoliticalEvent first = report(org, org + "-1", "a1", "2025-01-05");
        PoliticalEvent second = report(org, org + "-2", "a2", "2025-01-06");
        PoliticalEvent sameArticleAgain = report(org, org + "-3", "a2", "2025-01-06");
        write(first);
        assertThat(write(second)).isEqualTo(StoreOutcome.merged(first.id()));
        assertThat(write(second)).isEqualTo(StoreOutcome.duplicate(first.id()));
        assertThat(write(sameArticleAgain)).isEqualTo(StoreOutcome.merged(first.id()));
        assertThat(count("SELECT count(*) FROM events WHERE target_org = ?", org)).isEqualTo(1);
        // mentions count distinct articles; every evidence sentence is kept
        assertThat(count("SELECT mentions FROM events WHERE id = ?", first.id())).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM event_mentions WHERE event_id = ?", first.id())).isEqualTo(3);
    }

    @Test
    void undatedReportsOfUnpublishedArticlesMergeAcrossArticlesOnly() throws Exception {
        String org = "org-" + UUID.randomUUID();
        PoliticalEvent first = Events.event(org + "-1", org + "-a1", "CONSULT", "042", Events.actor("RUS", "GOV", null),
                Events.actor("AFG", "GOV", org), null, null, null);
        PoliticalEvent otherOutlet = Events.withId(first, org + "-2", org + "-a2");
        PoliticalEvent sameArticle = Events.withId(first, org + "-3", org + "-a1");
        write(first);
        assertThat(write(otherOutlet)).isEqualTo(StoreOutcome.merged(first.id()));
        assertThat(write(sameArticle).kind()).isEqualTo(StoreOutcome.Kind.STORED);
        assertThat(count("SELECT mentions FROM events WHERE id = ?", first.id())).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM events WHERE target_org = ?", org)).isEqualTo(2);
    }

    @Test
    void whichUndatedReportArrivesFirstDoesNotChangeTheCounts() throws Exception {
        for (boolean otherOutletFirst : new boolean[] {true, false}) {
            String org = "org-" + UUID.randomUUID();
            PoliticalEvent first = Events.event(org + "-1", org + "-a1", "CONSULT", "042",
                    Events.actor("RUS", "GOV", null), Events.actor("AFG", "GOV", org), null, null, null);
            PoliticalEvent secondSentence = Events.withId(first, org + "-2", org + "-a1");
            PoliticalEvent otherOutlet = Events.withId(first, org + "-3", org + "-a2");
            List<PoliticalEvent> order = otherOutletFirst ? List.of(otherOutlet, first, secondSentence)
                    : List.of(first, secondSentence, otherOutlet);
            for (PoliticalEvent e : order) {
                write(e);
            }
            assertThat(count("SELECT count(*) FROM events WHERE target_org = ?", org)).as("events").isEqualTo(2);
            assertThat(count("SELECT sum(mentions) FROM events WHERE target_org = ?", org)).as("mentions").isEqualTo(3);
        }
    }

    @Test
    void aReportOutsideTheWindowIsANewEvent() throws Exception {
        String org = "org-" + UUID.randomUUID();
        write(report(org, org + "-1", "a1", "2025-01-05"));
        assertThat(write(report(org, org + "-2", "a2", "2025-01-08")).kind()).isEqualTo(StoreOutcome.Kind.STORED);
        assertThat(count("SELECT count(*) FROM events WHERE target_org = ?", org)).isEqualTo(2);
    }

    @Test
    void concurrentReportsOfOneEventBecomeOneEvent() throws Exception {
        String org = "org-" + UUID.randomUUID();
        int n = 16;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<StoreOutcome>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                PoliticalEvent r = report(org, org + "-" + i, "article-" + i, "2025-01-05");
                results.add(pool.submit(() -> write(r)));
                // every report twice: a redelivery racing the first delivery
                results.add(pool.submit(() -> write(r)));
            }
            for (Future<StoreOutcome> f : results) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(count("SELECT count(*) FROM events WHERE target_org = ?", org)).isEqualTo(1);
        assertThat(count("SELECT max(mentions) FROM events WHERE target_org = ?", org)).isEqualTo(n);
        assertThat(count("SELECT count(*) FROM event_mentions m JOIN events e ON e.id = m.event_id"
                + " WHERE e.target_org = ?", org)).isEqualTo(n);
    }

    private List<StoreOutcome> writeAll(List<PoliticalEvent> events) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            List<StoreOutcome> o = writer.writeAll(c, events.stream().map(e -> new ReportToStore(e, null)).toList());
            c.commit();
            return o;
        }
    }

    @Test
    void aGroupInOneTransactionGivesWhatWritingItsReportsOneByOneGives() throws Exception {
        String org = "org-" + UUID.randomUUID();
        PoliticalEvent first = report(org, org + "-1", "a1", "2025-01-05");
        PoliticalEvent second = report(org, org + "-2", "a2", "2025-01-06");
        PoliticalEvent sameArticleAgain = report(org, org + "-3", "a2", "2025-01-06");
        PoliticalEvent later = report(org, org + "-4", "a3", "2025-01-09");

        assertThat(writeAll(List.of(first, second, second, sameArticleAgain, later))).containsExactly(
                StoreOutcome.stored(first.id()), StoreOutcome.merged(first.id()), StoreOutcome.duplicate(first.id()),
                StoreOutcome.merged(first.id()), StoreOutcome.stored(later.id()));
        assertThat(count("SELECT count(*) FROM events WHERE target_org = ?", org)).isEqualTo(2);
        assertThat(count("SELECT mentions FROM events WHERE id = ?", first.id())).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM event_mentions WHERE event_id = ?", first.id())).isEqualTo(3);
        // the whole group again, as after a redelivery: nothing changes
        assertThat(writeAll(List.of(first, second, later))).extracting(StoreOutcome::kind)
                .containsOnly(StoreOutcome.Kind.DUPLICATE);
        assertThat(count("SELECT count(*) FROM event_mentions m JOIN events e ON e.id = m.event_id"
                + " WHERE e.target_org = ?", org)).isEqualTo(4);
    }

    @Test
    void concurrentGroupsOfTheSameArticlesInOppositeOrdersNeitherDeadlockNorDoubleStore() throws Exception {
        String org = "org-" + UUID.randomUUID();
        int n = 12;
        List<PoliticalEvent> reports = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // two merge keys, so that a group holds several merge-key locks as well as article locks
            PoliticalEvent r = report(org, org + "-" + i, org + "-article-" + (i % 4), "2025-01-05");
            reports.add(i % 2 == 0 ? r : Events.event(r.id(), r.articleId(), "REQUEST", "010",
                    Events.actor("USA", "GOV", null), Events.actor("AFG", "GOV", org), null, "2025-01-05",
                    "2025-01-05T09:00:00Z"));
        }
        List<PoliticalEvent> reversed = new ArrayList<>(reports);
        java.util.Collections.reverse(reversed);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<StoreOutcome>>> results = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                results.add(pool.submit(() -> writeAll(reports)));
                results.add(pool.submit(() -> writeAll(reversed)));
            }
            for (Future<List<StoreOutcome>> f : results) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(count("SELECT count(*) FROM events WHERE target_org = ?", org)).isEqualTo(2);
        assertThat(count("SELECT sum(mentions) FROM events WHERE target_org = ?", org)).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM event_mentions m JOIN events e ON e.id = m.event_id"
                + " WHERE e.target_org = ?", org)).isEqualTo(n);
    }

    @Test
    void mergingCanBeSwitchedOff() throws Exception {
        String org = "org-" + UUID.randomUUID();
        EventWriter separate = new EventWriter(MentionMerger.standard(), false, java.time.Clock.systemUTC());
        try (Connection c = db.getConnection()) {
            separate.write(c, report(org, org + "-1", "a1", "2025-01-05"));
            separate.write(c, report(org, org + "-2", "a2", "2025-01-05"));
        }
        assertThat(count("SELECT count(*) FROM events WHERE target_org = ?", org)).isEqualTo(2);
    }
}
