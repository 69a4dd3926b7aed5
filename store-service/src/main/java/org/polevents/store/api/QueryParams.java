package org.polevents.store.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.polevents.store.persist.EventDates;
import org.polevents.store.query.Cursor;
import org.polevents.store.query.EventFilter;
import org.polevents.store.query.Sort;

/**
 * Reads the query string of the event endpoints. Plain Java, so every rule is unit-tested.
 * List parameters may repeat or hold comma-separated values. Unknown parameters are refused:
 * a misspelt filter silently matching everything is worse than a 400.
 *
 * @param filter the filters
 * @param sort   the order
 * @param cursor where the page starts, or null
 * @param limit  the page size, within the configured maximum
 * @param format the export format as given, or null
 */
public record QueryParams(EventFilter filter, Sort sort, Cursor cursor, int limit, String format) {

    /** The parameters every event endpoint understands. */
    static final Set<String> FILTERS = Set.of("type", "cameo", "sourceCountry", "targetCountry", "country",
            "sourceSector", "targetSector", "sourceOrg", "targetOrg", "locationCountry", "status", "from", "to",
            "publishedFrom", "publishedTo", "articleId", "outlet", "q", "minMentions", "minConfidence");
    private static final Set<String> PAGING = Set.of("sort", "limit", "cursor", "format", "lastEventId");
    private static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT");
    private static final Set<String> STATUSES = Set.of("occurred", "ongoing", "planned", "hypothetical", "negated");

    /**
     * @throws IllegalArgumentException naming the bad parameter
     */
    public static QueryParams parse(Map<String, List<String>> q, int defaultLimit, int maxLimit) {
        for (String name : q.keySet()) {
            if (!FILTERS.contains(name) && !PAGING.contains(name) && !name.startsWith("_")) {
                throw new IllegalArgumentException("unknown query parameter '" + name + "'; known: "
                        + String.join(", ", new java.util.TreeSet<>(FILTERS)) + ", sort, limit, cursor");
            }
        }
        List<String> types = list(q, "type");
        for (String t : types) {
            if (!PLOVER.contains(t.toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("type '" + t + "' is not a PLOVER type; use one of "
                        + String.join(", ", new java.util.TreeSet<>(PLOVER)));
            }
        }
        List<String> statuses = list(q, "status");
        for (String s : statuses) {
            if (!STATUSES.contains(s.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("status '" + s + "' is not one of " + STATUSES);
            }
        }
        for (String c : list(q, "cameo")) {
            if (!c.matches("\\d{1,4}")) {
                throw new IllegalArgumentException("cameo '" + c + "' is not a CAMEO code prefix (1-4 digits)");
            }
        }
        EventFilter filter = EventFilter.builder()
                .types(types)
                .cameoPrefixes(list(q, "cameo"))
                .sourceCountries(list(q, "sourceCountry"))
                .targetCountries(list(q, "targetCountry"))
                .countries(list(q, "country"))
                .sourceSectors(list(q, "sourceSector"))
                .targetSectors(list(q, "targetSector"))
                .sourceOrgs(list(q, "sourceOrg"))
                .targetOrgs(list(q, "targetOrg"))
                .locationCountries(list(q, "locationCountry"))
                .statuses(statuses)
                .from(day(q, "from", true))
                .to(day(q, "to", false))
                .publishedFrom(day(q, "publishedFrom", true))
                .publishedTo(day(q, "publishedTo", false))
                .articleId(single(q, "articleId"))
                .outlet(single(q, "outlet"))
                .text(single(q, "q"))
                .minMentions(integer(q, "minMentions", 1, Integer.MAX_VALUE))
                .minConfidence(decimal(q, "minConfidence"))
                .build();
        Sort sort = Sort.parse(single(q, "sort"));
        String token = single(q, "cursor");
        Cursor cursor = token == null ? null : Cursor.decode(token, sort);
        Integer limit = integer(q, "limit", 1, maxLimit);
        String format = single(q, "format");
        return new QueryParams(filter, sort, cursor, limit == null ? Math.min(defaultLimit, maxLimit) : limit, format);
    }

    private static List<String> list(Map<String, List<String>> q, String name) {
        List<String> out = new ArrayList<>();
        for (String v : q.getOrDefault(name, List.of())) {
            Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }

    private static String single(Map<String, List<String>> q, String name) {
        List<String> values = q.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new IllegalArgumentException("'" + name + "' given " + values.size() + " times; give it once");
        }
        return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
    }

    /** A day, or a month or year meaning its first day (lower bound) or last day (upper bound). */
    private static LocalDate day(Map<String, List<String>> q, String name, boolean lower) {
        String v = single(q, name);
        if (v == null) {
            return null;
        }
        EventDates.DayRange r = v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? EventDates.range(v, null) : null;
        if (r == null) {
            throw new IllegalArgumentException("'" + name + "' must be an ISO date (2025-01-05, 2025-01 or 2025), not '"
                    + v + "'");
        }
        return lower ? r.from() : r.to();
    }

    private static Integer integer(Map<String, List<String>> q, String name, int min, int max) {
        String v = single(q, name);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new IllegalArgumentException("'" + name + "' must lie in [" + min + ", " + max + "], not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be an integer, not '" + v + "'");
        }
    }

    private static Double decimal(Map<String, List<String>> q, String name) {
        String v = single(q, name);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isNaN(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be a number, not '" + v + "'");
        }
    }
}
