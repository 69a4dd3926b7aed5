package org.polevents.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    final DateResolver dates = new DateResolver();
    /** a Wednesday */
    final LocalDate published = LocalDate.of(2025, 1, 8);

    @Test
    void weekdayIsTheLastSuchDayBeforePublication() {
        assertThat(dates.resolve("The envoy arrived on Sunday.", published)).isEqualTo(new EventDate("2025-01-05", "day"));
    }

    @Test
    void monthDayWithoutYearTakesThePrecedingOccurrence() {
        assertThat(dates.resolve("Talks began on Nov. 25 in Doha.", published))
                .isEqualTo(new EventDate("2024-11-25", "day"));
    }

    @Test
    void fullDatesAreDays() {
        assertThat(dates.resolve("On December 31, 2024, police raided the office.", null))
                .isEqualTo(new EventDate("2024-12-31", "day"));
    }

    @Test
    void relativePeriodsAreMonthsOrYears() {
        assertThat(dates.resolve("The bill passed earlier this month.", published)).isEqualTo(new EventDate("2025-01", "month"));
        assertThat(dates.resolve("They met last week.", published)).isEqualTo(new EventDate("2025-01", "month"));
        assertThat(dates.resolve("It was signed last year.", published)).isEqualTo(new EventDate("2024", "year"));
        assertThat(dates.resolve("It happened in May.", published)).isEqualTo(new EventDate("2024-05", "month"));
        assertThat(dates.resolve("The deal was abandoned in 2018.", published)).isEqualTo(new EventDate("2018", "year"));
    }

    @Test
    void relativeDatesWithoutPublicationDateAreUnknown() {
        assertThat(dates.resolve("The envoy arrived on Sunday.", null)).isEqualTo(EventDate.UNKNOWN);
        assertThat(dates.resolve("Talks began on Nov. 25.", null)).isEqualTo(EventDate.UNKNOWN);
    }

    @Test
    void sentenceWithoutDateIsUnknown() {
        assertThat(dates.resolve("The ministers met.", published)).isEqualTo(EventDate.UNKNOWN);
    }
}
