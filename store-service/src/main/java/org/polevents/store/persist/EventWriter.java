package org.polevents.store.persist;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.polevents.contracts.Actor;
import org.polevents.contracts.Location;
import org.polevents.contracts.PoliticalEvent;

/**
 * Writes one extracted report: a new stored event, another mention of a stored one, or nothing
 * when the report was written before.
 *
 * <p>Runs on the caller's connection inside the caller's transaction. A transaction-scoped
 * advisory lock on the merge key serialises writers that could merge into the same event, so
 * concurrent consumers (several partitions, several instances) neither create two events for one
 * real-world event nor lose a mention. Stateless apart from its configuration; thread-safe.
 */
public final class EventWriter {
    /** Merge candidates looked at per report; more than this many same-key events in three days is a flood. */
    private static final int MAX_CANDIDATES = 200;

    private static final String INSERT_EVENT = """
            INSERT INTO events (id, article_id, outlet, url, published_at, type, mode, cameo,
              source_text, source_name, source_country, source_sector, source_org,
              target_text, target_name, target_country, target_sector, target_org,
              location_text, location_name, location_country, location_lat, location_lon,
              event_date, date_precision, status, quantity_amount, quantity_unit,
              evidence_text, evidence_start, evidence_end, confidence, coder_version, mentions,
              date_from, date_to, published_day, anchor_day, merge_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1,
              ?, ?, ?, ?, ?)""";

    private static final String INSERT_MENTION = """
            INSERT INTO event_mentions (mention_id, event_id, article_id, outlet, url, published_at,
              evidence_text, evidence_start, evidence_end, confidence, coder_version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String CANDIDATES = """
            SELECT id, date_from, date_to, date_precision, published_day,
                   location_text, location_name, location_country, location_lat, location_lon
            FROM events
            WHERE merge_key = ? AND anchor_day BETWEEN ? AND ?
            ORDER BY seq
            """ + " LIMIT " + MAX_CANDIDATES;

    private static final String RECOUNT = """
            UPDATE events SET mentions = (SELECT count(DISTINCT article_id) FROM event_mentions WHERE event_id = ?),
                              updated_at = now()
            WHERE id = ?""";

    private final MentionMerger merger;
    private final boolean merging;

    /**
     * @param merger  the merging rule
     * @param merging false stores every report as its own event (mentions stay 1)
     */
    public EventWriter(MentionMerger merger, boolean merging) {
        this.merger = merger;
        this.merging = merging;
    }

    public static EventWriter standard() {
        return new EventWriter(MentionMerger.standard(), true);
    }

    /** Writes the report; the caller commits. */
    public StoreOutcome write(Connection c, PoliticalEvent e) throws SQLException {
        MergeFacts facts = MergeFacts.of(e);
        lock(c, facts.mergeKey());
        Optional<String> seen = mentionOwner(c, e.id());
        if (seen.isPresent()) {
            return StoreOutcome.duplicate(seen.get());
        }
        Optional<MergeFacts> into = merging && facts.coded() && facts.anchorDay() != null
                ? merger.match(facts, candidates(c, facts))
                : Optional.empty();
        if (into.isPresent()) {
            String target = into.get().id();
            insertMention(c, target, e);
            try (PreparedStatement ps = c.prepareStatement(RECOUNT)) {
                ps.setString(1, target);
                ps.setString(2, target);
                ps.executeUpdate();
            }
            return StoreOutcome.merged(target);
        }
        insertEvent(c, e, facts);
        insertMention(c, e.id(), e);
        return StoreOutcome.stored(e.id());
    }

    private static void lock(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, key);
            ps.execute();
        }
    }

    private static Optional<String> mentionOwner(Connection c, String mentionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id FROM event_mentions WHERE mention_id = ?")) {
            ps.setString(1, mentionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private List<MergeFacts> candidates(Connection c, MergeFacts facts) throws SQLException {
        LocalDate anchor = facts.anchorDay();
        List<MergeFacts> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(CANDIDATES)) {
            ps.setString(1, facts.mergeKey());
            ps.setObject(2, anchor.minusDays(merger.windowDays()));
            ps.setObject(3, anchor.plusDays(merger.windowDays()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate from = rs.getObject(2, LocalDate.class);
                    LocalDate to = rs.getObject(3, LocalDate.class);
                    EventDates.DayRange range = from == null ? null : new EventDates.DayRange(from, to, rs.getString(4));
                    Location loc = new Location(rs.getString(6), rs.getString(7), rs.getString(8),
                            (Double) rs.getObject(9), (Double) rs.getObject(10));
                    out.add(new MergeFacts(rs.getString(1), facts.mergeKey(), true, range,
                            rs.getObject(5, LocalDate.class), loc));
                }
            }
        }
        return out;
    }

    private static void insertEvent(Connection c, PoliticalEvent e, MergeFacts facts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_EVENT)) {
            int i = 1;
            ps.setString(i++, e.id());
            ps.setString(i++, e.articleId());
            ps.setString(i++, e.outlet());
            ps.setString(i++, e.url());
            ps.setString(i++, e.publishedAt());
            ps.setString(i++, e.type());
            ps.setString(i++, e.mode());
            ps.setString(i++, e.cameo());
            i = setActor(ps, i, e.source());
            i = setActor(ps, i, e.target());
            Location l = e.location();
            ps.setString(i++, l == null ? null : l.text());
            ps.setString(i++, l == null ? null : l.name());
            ps.setString(i++, l == null ? null : l.country());
            setDouble(ps, i++, l == null ? null : l.lat());
            setDouble(ps, i++, l == null ? null : l.lon());
            ps.setString(i++, e.date());
            ps.setString(i++, facts.date() != null && e.datePrecision() == null ? facts.date().precision() : e.datePrecision());
            ps.setString(i++, e.status());
            setDouble(ps, i++, e.quantity() == null ? null : e.quantity().amount());
            ps.setString(i++, e.quantity() == null ? null : e.quantity().unit());
            ps.setString(i++, e.evidence().text());
            ps.setInt(i++, e.evidence().start());
            ps.setInt(i++, e.evidence().end());
            ps.setDouble(i++, e.confidence());
            ps.setString(i++, e.coderVersion());
            setDate(ps, i++, facts.date() == null ? null : facts.date().from());
            setDate(ps, i++, facts.date() == null ? null : facts.date().to());
            setDate(ps, i++, facts.publishedDay());
            setDate(ps, i++, facts.anchorDay());
            ps.setString(i, facts.mergeKey());
            ps.executeUpdate();
        }
    }

    private static void insertMention(Connection c, String eventId, PoliticalEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_MENTION)) {
            ps.setString(1, e.id());
            ps.setString(2, eventId);
            ps.setString(3, e.articleId());
            ps.setString(4, e.outlet());
            ps.setString(5, e.url());
            ps.setString(6, e.publishedAt());
            ps.setString(7, e.evidence().text());
            ps.setInt(8, e.evidence().start());
            ps.setInt(9, e.evidence().end());
            ps.setDouble(10, e.confidence());
            ps.setString(11, e.coderVersion());
            ps.executeUpdate();
        }
    }

    private static int setActor(PreparedStatement ps, int i, Actor a) throws SQLException {
        ps.setString(i++, a == null ? null : a.text());
        ps.setString(i++, a == null ? null : a.name());
        ps.setString(i++, a == null ? null : a.country());
        ps.setString(i++, a == null ? null : a.sector());
        ps.setString(i++, a == null ? null : a.org());
        return i;
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null || v.isNaN() || v.isInfinite()) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(d));
        }
    }
}
