package org.polevents.store.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Turns filters, a sort and a cursor into parameterised SQL over the {@code events} table
 * (aliased {@code e}). Pure: no connection, no state; thread-safe.
 */
public final class EventQueryBuilder {
    /** The columns {@link EventReader} maps, in its order. */
    static final String COLUMNS = """
            e.seq, e.id, e.article_id, e.outlet, e.url, e.published_at, e.type, e.mode, e.cameo,
            e.source_text, e.source_name, e.source_country, e.source_sector, e.source_org,
            e.target_text, e.target_name, e.target_country, e.target_sector, e.target_org,
            e.location_text, e.location_name, e.location_country, e.location_lat, e.location_lon,
            e.event_date, e.date_precision, e.status, e.quantity_amount, e.quantity_unit,
            e.evidence_text, e.evidence_start, e.evidence_end, e.confidence, e.coder_version, e.mentions""";

    /**
     * One page: at most {@code limit + 1} rows after the cursor in the sort's order; the extra row
     * only tells the caller whether there is a next page.
     */
    public SqlQuery page(EventFilter filter, Sort sort, Cursor after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1");
        }
        List<Object> params = new ArrayList<>();
        List<String> where = where(filter, params);
        if (after != null) {
            String op = sort.descending() ? "<" : ">";
            if (sort.field() == Sort.Field.STORED) {
                where.add("e.seq " + op + " ?");
                params.add(after.seq());
            } else {
                where.add("(" + sort.field().sql() + ", e.seq) " + op + " (?, ?)");
                params.add(after.key());
                params.add(after.seq());
            }
        }
        String dir = sort.descending() ? " DESC" : " ASC";
        String order = sort.field() == Sort.Field.STORED ? "e.seq" + dir : sort.field().sql() + dir + ", e.seq" + dir;
        params.add(limit + 1);
        return new SqlQuery("SELECT " + COLUMNS + " FROM events e" + whereClause(where) + " ORDER BY " + order
                + " LIMIT ?", params);
    }

    /** Events stored after {@code afterSeq} that match, oldest first: what a live subscriber has not seen. */
    public SqlQuery since(EventFilter filter, long afterSeq, int limit) {
        List<Object> params = new ArrayList<>();
        List<String> where = where(filter, params);
        where.add("e.seq > ?");
        params.add(afterSeq);
        params.add(limit);
        return new SqlQuery("SELECT " + COLUMNS + " FROM events e" + whereClause(where) + " ORDER BY e.seq ASC LIMIT ?",
                params);
    }

    /** One stored event by its id. */
    public SqlQuery byId(String id) {
        return new SqlQuery("SELECT " + COLUMNS + " FROM events e WHERE e.id = ?", List.of(id));
    }

    /**
     * Counts of matching events and of their mentions per day, PLOVER type and (source country,
     * target country), at most {@code maxRows} groups. The day is the event day when known, else
     * the day of publication; rows with neither are grouped under a null day.
     */
    public SqlQuery aggregate(EventFilter filter, int maxRows) {
        List<Object> params = new ArrayList<>();
        List<String> where = where(filter, params);
        params.add(maxRows);
        return new SqlQuery("SELECT e.anchor_day, e.type, e.source_country, e.target_country, count(*), sum(e.mentions)"
                + " FROM events e" + whereClause(where)
                + " GROUP BY e.anchor_day, e.type, e.source_country, e.target_country"
                + " ORDER BY e.anchor_day NULLS LAST, e.type, e.source_country NULLS LAST, e.target_country NULLS LAST"
                + " LIMIT ?", params);
    }

    /** The WHERE predicates of a filter, adding their values to {@code params}; a mutable list. */
    List<String> where(EventFilter f, List<Object> params) {
        List<String> w = new ArrayList<>();
        in(w, params, "e.type", f.types());
        if (!f.cameoPrefixes().isEmpty()) {
            StringJoiner or = new StringJoiner(" OR ", "(", ")");
            for (String p : f.cameoPrefixes()) {
                or.add("e.cameo LIKE ?");
                params.add(escapeLike(p) + "%");
            }
            w.add(or.toString());
        }
        in(w, params, "e.source_country", f.sourceCountries());
        in(w, params, "e.target_country", f.targetCountries());
        if (!f.countries().isEmpty()) {
            String marks = marks(f.countries().size());
            w.add("(e.source_country IN " + marks + " OR e.target_country IN " + marks + ")");
            params.addAll(f.countries());
            params.addAll(f.countries());
        }
        in(w, params, "e.source_sector", f.sourceSectors());
        in(w, params, "e.target_sector", f.targetSectors());
        in(w, params, "upper(e.source_org)", upper(f.sourceOrgs()));
        in(w, params, "upper(e.target_org)", upper(f.targetOrgs()));
        in(w, params, "e.location_country", f.locationCountries());
        in(w, params, "lower(e.status)", f.statuses());
        // an event date overlaps [from, to]: undated events never match a date range. Written as a
        // range overlap so that the GiST index events_date_range_idx (V4, same expression and
        // condition) finds the matching days directly; a missing bound is an open end
        if (f.from() != null || f.to() != null) {
            w.add("e.date_from IS NOT NULL AND daterange(e.date_from, e.date_to, '[]') && daterange("
                    + bound(params, f.from()) + ", " + bound(params, f.to()) + ", '[]')");
        }
        dayBound(w, params, "e.published_day >= ?", f.publishedFrom());
        dayBound(w, params, "e.published_day <= ?", f.publishedTo());
        if (f.articleId() != null) {
            w.add("EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND m.article_id = ?)");
            params.add(f.articleId());
        }
        if (f.outlet() != null) {
            w.add("lower(e.outlet) = ?");
            params.add(f.outlet().toLowerCase(Locale.ROOT));
        }
        if (f.text() != null) {
            w.add("EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND m.evidence_text ILIKE ?)");
            params.add("%" + escapeLike(f.text()) + "%");
        }
        if (f.minMentions() != null) {
            w.add("e.mentions >= ?");
            params.add(f.minMentions());
        }
        if (f.minConfidence() != null) {
            w.add("e.confidence >= ?");
            params.add(f.minConfidence());
        }
        return w;
    }

    private static String bound(List<Object> params, LocalDate day) {
        if (day == null) {
            return "NULL";
        }
        params.add(day);
        return "CAST(? AS date)";
    }

    private static void dayBound(List<String> w, List<Object> params, String predicate, LocalDate day) {
        if (day != null) {
            w.add(predicate);
            params.add(day);
        }
    }

    private static void in(List<String> w, List<Object> params, String column, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        if (values.size() == 1) {
            w.add(column + " = ?");
        } else {
            w.add(column + " IN " + marks(values.size()));
        }
        params.addAll(values);
    }

    private static String marks(int n) {
        StringJoiner j = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < n; i++) {
            j.add("?");
        }
        return j.toString();
    }

    private static List<String> upper(List<String> in) {
        return in.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
    }

    private static String whereClause(List<String> where) {
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    /** Escapes LIKE wildcards so user text matches literally (PostgreSQL's default escape is backslash). */
    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
