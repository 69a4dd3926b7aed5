package org.polevents.store.persist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polevents.contracts.Location;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.store.Events;

class MentionMergerTest {
    private final MentionMerger merger = MentionMerger.standard();

    private static MergeFacts facts(PoliticalEvent e) {
        return MergeFacts.of(e);
    }

    private static PoliticalEvent dated(String id, String date) {
        return Events.consult(id, "art-" + id, date);
    }

    private static PoliticalEvent at(String id, String date, Location loc) {
        PoliticalEvent e = dated(id, date);
        return new PoliticalEvent(e.id(), e.articleId(), e.outlet(), e.url(), e.publishedAt(), e.type(), e.mode(),
                e.cameo(), e.source(), e.target(), loc, e.date(), e.datePrecision(), e.status(), e.quantity(),
                e.evidence(), e.confidence(), e.coderVersion(), 1);
    }

    private static PoliticalEvent undated(String id, String publishedAt) {
        return Events.event(id, "art-" + id, "CONSULT", "043", Events.actor("USA", "GOV", null),
                Events.actor("AFG", "GOV", "Taliban"), null, null, publishedAt);
    }

    @Test
    void sameActorsAndTypeADayApartAreOneEvent() {
        assertThat(merger.sameEvent(facts(dated("a", "2025-01-05")), facts(dated("b", "2025-01-06")))).isTrue();
    }

    @Test
    void twoDaysApartAreTwoEvents() {
        assertThat(merger.sameEvent(facts(dated("a", "2025-01-05")), facts(dated("b", "2025-01-07")))).isFalse();
    }

    @Test
    void differentTypeOrActorCodesAreDifferentEvents() {
        PoliticalEvent a = dated("a", "2025-01-05");
        PoliticalEvent otherType = Events.event("b", "art-b", "AGREE", "057", a.source(), a.target(), a.location(),
                "2025-01-05", a.publishedAt());
        PoliticalEvent otherTarget = Events.event("c", "art-c", "CONSULT", "043", a.source(),
                Events.actor("PAK", "GOV", null), a.location(), "2025-01-05", a.publishedAt());
        PoliticalEvent otherOrg = Events.event("d", "art-d", "CONSULT", "043", a.source(),
                Events.actor("AFG", "GOV", "NRF"), a.location(), "2025-01-05", a.publishedAt());
        assertThat(merger.sameEvent(facts(a), facts(otherType))).isFalse();
        assertThat(merger.sameEvent(facts(a), facts(otherTarget))).isFalse();
        assertThat(merger.sameEvent(facts(a), facts(otherOrg))).isFalse();
    }

    @Test
    void codesCompareCaseInsensitively() {
        PoliticalEvent a = dated("a", "2025-01-05");
        PoliticalEvent lower = Events.event("b", "art-b", "CONSULT", "043", Events.actor("usa", "gov", null),
                Events.actor("afg", "gov", "TALIBAN"), a.location(), "2025-01-05", a.publishedAt());
        assertThat(merger.sameEvent(facts(a), facts(lower))).isTrue();
    }

    @Test
    void undatedReportsPublishedWithinADayAreOneEvent() {
        assertThat(merger.sameEvent(facts(undated("a", "2025-01-05T23:00:00Z")),
                facts(undated("b", "2025-01-06T08:00:00Z")))).isTrue();
        assertThat(merger.sameEvent(facts(undated("a", "2025-01-05T23:00:00Z")),
                facts(undated("b", "2025-01-08T08:00:00Z")))).isFalse();
    }

    @Test
    void undatedReportsOfDifferentActsAreTwoEvents() {
        PoliticalEvent visit = undated("a", "2025-01-05T23:00:00Z");
        PoliticalEvent talks = Events.event("b", "art-b", "CONSULT", "046", visit.source(), visit.target(), null, null,
                "2025-01-05T23:00:00Z");
        assertThat(merger.sameEvent(facts(visit), facts(talks))).isFalse();
        PoliticalEvent dated = dated("c", "2025-01-05");
        PoliticalEvent datedTalks = Events.event("d", "art-d", "CONSULT", "046", dated.source(), dated.target(),
                dated.location(), "2025-01-05", dated.publishedAt());
        assertThat(merger.sameEvent(facts(dated), facts(datedTalks))).as("a shared date ties different codes").isTrue();
    }

    @Test
    void oneArticlesTwoActsOnOneDayAreTwoEventsButTwoArticlesActsAreOne() {
        PoliticalEvent arrest = Events.event("a", "art-1", "COERCE", "173", Events.actor("PAK", "COP", null),
                Events.actor("AFG", "REF", null), null, "2024-12-31", "2025-01-02T08:00:00Z");
        PoliticalEvent deportation = Events.event("b", "art-1", "COERCE", "174", arrest.source(), arrest.target(), null,
                "2024-12-31", "2025-01-02T08:00:00Z");
        PoliticalEvent elsewhere = Events.event("c", "art-2", "COERCE", "174", arrest.source(), arrest.target(), null,
                "2024-12-31", "2025-01-02T08:00:00Z");
        assertThat(merger.sameEvent(facts(arrest), facts(deportation))).isFalse();
        assertThat(merger.sameEvent(facts(arrest), facts(elsewhere))).isTrue();
    }

