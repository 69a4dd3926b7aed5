package org.polevents.store.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.contracts.SegmentBatch;
import org.polevents.infra.quarkus.KafkaBrokerResource;
import org.polevents.infra.quarkus.PostgresResource;
import org.polevents.store.Events;

/**
 * The sinks' wiring with the in-memory connector (and the real database): a stored record is
 * acked only after the write, an unprocessable one is nacked with its reason, a redelivery is
 * acked without a second row.
 */
@QuarkusTest
@TestProfile(InMemoryChannels.class)
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class SinkWiringTest {
    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    ObjectMapper json;

    private final AtomicInteger acks = new AtomicInteger();
    private final List<Throwable> nacks = new CopyOnWriteArrayList<>();

    private Message<String> message(String payload) {
        return Message.of(payload, () -> {
            acks.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        }, t -> {
            nacks.add(t);
            return CompletableFuture.completedFuture(null);
        });
    }

    @Test
    void storedEventIsAckedAfterTheWriteAndRedeliveryAddsNothing() throws Exception {
        PoliticalEvent e = Events.consult("wire-" + UUID.randomUUID(), "wire-article-" + UUID.randomUUID(),
                "2031-05-05");
        connector.source(Channels.EVENTS_IN).send(message(json.writeValueAsString(e)));
        await().atMost(Duration.ofSeconds(30)).until(() -> acks.get() == 1);
        given().get("/events/{id}", e.id()).then().statusCode(200).body("mentions", equalTo(1));

        connector.source(Channels.EVENTS_IN).send(message(json.writeValueAsString(e)));
        await().atMost(Duration.ofSeconds(30)).until(() -> acks.get() == 2);
        given().queryParam("articleId", e.articleId()).get("/events").then().body("items.size()", equalTo(1));
        assertThat(nacks).isEmpty();
    }

    @Test
    void unprocessableEventIsNackedWithItsReason() {
        connector.source(Channels.EVENTS_IN).send(message("{\"id\":\"x\"}"));
        await().atMost(Duration.ofSeconds(30)).until(() -> nacks.size() == 1);
        assertThat(nacks.get(0)).isInstanceOf(UnprocessableRecord.class).hasMessageContaining("articleId");
        assertThat(acks).hasValue(0);
    }

    @Test
    void articleIsStoredAndAcked() throws Exception {
        String id = "wire-article-" + UUID.randomUUID();
        SegmentBatch batch = new SegmentBatch(id, id, null, "example.org", "Title", "2031-05-05", "en",
                "Title\n\nBody.", List.of());
        connector.source(Channels.SEGMENTS_IN).send(message(json.writeValueAsString(batch)));
        await().atMost(Duration.ofSeconds(30)).until(() -> acks.get() == 1);
        given().get("/articles/{id}", id).then().statusCode(200).body("text", equalTo("Title\n\nBody."))
                .body("parentId", equalTo(id));
    }
}
