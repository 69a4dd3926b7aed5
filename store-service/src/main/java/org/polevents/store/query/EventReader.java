package org.polevents.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.polevents.contracts.Actor;
import org.polevents.contracts.Evidence;
import org.polevents.contracts.Location;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.contracts.Quantity;

/**
 * Runs event queries on a caller's connection and maps rows back to the event contract.
 * Stateless; thread-safe.
 */
public final class EventReader {
    private final EventQueryBuilder builder = new EventQueryBuilder();

    public Page page(Connection c, EventFilter filter, Sort sort, Cursor after, int limit) throws SQLException {
        return Page.of(rows(c, builder.page(filter, sort, after, limit)), sort, limit);
    }

    public List<EventRow> since(Connection c, EventFilter filter, long afterSeq, int limit) throws SQLException {
        return rows(c, builder.since(filter, afterSeq, limit));
    }

    public Optional<EventRow> byId(Connection c, String id) throws SQLException {
        List<EventRow> rows = rows(c, builder.byId(id));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public List<AggregateRow> aggregate(Connection c, EventFilter filter, int maxRows) throws SQLException {
        List<AggregateRow> out = new ArrayList<>();
        try (PreparedStatement ps = builder.aggregate(filter, maxRows).prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                LocalDate day = rs.getObject(1, LocalDate.class);
                out.add(new AggregateRow(day == null ? null : day.toString(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getLong(6)));
            }
        }
        return out;
    }

    static List<EventRow> rows(Connection c, SqlQuery q) throws SQLException {
        List<EventRow> out = new ArrayList<>();
        try (PreparedStatement ps = q.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(rs));
            }
        }
        return out;
    }

    private static EventRow map(ResultSet rs) throws SQLException {
        long seq = rs.getLong(1);
        Actor source = actor(rs, 10);
        Actor target = actor(rs, 15);
        Location location = null;
        if (rs.getString(20) != null || rs.getString(21) != null || rs.getString(22) != null
                || rs.getObject(23) != null) {
            location = new Location(rs.getString(20), rs.getString(21), rs.getString(22), (Double) rs.getObject(23),
                    (Double) rs.getObject(24));
        }
        Double amount = (Double) rs.getObject(28);
        Quantity quantity = amount == null && rs.getString(29) == null ? null
                : new Quantity(amount == null ? 0 : amount, rs.getString(29));
        Evidence evidence = new Evidence(rs.getString(30), rs.getInt(31), rs.getInt(32));
        PoliticalEvent e = new PoliticalEvent(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), source, target, location,
                rs.getString(25), rs.getString(26), rs.getString(27), quantity, evidence, rs.getDouble(33),
                rs.getString(34), rs.getInt(35));
        return new EventRow(seq, e);
    }

    private static Actor actor(ResultSet rs, int first) throws SQLException {
        String text = rs.getString(first);
        String name = rs.getString(first + 1);
        String country = rs.getString(first + 2);
        String sector = rs.getString(first + 3);
        String org = rs.getString(first + 4);
        if (text == null && name == null && country == null && sector == null && org == null) {
            return null;
        }
        return new Actor(text, name, country, sector, org);
    }
}
