package org.polevents.store.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.infra.quarkus.KafkaBrokerResource;
import org.polevents.infra.quarkus.PostgresResource;
import org.polevents.store.Events;
import org.polevents.store.persist.EventRepository;

/** The live stream and the exports over HTTP, on the real embedded PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class LiveAndExportTest {
    /** Each test writes in its own year: events of different tests must never merge. */
    private static final AtomicInteger YEARS = new AtomicInteger(3000);

    @Inject
    EventRepository repository;

    @TestHTTPResource("/events/stream")
    URI stream;

    private PoliticalEvent store(String outlet, String id, String type, String date) {
        PoliticalEvent e = Events.event(outlet + "-" + id, "art-" + outlet + "-" + id, type,
                type.equals("CONSULT") ? "043" : "190", Events.actor("USA", "GOV", null),
                Events.actor("AFG", "GOV", outlet), null, date, date + "T09:00:00Z");
        e = new PoliticalEvent(e.id(), e.articleId(), outlet, e.url(), e.publishedAt(), e.type(), e.mode(), e.cameo(),
                e.source(), e.target(), e.location(), e.date(), e.datePrecision(), e.status(), e.quantity(),
                e.evidence(), e.confidence(), e.coderVersion(), 1);
        repository.store(e, null);
        return e;
    }

    /** Opens the stream and collects the SSE lines it sends, until the test ends. */
    private CompletableFuture<Void> listen(String query, String lastEventId, List<String> lines) {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(stream + "?" + query)).GET();
        if (lastEventId != null) {
            req.header("Last-Event-ID", lastEventId);
        }
        return HttpClient.newHttpClient().sendAsync(req.build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(r -> {
                    try (Stream<String> body = r.body()) {
                        body.forEach(lines::add);
                    }
                });
    }

    private static List<String> data(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("data:")).toList();
    }

    @Test
    void streamSendsNewMatchingEventsAndResumesAfterLastEventId() {
        String outlet = "live-" + UUID.randomUUID();
        String year = Integer.toString(YEARS.getAndIncrement());
        String query = "outlet=" + URLEncoder.encode(outlet, StandardCharsets.UTF_8) + "&type=CONSULT";
        List<String> lines = new CopyOnWriteArrayList<>();
        // from the start of the store (id 0): the filter leaves only this test's events
        CompletableFuture<Void> open = listen(query, "0", lines);
        try {
            store(outlet, "a", "CONSULT", year + "-01-01");
            store(outlet, "b", "ASSAULT", year + "-01-02");
            store(outlet, "c", "CONSULT", year + "-01-05");
            await().atMost(Duration.ofSeconds(30)).until(() -> data(lines).size() >= 2);
            assertThat(data(lines)).hasSize(2);
            assertThat(data(lines).get(0)).contains(outlet + "-a").contains("\"type\":\"CONSULT\"");
            assertThat(data(lines).get(1)).contains(outlet + "-c");
            assertThat(lines).contains("event:event");
        } finally {
            open.cancel(true);
        }
        // resume after the first: only the second comes again
        String firstId = lines.stream().filter(l -> l.startsWith("id:")).findFirst().orElseThrow().substring(3).strip();
        List<String> resumed = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> again = listen(query, firstId, resumed);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> data(resumed).size() >= 1);
            assertThat(data(resumed).get(0)).contains(outlet + "-c");
        } finally {
            again.cancel(true);
        }
    }

    @Test
    void exportsEveryMatchingEventInEachFormat() {
        String outlet = "export-" + UUID.randomUUID();
        String year = Integer.toString(YEARS.getAndIncrement());
        for (int i = 0; i < 7; i++) {
            store(outlet, "e" + i, "CONSULT", year + "-01-" + String.format("%02d", 1 + 3 * i));
        }
        // pages of 1000 by default; a small limit shows the cap works
        String jsonl = given().queryParam("outlet", outlet).queryParam("format", "jsonl").get("/events/export")
                .then().statusCode(200).contentType(startsWith("application/x-ndjson"))
                .header("Content-Disposition", containsString("events.jsonl")).extract().asString();
        assertThat(jsonl.lines()).hasSize(7);
        assertThat(given().queryParam("outlet", outlet).queryParam("limit", 3).get("/events/export").asString()
                .lines()).hasSize(3);
        String csv = given().queryParam("outlet", outlet).queryParam("format", "csv").get("/events/export")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.split("\r\n")).hasSize(8);
        String tsv = given().queryParam("outlet", outlet).queryParam("format", "tsv").get("/events/export")
                .then().statusCode(200).extract().asString();
        assertThat(tsv.lines()).hasSize(8);
        assertThat(tsv.lines().skip(1)).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
        given().queryParam("outlet", outlet).queryParam("format", "plover").get("/events/export").then()
                .statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(7))
                .body("[0].event", org.hamcrest.Matchers.equalTo("CONSULT"));
        given().queryParam("format", "xml").get("/events/export").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
    }
}
