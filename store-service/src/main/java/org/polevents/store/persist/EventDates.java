package org.polevents.store.persist;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the loosely typed date strings of the contract into day ranges.
 *
 * <p>An event date is {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy} as its precision says;
 * a publication time is an ISO-8601 date or timestamp. Anything else reads as unknown (null)
 * rather than failing: a strange date never costs an event. Stateless and thread-safe.
 */
public final class EventDates {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private EventDates() {
    }

    /** An inclusive range of days and the precision it came from ({@code day}, {@code month}, {@code year}). */
    public record DayRange(LocalDate from, LocalDate to, String precision) {
        public boolean isDay() {
            return "day".equals(precision);
        }
    }

    /**
     * The days an event date covers, or null when the date is absent, unknown or unreadable.
     * The precision is inferred from the string's shape when the producer did not give it.
     */
    public static DayRange range(String date, String precision) {
        if (date == null || date.isBlank() || "unknown".equalsIgnoreCase(precision)) {
            return null;
        }
        String d = date.strip();
        try {
            if (DAY.matcher(d).matches()) {
                LocalDate day = LocalDate.parse(d);
                return new DayRange(day, day, "day");
            }
            if (MONTH.matcher(d).matches()) {
                YearMonth ym = YearMonth.parse(d);
                return new DayRange(ym.atDay(1), ym.atEndOfMonth(), "month");
            }
            if (YEAR.matcher(d).matches()) {
                int y = Integer.parseInt(d);
                return new DayRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), "year");
            }
            if (d.length() > 10 && DAY.matcher(d.substring(0, 10)).matches()) {
                LocalDate day = LocalDate.parse(d.substring(0, 10));
                return new DayRange(day, day, "day");
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** The calendar day of an ISO-8601 publication date or timestamp (as written, not shifted to UTC), or null. */
    public static LocalDate day(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return null;
        }
        String s = publishedAt.strip();
        try {
            if (DAY.matcher(s).matches()) {
                return LocalDate.parse(s);
            }
            String upper = s.toUpperCase(Locale.ROOT);
            if (upper.endsWith("Z") || upper.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                try {
                    return OffsetDateTime.parse(s).toLocalDate();
                } catch (DateTimeParseException e) {
                    return ZonedDateTime.parse(s).toLocalDate();
                }
            }
            if (s.length() >= 10 && DAY.matcher(s.substring(0, 10)).matches()) {
                return LocalDate.parse(s.substring(0, 10));
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }
}
