package org.polevents.ingest.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.polevents.contracts.Topics;
import org.polevents.infra.quarkus.KafkaBrokerResource;
import org.polevents.infra.quarkus.PostgresResource;

/**
 * The ingest service against the real KRaft broker and real PostgreSQL: HTTP push → articles.raw →
 * processor → segments.dedup, with durable dedup and the dead-letter topic.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(name = "database", value = "ingest_it"))
class IngestFlowIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static final String ARTICLE = """
            Indonesia and Malaysia agree to joint patrols
            Indonesian Foreign Minister Retno Marsudi met her Malaysian counterpart in Jakarta on Tuesday to discuss security in the Strait of Malacca, officials said.
            The two ministers signed an agreement to coordinate naval patrols along the shared maritime border, according to a statement.
            Subscribe to our newsletter for the latest regional news and analysis delivered to your inbox every week.
            """;

    @Test
    void pushedArticleArrivesCleanedOnSegmentsDedupAndARepeatAddsNothing() throws Exception {
        String id = "it-" + UUID.randomUUID();
        try (KafkaConsumer<String, String> consumer = consumer(Topics.SEGMENTS_DEDUP)) {
            given().header("X-API-Key", "test-api-key-0123456789").contentType("application/json").body(Map.of("id", id, "body", ARTICLE)).post("/articles")
                    .then().statusCode(202);
            List<ConsumerRecord<String, String>> records = pollUntil(consumer, rs -> rs.stream().anyMatch(r -> r.key().startsWith(id)));
            ConsumerRecord<String, String> first = records.stream().filter(r -> r.key().startsWith(id)).findFirst().orElseThrow();
            JsonNode batch = JSON.readTree(first.value());
            assertThat(batch.path("parentId").asText()).isEqualTo(id);
            String text = batch.path("text").asText();
            assertThat(text).contains("Retno Marsudi").doesNotContain("Subscribe to our newsletter");
            for (JsonNode s : batch.path("segments")) {
                assertThat(text.substring(s.path("start").asInt(), s.path("end").asInt())).isEqualTo(s.path("text").asText());
            }

            // the same text again, under another id: every segment is a duplicate, nothing is emitted
            String copy = id + "-copy";
            given().header("X-API-Key", "test-api-key-0123456789").contentType("application/json").body(Map.of("id", copy, "body", ARTICLE)).post("/articles")
                    .then().statusCode(202);
            String marker = "it-marker-" + UUID.randomUUID();
            given().header("X-API-Key", "test-api-key-0123456789").contentType("application/json").body(Map.of("id", marker, "body",
                    "Brazil and Argentina signed a trade agreement in Brasilia on " + marker + ", officials said on Monday."))
                    .post("/articles").then().statusCode(202);
            List<ConsumerRecord<String, String>> later = pollUntil(consumer, rs -> rs.stream().anyMatch(r -> r.key().startsWith(marker)));
            assertThat(later).noneMatch(r -> r.key().startsWith(copy));
        }
    }

    @Test
    void unreadableRecordOnArticlesRawGoesToTheDeadLetterTopicWithItsReason() throws Exception {
        String key = "bad-" + UUID.randomUUID();
        try (KafkaConsumer<String, String> dlq = consumer(Topics.dlq(Topics.ARTICLES_RAW));
                KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                        new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, key, "{this is not json")).get();
            List<ConsumerRecord<String, String>> records = pollUntil(dlq, rs -> rs.stream().anyMatch(r -> key.equals(r.key())));
            ConsumerRecord<String, String> dead = records.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
            assertThat(dead.value()).isEqualTo("{this is not json");
            assertThat(new String(dead.headers().lastHeader(Topics.DLQ_REASON_HEADER).value(), StandardCharsets.UTF_8))
                    .contains("not an article");
        }
        // the service keeps working after a poison record
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void readinessCoversKafkaAndTheDatabase() {
        String body = given().get("/q/health/ready").then().statusCode(200).extract().asString();
        assertThat(body).contains("Kafka").containsIgnoringCase("database");
    }

    private KafkaConsumer<String, String> consumer(String topic) {
        KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap, "group.id",
                "it-" + UUID.randomUUID(), "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer());
        c.subscribe(List.of(topic));
        return c;
    }

    private static List<ConsumerRecord<String, String>> pollUntil(KafkaConsumer<String, String> consumer,
            java.util.function.Predicate<List<ConsumerRecord<String, String>>> done) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return done.test(seen);
        });
        return seen;
    }
}
