package org.polevents.store.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polevents.store.query.Sort;

class QueryParamsTest {
    private static QueryParams parse(Map<String, List<String>> q) {
        return QueryParams.parse(q, 50, 500);
    }

    @Test
    void listsMayRepeatOrUseCommas() {
        QueryParams p = parse(Map.of("type", List.of("consult,assault", "AID"), "sourceCountry", List.of("afg")));
        assertThat(p.filter().types()).containsExactly("CONSULT", "ASSAULT", "AID");
        assertThat(p.filter().sourceCountries()).containsExactly("AFG");
    }

    @Test
    void monthAndYearBoundsCoverTheWholePeriod() {
        QueryParams p = parse(Map.of("from", List.of("2025-01"), "to", List.of("2025")));
        assertThat(p.filter().from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(p.filter().to()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void defaultsAreFiftyNewestFirst() {
        QueryParams p = parse(Map.of());
        assertThat(p.limit()).isEqualTo(50);
        assertThat(p.sort()).isEqualTo(Sort.DEFAULT);
        assertThat(p.cursor()).isNull();
    }

    @Test
    void badValuesNameTheParameter() {
        assertThatThrownBy(() -> parse(Map.of("type", List.of("PARTY")))).hasMessageContaining("PLOVER");
        assertThatThrownBy(() -> parse(Map.of("status", List.of("maybe")))).hasMessageContaining("status");
        assertThatThrownBy(() -> parse(Map.of("limit", List.of("501")))).hasMessageContaining("limit");
        assertThatThrownBy(() -> parse(Map.of("limit", List.of("ten")))).hasMessageContaining("limit");
        assertThatThrownBy(() -> parse(Map.of("cameo", List.of("04%")))).hasMessageContaining("cameo");
        assertThatThrownBy(() -> parse(Map.of("from", List.of("05/01/2025")))).hasMessageContaining("from");
        assertThatThrownBy(() -> parse(Map.of("sort", List.of("size")))).hasMessageContaining("sort");
        assertThatThrownBy(() -> parse(Map.of("srcCountry", List.of("AFG")))).hasMessageContaining("srcCountry");
        assertThatThrownBy(() -> parse(Map.of("q", List.of("a", "b")))).hasMessageContaining("once");
    }

    @Test
    void underscoreParametersAreIgnoredForCacheBusters() {
        assertThat(parse(Map.of("_", List.of("1700000000"))).filter().types()).isEmpty();
    }
}
