package org.polevents.store.persist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.polevents.contracts.Location;
import org.polevents.contracts.PoliticalEvent;

/**
 * Writes one extracted report: a new stored event, another mention of a stored one, or nothing
 * when the report was written before or comes from a superseded coder version.
 *
 * <p>Runs on the caller's connection inside the caller's transaction. Two kinds of
 * transaction-scoped advisory lock make concurrent consumers (several partitions, several
 * instances) safe: first the lock of the report's article, which serialises the decision about
 * the article's coder version ({@link VersionRule}); then the lock of the merge key, which
 * serialises writers that could merge into the same event, so that no real-world event is stored
 * twice and no mention is lost. A report of a newer coder version first removes the article's
 * reports of older versions ({@link ReportRetirer}), so re-coding an article replaces its events
 * instead of adding to them. Stateless apart from its configuration; thread-safe.
 */
public final class EventWriter {
    /** Merge candidates looked at per report; more than this many same-key events in three days is a flood. */
    private static final int MAX_CANDIDATES = 200;

    private static final String INSERT_EVENT = insert("events", EventRows.EVENT_COLUMNS);

    private static final String INSERT_MENTION = insert("event_mentions", EventRows.MENTION_COLUMNS);

    private static final String CANDIDATES = """
            SELECT id, date_from, date_to, date_precision, published_day,
                   location_text, location_name, location_country, location_lat, location_lon,
                   published_at IS NULL,
                   EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = events.id AND m.article_id = ?),
                   cameo
            FROM events
            WHERE merge_key = ? AND anchor_day BETWEEN ? AND ?
            ORDER BY seq
            """ + " LIMIT " + MAX_CANDIDATES;

    /*
     * A new event and its first report in one statement, a merged report and the count in
     * another: one round trip each instead of two. The statement's parts see the table as it was
     * before the statement, so the count goes up by one unless an earlier report of the same
     * article is already there (an index lookup, where recounting every report of a much-reported
     * event grew with its mentions: a third of the store's database time under load). The merge
     * key's lock serialises every write to the event, and retiring reports recounts in full
     * (ReportRetirer). The foreign key of the report is checked at the end of the statement, after
     * the event row exists.
     */
    private static final String INSERT_EVENT_AND_MENTION = "WITH new_event AS (" + INSERT_EVENT + ") "
            + INSERT_MENTION;

    private static final String INSERT_MENTION_AND_RECOUNT = "WITH new_mention AS (" + INSERT_MENTION + """
            ) UPDATE events SET mentions = mentions + CASE WHEN EXISTS (SELECT 1 FROM event_mentions
                                                WHERE event_id = ? AND article_id = ?) THEN 0 ELSE 1 END,
                                updated_at = now()
            WHERE id = ?""";

    private final MentionMerger merger;
    private final boolean merging;
    private final VersionRule versions = new VersionRule();
    private final Clock clock;

    /**
     * @param merger  the merging rule
     * @param merging false stores every report as its own event (mentions stay 1)
     * @param clock   the time of reports whose production time is unknown
     */
    public EventWriter(MentionMerger merger, boolean merging, Clock clock) {
        this.merger = merger;
        this.merging = merging;
        this.clock = clock;
    }

    public static EventWriter standard() {
        return new EventWriter(MentionMerger.standard(), true, Clock.systemUTC());
    }

    /** Writes a report whose production time is unknown (taken as now); the caller commits. */
    public StoreOutcome write(Connection c, PoliticalEvent e) throws SQLException {
        return write(c, e, null);
    }

    /**
     * Writes the report; the caller commits.
     *
     * @param codedAt when the report was produced (its Kafka record timestamp), or null for now;
     *                orders two coder versions with the same rules version
     */
    public StoreOutcome write(Connection c, PoliticalEvent e, Instant codedAt) throws SQLException {
        return write(c, e, codedAt, GroupMemo.single());
    }

    private StoreOutcome write(Connection c, PoliticalEvent e, Instant codedAt, GroupMemo memo) throws SQLException {
        String version = VersionRule.normalise(e.coderVersion());
        Instant at = codedAt == null ? clock.instant() : codedAt;
        MergeFacts facts = MergeFacts.of(e, at.atZone(java.time.ZoneOffset.UTC).toLocalDate());
        if (!memo.locksHeld()) {
            ArticleVersions.lock(c, e.articleId());
        }
        Optional<VersionRule.ArticleVersion> known = memo.version(c, e.articleId());
        ReportRetirer.Retired retired = ReportRetirer.Retired.NONE;
        switch (versions.judge(known, version, at)) {
            case STALE -> {
                return StoreOutcome.stale(e.id());
            }
            case FIRST -> {
                ArticleVersions.first(c, e.articleId(), version, at);
                memo.versionChanged(e.articleId());
            }
            case NEWER -> {
                retired = ReportRetirer.retire(c, e.articleId(), version, facts.mergeKey());
                memo.reportsRemoved();
                Set<String> old = new HashSet<>(retired.versions());
                old.add(known.orElseThrow().version());
                ArticleVersions.replace(c, e.articleId(), version, at, old);
                memo.versionChanged(e.articleId());
            }
            case CURRENT -> {
                // the stored version: nothing to decide
            }
        }
        return store(c, e, facts, memo).superseding(retired);
    }

