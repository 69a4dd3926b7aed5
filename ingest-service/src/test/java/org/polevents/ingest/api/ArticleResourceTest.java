package org.polevents.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.polevents.contracts.RawArticle;
import org.polevents.ingest.messaging.ArticlePublisher;
import org.polevents.ingest.messaging.InMemoryChannels;

@QuarkusTest
@QuarkusTestResource(value = InMemoryChannels.class, restrictToAnnotatedClass = true)
class ArticleResourceTest {
    static final String KEY = "test-api-key-0123456789";

    @Inject
    @Any
    InMemoryConnector connector;

    private InMemorySink<RawArticle> sent;

    /** Requests of a client holding the configured API key. */
    private static RequestSpecification given() {
        return RestAssured.given().header("X-API-Key", KEY);
    }

    @BeforeEach
    void clear() {
        sent = connector.sink(ArticlePublisher.CHANNEL);
        sent.clear();
    }

    @Test
    void acceptedJsonArticleIsPublishedKeyedByItsId() {
        given().contentType("application/json").body("{\"id\":\"n1\",\"body\":\"Envoys met in Doha.\"}")
                .post("/articles").then().statusCode(202).body("ids[0]", equalTo("n1"));
        assertThat(sent.received()).hasSize(1);
        Message<RawArticle> m = sent.received().get(0);
        assertThat(m.getPayload().body()).isEqualTo("Envoys met in Doha.");
        assertThat(m.getMetadata(OutgoingKafkaRecordMetadata.class)).get().extracting(OutgoingKafkaRecordMetadata::getKey)
                .isEqualTo("n1");
    }

    @Test
    void articleWithoutIdGetsAContentDerivedId() {
        String first = given().contentType("application/json").body("{\"body\":\"Same text.\"}").post("/articles")
                .then().statusCode(202).extract().path("ids[0]");
        String second = given().contentType("application/json").body("{\"body\":\"Same text.\"}").post("/articles")
                .then().statusCode(202).extract().path("ids[0]");
        assertThat(first).isEqualTo(second).startsWith("a");
    }

    @Test
    void bareTextAndHtmlTakeMetadataFromQueryParameters() {
        given().contentType("text/plain").queryParam("outlet", "e.org").body("Envoys met in Doha.")
                .post("/articles").then().statusCode(202);
        given().contentType("text/html").body("<p>Envoys met in Doha.</p>").post("/articles").then().statusCode(202);
        assertThat(sent.received()).extracting(m -> m.getPayload().contentType()).containsExactly("text/plain", "text/html");
        assertThat(sent.received().get(0).getPayload().outlet()).isEqualTo("e.org");
    }

    @Test
    void ndjsonBatchIsAcceptedWhole() {
        given().contentType("application/x-ndjson").body("{\"body\":\"a\"}\n{\"body\":\"b\"}\n".getBytes()).post("/articles/batch")
                .then().statusCode(202).body("accepted", equalTo(2)).body("ids", hasSize(2));
        assertThat(sent.received()).hasSize(2);
    }

    @Test
    void badInputGetsAProblemBodyAndNothingIsSent() {
        given().contentType("application/json").body("{not json").post("/articles").then().statusCode(400)
                .contentType("application/problem+json").body("title", equalTo("Malformed JSON")).body("status", equalTo(400));
        given().contentType("application/json").body("").post("/articles").then().statusCode(400)
                .body("title", equalTo("Empty request body"));
        given().contentType("application/json").body("{\"body\":7}").post("/articles").then().statusCode(400)
                .body("detail", containsString("'body' must be a string"));
        given().contentType("application/x-ndjson").body("{\"body\":\"a\"}\n{\"body\":1}\n".getBytes()).post("/articles/batch")
                .then().statusCode(400).body("errors[0]", containsString("line 2"));
        assertThat(sent.received()).isEmpty();
    }

    @Test
    void overSizeArticleIs413WithAProblemBody() {
        given().contentType("application/json").body("{\"body\":\"" + "x".repeat(6000) + "\"}").post("/articles")
                .then().statusCode(413).contentType("application/problem+json");
        assertThat(sent.received()).isEmpty();
    }

    @Test
    void unsupportedMediaTypeIs415WithAProblemBody() {
        given().contentType("application/pdf").body("%PDF".getBytes()).post("/articles").then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void healthAndMetricsAreServed() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void writesWithoutAValidKeyAre401AndNothingIsSent() {
        RestAssured.given().contentType("application/json").body("{\"body\":\"x\"}").post("/articles").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        RestAssured.given().header("Authorization", "Bearer wrong-key-0123456789").contentType("application/json")
                .body("{\"body\":\"x\"}").post("/articles").then().statusCode(401);
        assertThat(sent.received()).isEmpty();
        RestAssured.given().header("Authorization", "Bearer " + KEY).contentType("application/json")
                .body("{\"body\":\"x\"}").post("/articles").then().statusCode(202);
        assertThat(sent.received()).hasSize(1);
    }

    @Test
    void readsNeedNoKey() {
        RestAssured.given().get("/q/health/live").then().statusCode(200);
    }
}
