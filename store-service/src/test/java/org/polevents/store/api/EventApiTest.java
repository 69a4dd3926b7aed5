package org.polevents.store.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polevents.contracts.Actor;
import org.polevents.contracts.Evidence;
import org.polevents.contracts.Location;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.contracts.Quantity;
import org.polevents.infra.quarkus.KafkaBrokerResource;
import org.polevents.infra.quarkus.PostgresResource;
import org.polevents.store.persist.EventRepository;

/**
 * The query API over the real embedded PostgreSQL: filters, cursor pagination, sorting, the
 * aggregate, problem bodies, health, metrics and OpenAPI. Events are written through the
 * repository; each test isolates its rows by a fresh outlet name.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class EventApiTest {
    @Inject
    EventRepository repository;

    /** Each test writes in its own year: events of different tests must never merge. */
    private static final AtomicInteger YEARS = new AtomicInteger(2200);

    String outlet;
    String year;

    @BeforeEach
    void freshOutlet() {
        outlet = "api-" + UUID.randomUUID();
        year = Integer.toString(YEARS.getAndIncrement());
    }

    private String d(String monthDay) {
        return year + monthDay;
    }

    private PoliticalEvent store(String id, String type, String cameo, Actor source, Actor target, Location loc,
            String date, String status, String sentence) {
        String uid = outlet + "-" + id;
        PoliticalEvent e = new PoliticalEvent(uid, "art-" + uid, outlet, "https://x/" + uid, d("-01-07T09:00:00Z"),
                type, null, cameo, source, target, loc, date, date == null ? "unknown" : "day", status,
                new Quantity(40_000_000, "USD"), new Evidence(sentence, 0, sentence.length()), 0.8, "test", 1);
        repository.store(e, null);
        return e;
    }

    private static Actor actor(String country, String sector, String org) {
        return new Actor(country, country, country, sector, org);
    }

    private void seed() {
        store("a", "CONSULT", "043", actor("USA", "GOV", null), actor("AFG", "GOV", "Taliban"),
                new Location("Kabul", "Kabul", "AFG", 34.53, 69.17), d("-01-05"), "occurred",
                "Envoys met the Taliban in Kabul.");
        store("b", "ASSAULT", "190", actor("PAK", "REB", "TTP"), actor("PAK", "MIL", null), null, d("-01-06"),
                "occurred", "TTP fighters attacked an army post.");
        store("c", "SANCTION", "163", actor("USA", "GOV", "OFAC"), actor("RUS", "BUS", null), null, d("-02-01"),
                "planned", "OFAC will sanction Russian banks.");
        store("d", "CONSULT", "040", actor("UZB", "GOV", null), actor("AFG", "GOV", "Taliban"),
                new Location("Tashkent", "Tashkent", "UZB", 41.26, 69.22), null, "occurred",
                "Uzbek officials hosted a Taliban delegation.");
        store("e", "ACCUSE", "112", actor("AFG", "GOV", "Taliban"), actor("PAK", "GOV", null), null, d("-01"),
                "occurred", "The Taliban accused Islamabad of airstrikes.");
    }

    private List<String> ids(String... params) {
        var req = given().queryParam("outlet", outlet);
        for (int i = 0; i < params.length; i += 2) {
            req = req.queryParam(params[i], params[i + 1]);
        }
        return req.get("/events").then().statusCode(200).extract().jsonPath().getList("items.id", String.class)
                .stream().map(id -> id.substring(outlet.length() + 1)).toList();
    }

    @Test
    void filtersSelectTheMatchingEvents() {
        seed();
        assertThat(ids()).containsExactly("e", "d", "c", "b", "a");
        assertThat(ids("type", "CONSULT")).containsExactly("d", "a");
        assertThat(ids("type", "consult,assault")).containsExactly("d", "b", "a");
        assertThat(ids("cameo", "04")).containsExactly("d", "a");
        assertThat(ids("cameo", "16,19")).containsExactly("c", "b");
        assertThat(ids("sourceCountry", "usa")).containsExactly("c", "a");
        assertThat(ids("targetCountry", "AFG")).containsExactly("d", "a");
        assertThat(ids("country", "PAK")).containsExactly("e", "b");
        assertThat(ids("sourceSector", "REB")).containsExactly("b");
        assertThat(ids("targetSector", "MIL")).containsExactly("b");
        assertThat(ids("sourceOrg", "taliban")).containsExactly("e");
        assertThat(ids("targetOrg", "Taliban")).containsExactly("d", "a");
        assertThat(ids("locationCountry", "UZB")).containsExactly("d");
        assertThat(ids("status", "planned")).containsExactly("c");
        assertThat(ids("from", d("-01-06"), "to", d("-01-31"))).containsExactly("e", "b");
        assertThat(ids("from", d("-02"))).containsExactly("c");
        assertThat(ids("articleId", "art-" + outlet + "-b")).containsExactly("b");
        assertThat(ids("q", "airstrikes")).containsExactly("e");
        assertThat(ids("q", "100%")).isEmpty();
    }

    @Test
    void cursorPagesThroughEveryEventOnceInEachSort() {
        seed();
        for (String sort : List.of("-stored", "stored", "date", "-date", "confidence", "-mentions", "published")) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                var req = given().queryParam("outlet", outlet).queryParam("limit", 2).queryParam("sort", sort);
                if (cursor != null) {
                    req = req.queryParam("cursor", cursor);
                }
                JsonPath page = req.get("/events").then().statusCode(200).extract().jsonPath();
                seen.addAll(page.getList("items.id", String.class));
                cursor = page.getString("next");
                pages++;
            } while (cursor != null && pages < 10);
            assertThat(seen).as(sort).hasSize(5).doesNotHaveDuplicates();
            assertThat(pages).as(sort).isEqualTo(3);
        }
        assertThat(ids("sort", "date")).containsExactly("d", "e", "a", "b", "c");
    }

    @Test
    void eventJsonHasTheContractShape() {
        seed();
        String id = outlet + "-a";
        given().get("/events/{id}", id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("articleId", equalTo("art-" + id))
                .body("type", equalTo("CONSULT"))
                .body("cameo", equalTo("043"))
                .body("source.country", equalTo("USA"))
                .body("source.org", nullValue())
                .body("target.org", equalTo("Taliban"))
                .body("location.lat", equalTo(34.53f))
                .body("date", equalTo(d("-01-05")))
                .body("datePrecision", equalTo("day"))
                .body("status", equalTo("occurred"))
                .body("quantity.amount", equalTo(4.0E7f))
                .body("quantity.unit", equalTo("USD"))
                .body("evidence.text", equalTo("Envoys met the Taliban in Kabul."))
                .body("confidence", equalTo(0.8f))
                .body("coderVersion", equalTo("test"))
                .body("mentions", equalTo(1))
                .body("reports", hasSize(1))
                .body("reports[0].evidence.text", equalTo("Envoys met the Taliban in Kabul."));
    }

    @Test
    void aggregateCountsPerDayTypeAndCountryPair() {
        seed();
        given().queryParam("outlet", outlet).get("/events/aggregate").then().statusCode(200)
                .body("$", hasSize(5))
                .body("find { it.type == 'ASSAULT' }.day", equalTo(d("-01-06")))
                .body("find { it.type == 'ASSAULT' }.sourceCountry", equalTo("PAK"))
                .body("find { it.type == 'ASSAULT' }.events", equalTo(1))
                // undated: grouped under the day of publication
                .body("find { it.sourceCountry == 'UZB' }.day", equalTo(d("-01-07")));
    }

    @Test
    void badParametersGetAProblemBody() {
        given().queryParam("type", "PARTY").get("/events").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(400))
                .body("title", equalTo("Bad request"))
                .body("detail", containsString("PLOVER"));
        given().queryParam("limit", 100000).get("/events").then().statusCode(400).body("detail",
                containsString("limit"));
        given().queryParam("cursor", "garbage!").get("/events").then().statusCode(400).body("detail",
                containsString("cursor"));
        given().queryParam("sourcecountry", "USA").get("/events").then().statusCode(400).body("detail",
                containsString("unknown query parameter"));
        given().queryParam("from", "yesterday").get("/events").then().statusCode(400);
    }

    @Test
    void unknownEventOrArticleIsA404Problem() {
        given().get("/events/{id}", "nope-" + UUID.randomUUID()).then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE).body("status", equalTo(404));
        given().get("/articles/{id}", "nope-" + UUID.randomUUID()).then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void healthCoversKafkaAndTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("Kafka connection health check"));
    }

    @Test
    void metricsAndOpenApiAreServed() {
        seed();
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("polevents_store_events_total"))
                .body(containsString("polevents_store_dead_lettered_total"));
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/events/{id}"))
                .body(containsString("sourceCountry"));
    }
}
