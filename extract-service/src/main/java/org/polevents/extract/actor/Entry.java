package org.polevents.extract.actor;

import java.time.LocalDate;

/**
 * One dictionary entry. {@code words} are lower-case; {@code caseSensitive} one-word names
 * ("US", "IS") must also match {@code surface} exactly.
 */
record Entry(String[] words, String surface, boolean caseSensitive, Kind kind, String country, String sector,
        String org, String name, LocalDate from, LocalDate until, boolean strong, boolean anaphor, boolean anchored) {

    boolean validOn(LocalDate day) {
        if (day == null) {
            return until == null;
        }
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }
}
