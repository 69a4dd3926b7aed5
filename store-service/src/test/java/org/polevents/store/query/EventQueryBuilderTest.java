package org.polevents.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventQueryBuilderTest {
    private final EventQueryBuilder builder = new EventQueryBuilder();

    @Test
    void noFiltersSelectsEverythingNewestFirst() {
        SqlQuery q = builder.page(EventFilter.none(), Sort.DEFAULT, null, 50);
        assertThat(q.sql()).doesNotContain("WHERE").endsWith("ORDER BY e.seq DESC LIMIT ?");
        assertThat(q.params()).containsExactly(51);
    }

    @Test
    void everyUserValueIsABindParameter() {
        String evil = "x'); DROP TABLE events; --";
        EventFilter f = EventFilter.builder().types(List.of("CONSULT")).sourceCountries(List.of(evil))
                .sourceOrgs(List.of(evil)).articleId(evil).outlet(evil).text(evil).build();
        SqlQuery q = builder.page(f, Sort.DEFAULT, null, 10);
        assertThat(q.sql()).doesNotContain("DROP").doesNotContain("'x");
        assertThat(q.params()).contains(evil, "CONSULT");
        assertThat(q.sql().chars().filter(c -> c == '?').count()).isEqualTo(q.params().size());
    }

    @Test
    void listFiltersBecomeInListsAndPrefixesBecomeLike() {
        EventFilter f = EventFilter.builder().types(List.of("consult", "assault")).cameoPrefixes(List.of("04", "19"))
                .build();
        SqlQuery q = builder.page(f, Sort.DEFAULT, null, 10);
        assertThat(q.sql()).contains("e.type IN (?, ?)").contains("(e.cameo LIKE ? OR e.cameo LIKE ?)");
        assertThat(q.params()).startsWith("CONSULT", "ASSAULT", "04%", "19%");
    }

    @Test
    void eitherCountryMatchesSourceOrTarget() {
        SqlQuery q = builder.page(EventFilter.builder().countries(List.of("AFG")).build(), Sort.DEFAULT, null, 10);
        assertThat(q.sql()).contains("(e.source_country IN (?) OR e.target_country IN (?))");
        assertThat(q.params()).startsWith("AFG", "AFG");
    }

    @Test
    void dateRangeSelectsOverlappingEventDates() {
        EventFilter f = EventFilter.builder().from(LocalDate.of(2025, 1, 1)).to(LocalDate.of(2025, 1, 31)).build();
        SqlQuery q = builder.page(f, Sort.DEFAULT, null, 10);
        assertThat(q.sql()).contains("e.date_from IS NOT NULL AND daterange(e.date_from, e.date_to, '[]')"
                + " && daterange(CAST(? AS date), CAST(? AS date), '[]')");
        assertThat(q.params()).startsWith(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
    }

    @Test
    void aDateRangeWithOneBoundIsOpenAtTheOther() {
        SqlQuery from = builder.page(EventFilter.builder().from(LocalDate.of(2025, 1, 1)).build(), Sort.DEFAULT, null,
                10);
        assertThat(from.sql()).contains("daterange(CAST(? AS date), NULL, '[]')");
        assertThat(from.params()).startsWith(LocalDate.of(2025, 1, 1));
        SqlQuery to = builder.page(EventFilter.builder().to(LocalDate.of(2025, 1, 31)).build(), Sort.DEFAULT, null, 10);
        assertThat(to.sql()).contains("daterange(NULL, CAST(? AS date), '[]')");
    }

    @Test
    void textSearchEscapesLikeWildcards() {
        SqlQuery q = builder.page(EventFilter.builder().text("100%_sure").build(), Sort.DEFAULT, null, 10);
        assertThat(q.sql()).contains("m.evidence_text ILIKE ?");
        assertThat(q.params()).startsWith("%100\\%\\_sure%");
    }

    @Test
    void cursorContinuesAfterTheLastRowInTheSortOrder() {
        Sort byDate = Sort.parse("-date");
        SqlQuery q = builder.page(EventFilter.none(), byDate, new Cursor(byDate, "2025-01-05", 42), 10);
        assertThat(q.sql()).contains("(COALESCE(e.event_date, ''), e.seq) < (?, ?)")
                .endsWith("ORDER BY COALESCE(e.event_date, '') DESC, e.seq DESC LIMIT ?");
        assertThat(q.params()).containsExactly("2025-01-05", 42L, 11);
        SqlQuery asc = builder.page(EventFilter.none(), Sort.parse("stored"),
                new Cursor(Sort.parse("stored"), 7L, 7), 10);
        assertThat(asc.sql()).contains("e.seq > ?").endsWith("ORDER BY e.seq ASC LIMIT ?");
    }

    @Test
    void filterRejectsAnInvertedDateRange() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventFilter.builder().from(LocalDate.of(2025, 2, 1))
                .to(LocalDate.of(2025, 1, 1)).build()).isInstanceOf(IllegalArgumentException.class);
    }
}
