package org.polevents.store.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.contracts.Segment;
import org.polevents.contracts.SegmentBatch;
import org.polevents.contracts.Topics;
import org.polevents.infra.quarkus.KafkaBrokerResource;
import org.polevents.infra.quarkus.PostgresResource;
import org.polevents.store.Events;

/**
 * The store end to end on the real embedded KRaft broker and real PostgreSQL: records produced to
 * the topics are stored and served, redeliveries change nothing, bad records are dead-lettered
 * with a reason.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class EventPipelineIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry registry;

    KafkaCompanion kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaCompanion(bootstrap);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void producedEventIsStoredAndQueryable() throws Exception {
        String article = "pipe-" + UUID.randomUUID();
        PoliticalEvent e = Events.consult(article + "-e1", article, "2025-01-06");
        produce(Topics.EVENTS_EXTRACTED, e.id(), json.writeValueAsString(e));

        await().atMost(WAIT).untilAsserted(() -> given().queryParam("articleId", article).get("/events")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(e.id())));
        given().get("/events/{id}", e.id()).then().statusCode(200)
                .body("type", equalTo("CONSULT"))
                .body("source.country", equalTo("USA"))
                .body("target.org", equalTo("Taliban"))
                .body("location.name", equalTo("Tashkent"))
                .body("evidence.start", equalTo(25))
                .body("mentions", equalTo(1))
                .body("reports", hasSize(1))
                .body("reports[0].articleId", equalTo(article));
    }

    @Test
    void redeliveredEventChangesNoCounts() throws Exception {
        String article = "redeliver-" + UUID.randomUUID();
        PoliticalEvent e = Events.consult(article + "-e1", article, "2025-02-06");
        String value = json.writeValueAsString(e);
        double duplicatesBefore = counter("duplicate");
        produce(Topics.EVENTS_EXTRACTED, e.id(), value);
        await().atMost(WAIT).untilAsserted(() -> given().get("/events/{id}", e.id()).then().statusCode(200));

        produce(Topics.EVENTS_EXTRACTED, e.id(), value);
        await().atMost(WAIT).until(() -> counter("duplicate") >= duplicatesBefore + 1);

        given().queryParam("articleId", article).get("/events").then().statusCode(200).body("items", hasSize(1));
        given().get("/events/{id}", e.id()).then().statusCode(200).body("mentions", equalTo(1)).body("reports",
                hasSize(1));
    }

    @Test
    void reportsOfOneEventFromTwoArticlesMergeIntoOneWithTwoMentions() throws Exception {
        String run = UUID.randomUUID().toString();
        // a day apart, different outlets' ids, same actors: one real-world meeting
        PoliticalEvent first = Events.event("merge-" + run + "-a", "merge-a-" + run, "CONSULT", "043",
                Events.actor("KAZ", "GOV", null), Events.actor("AFG", "GOV", run), null, "2025-03-03",
                "2025-03-04T08:00:00Z");
        PoliticalEvent second = Events.withId(first, "merge-" + run + "-b", "merge-b-" + run);
        second = new PoliticalEvent(second.id(), second.articleId(), "other.example", second.url(),
                second.publishedAt(), second.type(), second.mode(), second.cameo(), second.source(), second.target(),
                second.location(), "2025-03-04", "day", second.status(), second.quantity(), second.evidence(),
                second.confidence(), second.coderVersion(), 1);
        produce(Topics.EVENTS_EXTRACTED, first.id(), json.writeValueAsString(first));
        await().atMost(WAIT).untilAsserted(() -> given().get("/events/{id}", first.id()).then().statusCode(200));
        produce(Topics.EVENTS_EXTRACTED, second.id(), json.writeValueAsString(second));
        produce(Topics.EVENTS_EXTRACTED, second.id(), json.writeValueAsString(second));

        await().atMost(WAIT).untilAsserted(() -> given().get("/events/{id}", first.id()).then().statusCode(200)
                .body("mentions", equalTo(2)).body("reports", hasSize(2)));
        // the second report's id finds the merged event
        given().get("/events/{id}", second.id()).then().statusCode(200).body("id", equalTo(first.id()));
        given().queryParam("targetOrg", run).get("/events").then().body("items", hasSize(1));
    }

    @Test
    void articleRecodedByANewCoderVersionIsServedWithTheNewEventsOnly() throws Exception {
        String article = "recode-" + UUID.randomUUID();
        PoliticalEvent old = versioned(Events.consult(article + "-v1", article, "2025-05-06"), "0.2.0+aaaa1111");
        PoliticalEvent oldThreat = versioned(Events.event(article + "-v1-t", article, "THREATEN", "138",
                Events.actor("USA", "GOV", null), Events.actor("IRN", "GOV", null), null, "2025-05-06",
                "2025-05-07T09:00:00Z"), "0.2.0+aaaa1111");
        PoliticalEvent recoded = versioned(Events.consult(article + "-v2", article, "2025-05-06"), "0.2.0+bbbb2222");
        double supersededBefore = registry.counter("polevents.store.reports.superseded").count();
        double staleBefore = counter("stale");
        produce(Topics.EVENTS_EXTRACTED, old.id(), json.writeValueAsString(old));
        produce(Topics.EVENTS_EXTRACTED, oldThreat.id(), json.writeValueAsString(oldThreat));
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("articleId", article).get("/events")
                .then().statusCode(200).body("items", hasSize(2)));

        // extract-service re-ran over the article with a new coder version (produced later)
        produce(Topics.EVENTS_EXTRACTED, recoded.id(), json.writeValueAsString(recoded));
        await().atMost(WAIT).untilAsserted(() -> given().queryParam("articleId", article).get("/events")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].coderVersion",
                        equalTo("0.2.0+bbbb2222")));
        assertThat(registry.counter("polevents.store.reports.superseded").count()).isEqualTo(supersededBefore + 2);

        // a late copy of the old run is ignored
        produce(Topics.EVENTS_EXTRACTED, oldThreat.id(), json.writeValueAsString(oldThreat));
        await().atMost(WAIT).until(() -> counter("stale") >= staleBefore + 1);
        given().queryParam("articleId", article).get("/events").then().body("items", hasSize(1));
        given().get("/events/{id}", oldThreat.id()).then().statusCode(404);
    }

    private static PoliticalEvent versioned(PoliticalEvent e, String version) {
        return new PoliticalEvent(e.id(), e.articleId(), e.outlet(), e.url(), e.publishedAt(), e.type(), e.mode(),
                e.cameo(), e.source(), e.target(), e.location(), e.date(), e.datePrecision(), e.status(), e.quantity(),
                e.evidence(), e.confidence(), version, e.mentions());
    }

    @Test
    void articleFromSegmentsTopicIsServedWithItsEvents() throws Exception {
        String id = "article-" + UUID.randomUUID();
        String text = "Envoys meet in Tashkent\n\nEnvoys met Taliban officials in Tashkent on Monday.";
        SegmentBatch batch = new SegmentBatch(id, id, "https://example.org/" + id, "example.org",
                "Envoys meet in Tashkent", "2025-01-07T09:00:00Z", "en", text,
                List.of(new Segment(id + "#0", "Envoys meet in Tashkent", 0, 23),
                        new Segment(id + "#1", "Envoys met Taliban officials in Tashkent on Monday.", 25, 76)));
        produce(Topics.SEGMENTS_DEDUP, id, json.writeValueAsString(batch));
        PoliticalEvent e = Events.consult(id + "-e1", id, "2025-04-06");
        produce(Topics.EVENTS_EXTRACTED, e.id(), json.writeValueAsString(e));

        await().atMost(WAIT).untilAsserted(() -> given().get("/articles/{id}", id).then().statusCode(200)
                .body("text", equalTo(text))
                .body("title", equalTo("Envoys meet in Tashkent"))
                .body("segments", hasSize(2))
                .body("events", hasSize(1))
                .body("events[0].id", equalTo(e.id())));
    }

    @Test
    void malformedEventGoesToDeadLetterTopicWithReason() {
        String key = "bad-json-" + UUID.randomUUID();
        produce(Topics.EVENTS_EXTRACTED, key, "{not json");
        ConsumerRecord<String, String> dead = awaitDeadLetter(Topics.dlq(Topics.EVENTS_EXTRACTED), key);
        assertThat(dead.value()).isEqualTo("{not json");
        assertThat(header(dead, Topics.DLQ_REASON_HEADER)).contains("not a valid PoliticalEvent");
    }

    @Test
    void eventMissingRequiredFieldsGoesToDeadLetterTopicWithReason() {
        String key = "missing-" + UUID.randomUUID();
        produce(Topics.EVENTS_EXTRACTED, key, "{\"id\":\"" + key + "\",\"type\":\"CONSULT\"}");
        ConsumerRecord<String, String> dead = awaitDeadLetter(Topics.dlq(Topics.EVENTS_EXTRACTED), key);
        assertThat(header(dead, Topics.DLQ_REASON_HEADER)).contains("articleId");
        given().get("/events/{id}", key).then().statusCode(404);
    }

    @Test
    void eventWithUnknownTypeGoesToDeadLetterTopic() throws Exception {
        String article = "badtype-" + UUID.randomUUID();
        PoliticalEvent good = Events.consult(article + "-e1", article, "2025-01-06");
        String value = json.writeValueAsString(good).replace("\"CONSULT\"", "\"PARTY\"");
        produce(Topics.EVENTS_EXTRACTED, good.id(), value);
        ConsumerRecord<String, String> dead = awaitDeadLetter(Topics.dlq(Topics.EVENTS_EXTRACTED), good.id());
        assertThat(header(dead, Topics.DLQ_REASON_HEADER)).contains("not a PLOVER type");
    }

    @Test
    void malformedArticleGoesToItsDeadLetterTopic() {
        String key = "bad-article-" + UUID.randomUUID();
        produce(Topics.SEGMENTS_DEDUP, key, "{\"articleId\":\"" + key + "\"}");
        ConsumerRecord<String, String> dead = awaitDeadLetter(Topics.dlq(Topics.SEGMENTS_DEDUP), key);
        assertThat(header(dead, Topics.DLQ_REASON_HEADER)).contains("text");
    }

    private void produce(String topic, String key, String value) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(topic, key, value)).awaitCompletion(WAIT);
    }

    private ConsumerRecord<String, String> awaitDeadLetter(String topic, String key) {
        var task = kafka.consumeStrings().withGroupId("it-" + UUID.randomUUID())
                .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(topic);
        try {
            return await().atMost(WAIT).until(() -> task.getRecords().stream().filter(r -> key.equals(r.key()))
                    .findFirst().orElse(null), r -> r != null);
        } finally {
            task.stop();
        }
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private double counter(String outcome) {
        var c = registry.find("polevents.store.events").tag("outcome", outcome).counter();
        return c == null ? 0 : c.count();
    }
}