    /**
     * Writes several reports in the caller's transaction, in list order, each exactly as
     * {@link #write(Connection, PoliticalEvent, Instant)} would have written it right after the
     * ones before it. The locks every write takes are taken first, all at once in one order
     * (article locks, sorted, then merge-key locks, sorted), so that two such groups, or a group
     * and single writes, cannot wait for each other in a cycle while the transaction holds them.
     * (Only a re-coding, which also locks the merge keys of the article's older reports, can still
     * meet a deadlock; PostgreSQL then aborts one transaction, a transient failure.)
     *
     * @return the outcome of each report, in list order
     */
    public List<StoreOutcome> writeAll(Connection c, List<ReportToStore> reports) throws SQLException {
        Set<String> articles = new TreeSet<>();
        Set<String> mergeKeys = new TreeSet<>();
        for (ReportToStore r : reports) {
            articles.add(r.event().articleId());
            mergeKeys.add(MergeFacts.mergeKey(r.event()));
        }
        ArticleVersions.lockAll(c, articles);
        MergeLocks.lockAll(c, mergeKeys);
        GroupMemo memo = GroupMemo.forLockedGroup(c, reports.stream().map(r -> r.event().id()).toList());
        List<StoreOutcome> outcomes = new ArrayList<>(reports.size());
        for (ReportToStore r : reports) {
            outcomes.add(write(c, r.event(), r.producedAt(), memo));
        }
        return outcomes;
    }

    private StoreOutcome store(Connection c, PoliticalEvent e, MergeFacts facts, GroupMemo memo) throws SQLException {
        if (!memo.locksHeld()) {
            MergeLocks.lock(c, facts.mergeKey());
        }
        Optional<String> seen = memo.owner(c, e.id());
        if (seen.isPresent()) {
            return StoreOutcome.duplicate(seen.get());
        }
        Optional<MergeFacts> into = merging && facts.coded() && facts.anchorDay() != null
                ? merger.match(facts, candidates(c, facts, e.articleId()))
                : Optional.empty();
        if (into.isPresent()) {
            String target = into.get().id();
            List<Object> values = new ArrayList<>(EventRows.mention(target, e));
            values.addAll(List.of(target, e.articleId(), target));
            execute(c, INSERT_MENTION_AND_RECOUNT, values);
            memo.stored(e.id(), target);
            return StoreOutcome.merged(target);
        }
        List<Object> values = new ArrayList<>(EventRows.event(e, facts));
        values.addAll(EventRows.mention(e.id(), e));
        execute(c, INSERT_EVENT_AND_MENTION, values);
        memo.stored(e.id(), e.id());
        return StoreOutcome.stored(e.id());
    }

    private List<MergeFacts> candidates(Connection c, MergeFacts facts, String articleId) throws SQLException {
        LocalDate anchor = facts.anchorDay();
        List<MergeFacts> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(CANDIDATES)) {
            ps.setString(1, articleId);
            ps.setString(2, facts.mergeKey());
            ps.setObject(3, anchor.minusDays(merger.windowDays()));
            ps.setObject(4, anchor.plusDays(merger.windowDays()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate from = rs.getObject(2, LocalDate.class);
                    LocalDate to = rs.getObject(3, LocalDate.class);
                    EventDates.DayRange range = from == null ? null : new EventDates.DayRange(from, to, rs.getString(4));
                    Location loc = new Location(rs.getString(6), rs.getString(7), rs.getString(8),
                            (Double) rs.getObject(9), (Double) rs.getObject(10));
                    // an undated event already holding a report of this article: the arrival day
                    // cannot tell the article's sentences apart, whichever of them came first
                    String arrivedIn = !rs.getBoolean(11) ? null : rs.getBoolean(12) ? articleId : "";
                    out.add(new MergeFacts(rs.getString(1), facts.mergeKey(), true, range,
                            rs.getObject(5, LocalDate.class), loc, arrivedIn, rs.getString(13),
                            rs.getBoolean(12) ? articleId : null));
                }
            }
        }
        return out;
    }

    private static void execute(Connection c, String sql, List<Object> values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v == null) {
                    ps.setNull(i + 1, Types.NULL);
                } else {
                    ps.setObject(i + 1, v);
                }
            }
            ps.executeUpdate();
        }
    }

    private static String insert(String table, List<String> columns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }
}
