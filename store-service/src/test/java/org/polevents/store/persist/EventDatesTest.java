package org.polevents.store.persist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDatesTest {
    @Test
    void dayMonthAndYearBecomeRanges() {
        assertThat(EventDates.range("2025-01-05", "day"))
                .isEqualTo(new EventDates.DayRange(LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 5), "day"));
        assertThat(EventDates.range("2024-02", "month"))
                .isEqualTo(new EventDates.DayRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), "month"));
        assertThat(EventDates.range("2025", null))
                .isEqualTo(new EventDates.DayRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "year"));
    }

    @Test
    void unknownOrUnreadableDatesAreNull() {
        assertThat(EventDates.range(null, "day")).isNull();
        assertThat(EventDates.range("2025-01-05", "unknown")).isNull();
        assertThat(EventDates.range("last Monday", "day")).isNull();
        assertThat(EventDates.range("2025-13-45", "day")).isNull();
    }

    @Test
    void publicationDayIsTheCalendarDayAsWritten() {
        assertThat(EventDates.day("2025-01-07T09:00:00Z")).isEqualTo(LocalDate.of(2025, 1, 7));
        assertThat(EventDates.day("2025-01-07T23:30:00+05:00")).isEqualTo(LocalDate.of(2025, 1, 7));
        assertThat(EventDates.day("2025-01-07T09:00:00")).isEqualTo(LocalDate.of(2025, 1, 7));
        assertThat(EventDates.day("2025-01-07")).isEqualTo(LocalDate.of(2025, 1, 7));
        assertThat(EventDates.day("7 January 2025")).isNull();
        assertThat(EventDates.day(null)).isNull();
    }
}
