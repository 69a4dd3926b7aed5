package org.polevents.extract.date;

/**
 * A resolved date: {@code value} is "2025-01-05", "2025-01" or "2025" as {@code precision} says
 * (day, month, year), or null with precision unknown.
 */
public record EventDate(String value, String precision) {
    public static final EventDate UNKNOWN = new EventDate(null, "unknown");
}
