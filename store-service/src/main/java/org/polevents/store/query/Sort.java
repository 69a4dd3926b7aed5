package org.polevents.store.query;

import java.util.Locale;
import org.polevents.contracts.PoliticalEvent;

/**
 * The orders an event list can be read in; ties always break on the insertion sequence, which
 * makes every order total and keyset pagination exact. Sort keys are never null in SQL
 * (COALESCE to the empty string), so row comparison in the keyset predicate works.
 *
 * @param field      what to sort by
 * @param descending newest / largest first
 */
public record Sort(Field field, boolean descending) {
    /** The default: most recently stored first. */
    public static final Sort DEFAULT = new Sort(Field.STORED, true);

    /** Sortable fields, with the SQL expression of each (constants, never user text). */
    public enum Field {
        STORED("e.seq", Kind.LONG),
        DATE("COALESCE(e.event_date, '')", Kind.TEXT),
        PUBLISHED("COALESCE(e.published_at, '')", Kind.TEXT),
        MENTIONS("e.mentions", Kind.LONG),
        CONFIDENCE("e.confidence", Kind.DOUBLE);

        final String sql;
        final Kind kind;

        Field(String sql, Kind kind) {
            this.sql = sql;
            this.kind = kind;
        }

        public String sql() {
            return sql;
        }
    }

    /** The Java type a sort key binds as. */
    enum Kind {
        LONG, DOUBLE, TEXT
    }

    /** Parses {@code date}, {@code -date}, {@code mentions}, ...; null or blank gives the default. */
    public static Sort parse(String s) {
        if (s == null || s.isBlank()) {
            return DEFAULT;
        }
        String t = s.strip();
        boolean desc = t.startsWith("-");
        String name = desc || t.startsWith("+") ? t.substring(1) : t;
        try {
            return new Sort(Field.valueOf(name.toUpperCase(Locale.ROOT)), desc);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown sort '" + s + "'; use one of stored, date, published, mentions,"
                    + " confidence, optionally prefixed with '-' for descending");
        }
    }

    /** The text form {@link #parse} reads. */
    public String text() {
        return (descending ? "-" : "") + field.name().toLowerCase(Locale.ROOT);
    }

    /** The sort key of an event as the SQL expression computes it, for the next cursor. */
    Object keyOf(long seq, PoliticalEvent e) {
        return switch (field) {
            case STORED -> seq;
            case DATE -> e.date() == null ? "" : e.date();
            case PUBLISHED -> e.publishedAt() == null ? "" : e.publishedAt();
            case MENTIONS -> (long) e.mentions();
            case CONFIDENCE -> e.confidence();
        };
    }
}
