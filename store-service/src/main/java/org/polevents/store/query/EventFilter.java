package org.polevents.store.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The filters of an event query. Every field is optional (null or empty means "any"); list
 * fields match any of their values; codes are compared case-insensitively by upper-casing here.
 *
 * @param types            PLOVER types
 * @param cameoPrefixes    CAMEO code prefixes ({@code 04} matches 040..049 and 0431)
 * @param sourceCountries  ISO3 codes of the source actor
 * @param targetCountries  ISO3 codes of the target actor
 * @param countries        ISO3 codes of either actor
 * @param sourceSectors    sectors of the source actor
 * @param targetSectors    sectors of the target actor
 * @param sourceOrgs       organisations of the source actor (exact, case-insensitive)
 * @param targetOrgs       organisations of the target actor
 * @param locationCountries ISO3 codes of the location
 * @param statuses         occurred, ongoing, planned, hypothetical, negated
 * @param from             first day (inclusive) the event date must overlap
 * @param to               last day (inclusive) the event date must overlap
 * @param publishedFrom    first day of publication (inclusive)
 * @param publishedTo      last day of publication (inclusive)
 * @param articleId        only events some report of which comes from this article
 * @param outlet           only events first reported by this outlet
 * @param text             words that must appear in some evidence sentence (case-insensitive)
 * @param minMentions      at least this many reporting articles
 * @param minConfidence    at least this confidence
 */
public record EventFilter(List<String> types, List<String> cameoPrefixes, List<String> sourceCountries,
        List<String> targetCountries, List<String> countries, List<String> sourceSectors, List<String> targetSectors,
        List<String> sourceOrgs, List<String> targetOrgs, List<String> locationCountries, List<String> statuses,
        LocalDate from, LocalDate to, LocalDate publishedFrom, LocalDate publishedTo, String articleId,
        String outlet, String text, Integer minMentions, Double minConfidence) {

    public EventFilter {
        types = upper(types);
        cameoPrefixes = clean(cameoPrefixes);
        sourceCountries = upper(sourceCountries);
        targetCountries = upper(targetCountries);
        countries = upper(countries);
        sourceSectors = upper(sourceSectors);
        targetSectors = upper(targetSectors);
        sourceOrgs = clean(sourceOrgs);
        targetOrgs = clean(targetOrgs);
        locationCountries = upper(locationCountries);
        statuses = lower(statuses);
        articleId = blankToNull(articleId);
        outlet = blankToNull(outlet);
        text = blankToNull(text);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
    }

    /** Matches every event. */
    public static EventFilter none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    private static List<String> clean(List<String> in) {
        if (in == null) {
            return List.of();
        }
        return in.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
    }

    private static List<String> upper(List<String> in) {
        return clean(in).stream().map(s -> s.toUpperCase(Locale.ROOT)).distinct().toList();
    }

    private static List<String> lower(List<String> in) {
        return clean(in).stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Mutable builder; not thread-safe. */
    public static final class Builder {
        private List<String> types;
        private List<String> cameoPrefixes;
        private List<String> sourceCountries;
        private List<String> targetCountries;
        private List<String> countries;
        private List<String> sourceSectors;
        private List<String> targetSectors;
        private List<String> sourceOrgs;
        private List<String> targetOrgs;
        private List<String> locationCountries;
        private List<String> statuses;
        private LocalDate from;
        private LocalDate to;
        private LocalDate publishedFrom;
        private LocalDate publishedTo;
        private String articleId;
        private String outlet;
        private String text;
        private Integer minMentions;
        private Double minConfidence;

        private Builder() {
        }

        public Builder types(List<String> v) {
            types = v;
            return this;
        }

        public Builder cameoPrefixes(List<String> v) {
            cameoPrefixes = v;
            return this;
        }

        public Builder sourceCountries(List<String> v) {
            sourceCountries = v;
            return this;
        }

        public Builder targetCountries(List<String> v) {
            targetCountries = v;
            return this;
        }

        public Builder countries(List<String> v) {
            countries = v;
            return this;
        }

        public Builder sourceSectors(List<String> v) {
            sourceSectors = v;
            return this;
        }

        public Builder targetSectors(List<String> v) {
            targetSectors = v;
            return this;
        }

        public Builder sourceOrgs(List<String> v) {
            sourceOrgs = v;
            return this;
        }

        public Builder targetOrgs(List<String> v) {
            targetOrgs = v;
            return this;
        }

        public Builder locationCountries(List<String> v) {
            locationCountries = v;
            return this;
        }

        public Builder statuses(List<String> v) {
            statuses = v;
            return this;
        }

        public Builder from(LocalDate v) {
            from = v;
            return this;
        }

        public Builder to(LocalDate v) {
            to = v;
            return this;
        }

        public Builder publishedFrom(LocalDate v) {
            publishedFrom = v;
            return this;
        }

        public Builder publishedTo(LocalDate v) {
            publishedTo = v;
            return this;
        }

        public Builder articleId(String v) {
            articleId = v;
            return this;
        }

        public Builder outlet(String v) {
            outlet = v;
            return this;
        }

        public Builder text(String v) {
            text = v;
            return this;
        }

        public Builder minMentions(Integer v) {
            minMentions = v;
            return this;
        }

        public Builder minConfidence(Double v) {
            minConfidence = v;
            return this;
        }

        public EventFilter build() {
            return new EventFilter(types, cameoPrefixes, sourceCountries, targetCountries, countries, sourceSectors,
                    targetSectors, sourceOrgs, targetOrgs, locationCountries, statuses, from, to, publishedFrom,
                    publishedTo, articleId, outlet, text, minMentions, minConfidence);
        }
    }
}