    @Test
    void datedAndUndatedReportsDoNotMerge() {
        assertThat(merger.sameEvent(facts(dated("a", "2025-01-07")), facts(undated("b", "2025-01-07")))).isFalse();
    }

    @Test
    void undatedAndUnpublishedNeverMergeWithoutAnArrivalDay() {
        assertThat(merger.sameEvent(facts(undated("a", null)), facts(undated("b", null)))).isFalse();
    }

    @Test
    void unpublishedReportsArrivingWithinADayAreOneEvent() {
        LocalDate day = LocalDate.parse("2025-01-05");
        assertThat(merger.sameEvent(MergeFacts.of(undated("a", null), day),
                MergeFacts.of(undated("b", null), day.plusDays(1)))).isTrue();
        assertThat(merger.sameEvent(MergeFacts.of(undated("a", null), day),
                MergeFacts.of(undated("b", null), day.plusDays(3)))).isFalse();
        // two sentences of one unpublished article are not one event just because they arrived together
        PoliticalEvent first = undated("a", null);
        PoliticalEvent second = Events.withId(first, "b", first.articleId());
        assertThat(merger.sameEvent(MergeFacts.of(first, day), MergeFacts.of(second, day))).isFalse();
        // a publication date, when there is one, wins over the arrival day
        assertThat(merger.sameEvent(MergeFacts.of(undated("a", "2024-06-01T10:00:00Z"), day),
                MergeFacts.of(undated("b", null), day))).isFalse();
    }

    @Test
    void coarseDatesMergeOnlyWithTheSamePeriod() {
        PoliticalEvent m1 = Events.consult("a", "x", "2025-01");
        PoliticalEvent m2 = Events.consult("b", "y", "2025-01");
        PoliticalEvent m3 = Events.consult("c", "z", "2025-02");
        PoliticalEvent day = Events.consult("d", "w", "2025-01-05");
        assertThat(merger.sameEvent(facts(m1), facts(m2))).isTrue();
        assertThat(merger.sameEvent(facts(m1), facts(m3))).isFalse();
        assertThat(merger.sameEvent(facts(m1), facts(day))).isFalse();
    }

    @Test
    void locationsMustBeCompatible() {
        Location kabul = new Location("Kabul", "Kabul", "AFG", 34.53, 69.17);
        Location kabulAirport = new Location("Kabul airport", "Kabul International Airport", "AFG", 34.56, 69.21);
        Location kandahar = new Location("Kandahar", "Kandahar", "AFG", 31.61, 65.71);
        Location namedOnly = new Location("Kabul", "Kabul", "AFG", null, null);
        Location countryOnly = new Location("Afghanistan", null, "AFG", null, null);
        Location otherCountry = new Location("Doha", "Doha", "QAT", null, null);
        assertThat(merger.sameEvent(facts(at("a", "2025-01-05", kabul)), facts(at("b", "2025-01-05", kabulAirport))))
                .as("within 50 km").isTrue();
        assertThat(merger.sameEvent(facts(at("a", "2025-01-05", kabul)), facts(at("b", "2025-01-05", kandahar))))
                .as("400 km apart").isFalse();
        assertThat(merger.sameEvent(facts(at("a", "2025-01-05", kabul)), facts(at("b", "2025-01-05", null))))
                .as("unknown location").isTrue();
        assertThat(merger.sameEvent(facts(at("a", "2025-01-05", namedOnly)), facts(at("b", "2025-01-05", kabul))))
                .isTrue();
        assertThat(merger.sameEvent(facts(at("a", "2025-01-05", countryOnly)), facts(at("b", "2025-01-05", kabul))))
                .isTrue();
        assertThat(merger.sameEvent(facts(at("a", "2025-01-05", otherCountry)), facts(at("b", "2025-01-05", kabul))))
                .isFalse();
    }

    @Test
    void eventsWithoutCodedActorsNeverMerge() {
        PoliticalEvent a = Events.event("a", "x", "PROTEST", "140", null, null, null, "2025-01-05", null);
        PoliticalEvent b = Events.event("b", "y", "PROTEST", "140", null, null, null, "2025-01-05", null);
        assertThat(merger.sameEvent(facts(a), facts(b))).isFalse();
    }

    @Test
    void matchPicksTheClosestCandidateThenTheOldest() {
        MergeFacts report = facts(dated("r", "2025-01-06"));
        MergeFacts older = facts(dated("older", "2025-01-05"));
        MergeFacts sameDay = facts(dated("same", "2025-01-06"));
        MergeFacts sameDayLater = facts(dated("same2", "2025-01-06"));
        assertThat(merger.match(report, List.of(older, sameDay, sameDayLater))).map(MergeFacts::id).contains("same");
        assertThat(merger.match(report, List.of(facts(dated("far", "2025-01-09"))))).isEmpty();
    }

    @Test
    void kilometresIsTheGreatCircleDistance() {
        // Kabul to Kandahar is about 450 km by air
        assertThat(MentionMerger.kilometres(34.53, 69.17, 31.61, 65.71)).isBetween(430.0, 470.0);
    }
}
