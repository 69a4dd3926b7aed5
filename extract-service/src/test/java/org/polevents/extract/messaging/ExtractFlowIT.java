package org.polevents.extract.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.polevents.contracts.Segment;
import org.polevents.contracts.SegmentBatch;
import org.polevents.contracts.Topics;
import org.polevents.infra.quarkus.KafkaBrokerResource;

/** extract-service against the real KRaft broker: segments.dedup → coder → events.extracted, and its DLQ. */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = true)
class ExtractFlowIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void segmentBatchBecomesEventsKeyedByIdWithEvidenceInsideTheText() throws Exception {
        String id = "x-" + UUID.randomUUID();
        String s1 = "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Tokyo on Thursday.";
        String s2 = "The United States imposed sanctions on three North Korean officials, the Treasury said.";
        String text = s1 + "\n\n" + s2;
        SegmentBatch batch = new SegmentBatch(id, id, null, "example.org", null, "2024-03-15T10:00:00Z", "en", text,
                List.of(new Segment(id + "#0", s1, 0, s1.length()),
                        new Segment(id + "#1", s2, s1.length() + 2, text.length())));
        try (KafkaConsumer<String, String> events = consumer(Topics.EVENTS_EXTRACTED); var producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.SEGMENTS_DEDUP, id, JSON.writeValueAsString(batch))).get();
            List<ConsumerRecord<String, String>> got = pollUntil(events,
                    rs -> rs.stream().filter(r -> r.value().contains(id)).count() >= 2);
            for (ConsumerRecord<String, String> r : got) {
                JsonNode e = JSON.readTree(r.value());
                if (!e.path("articleId").asText().equals(id)) {
                    continue;
                }
                assertThat(e.path("id").asText()).isEqualTo(r.key());
                JsonNode ev = e.path("evidence");
                assertThat(text.substring(ev.path("start").asInt(), ev.path("end").asInt())).isEqualTo(ev.path("text").asText());
            }
            assertThat(got).extracting(r -> JSON.readTree(r.value()).path("type").asText()).contains("CONSULT", "SANCTION");
        }
    }

    @Test
    void recordThatIsNotASegmentBatchGoesToTheDeadLetterTopic() throws Exception {
        String key = "bad-" + UUID.randomUUID();
        try (KafkaConsumer<String, String> dlq = consumer(Topics.dlq(Topics.SEGMENTS_DEDUP)); var producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.SEGMENTS_DEDUP, key, "[1,2,3]")).get();
            ConsumerRecord<String, String> dead = pollUntil(dlq, rs -> rs.stream().anyMatch(r -> key.equals(r.key())))
                    .stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
            assertThat(new String(dead.headers().lastHeader(Topics.DLQ_REASON_HEADER).value(), StandardCharsets.UTF_8))
                    .contains("segment batch");
        }
        given().get("/q/health/ready").then().statusCode(200);
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap), new StringSerializer(), new StringSerializer());
    }

    private KafkaConsumer<String, String> consumer(String topic) {
        KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap, "group.id",
                "it-" + UUID.randomUUID(), "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer());
        c.subscribe(List.of(topic));
        return c;
    }

    private static List<ConsumerRecord<String, String>> pollUntil(KafkaConsumer<String, String> consumer,
            Predicate<List<ConsumerRecord<String, String>>> done) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return done.test(seen);
        });
        return seen;
    }
}
