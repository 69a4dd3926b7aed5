package org.polevents.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.polevents.contracts.Topics;

/**
 * End to end: the real broker and database, the three services as their own processes, the
 * project's own article fixtures pushed over HTTP; checks what reaches the store and the topic.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path FIXTURES = Path.of("src/test/resources/articles");
    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws IOException {
        Path home = Path.of(System.getProperty("polevents.home", "..")).toAbsolutePath().normalize();
        stack = LocalStack.start(StackSettings.ephemeral(home, Files.createTempDirectory("pipeline-it")), System.out);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void pushedArticlesBecomeStoredEventsThatAreAlsoOnTheTopic() throws Exception {
        ArticlePusher pusher = new ArticlePusher(stack.ingestUrl(), stack.apiKey());
        for (Path f : ArticlePusher.articleFiles(List.of(FIXTURES))) {
            assertThat(pusher.push(f).status()).as("push %s", f).isEqualTo(202);
        }
        PipelineDrain.await(stack.bootstrapServers(), Duration.ofMinutes(3));

        List<JsonNode> stored = storedEvents();
        assertThat(stored).isNotEmpty();
        assertThat(stored).extracting(e -> e.path("type").asText()).contains("SANCTION");

        Set<String> topicIds = new HashSet<>();
        for (ConsumerRecord<String, String> r : TopicReader.readAll(stack.bootstrapServers(), Topics.EVENTS_EXTRACTED,
                Duration.ofSeconds(30))) {
            assertThat(JSON.readTree(r.value()).path("id").asText()).isEqualTo(r.key());
            topicIds.add(r.key());
        }
        assertThat(topicIds).containsAll(stored.stream().map(e -> e.path("id").asText()).toList());

        // every event's evidence is the exact span of its article's cleaned text
        for (JsonNode e : stored) {
            JsonNode article = getJson(stack.storeUrl() + "/articles/" + enc(e.path("articleId").asText()));
            String text = article.path("text").asText();
            JsonNode ev = e.path("evidence");
            assertThat(text.substring(ev.path("start").asInt(), ev.path("end").asInt())).isEqualTo(ev.path("text").asText());
        }
    }

    @Test
    @Order(2)
    void boilerplateAndTheWireCopyAreNotKept() throws Exception {
        List<String> kept = new ArrayList<>();
        Set<String> articles = new HashSet<>();
        for (ConsumerRecord<String, String> r : TopicReader.readAll(stack.bootstrapServers(), Topics.SEGMENTS_DEDUP,
                Duration.ofSeconds(30))) {
            JsonNode batch = JSON.readTree(r.value());
            articles.add(batch.path("parentId").asText());
            batch.path("segments").forEach(s -> kept.add(s.path("text").asText()));
        }
        assertThat(kept).isNotEmpty().doesNotHaveDuplicates();
        assertThat(kept).noneMatch(s -> s.contains("Subscribe to our newsletter"))
                .noneMatch(s -> s.contains("Share this article")).noneMatch(s -> s.contains("USD 1.0842"));
        // the wire story carried by both the digest and the wire copy is kept once, whichever was
        // processed first, and the digest's own story survives either way
        assertThat(kept).filteredOn(s -> s.contains("Kenyan police detained")).hasSize(1);
        assertThat(kept).filteredOn(s -> s.contains("Human Rights Watch called on")).hasSize(1);
        assertThat(kept).anyMatch(s -> s.startsWith("Indonesian Foreign Minister Retno Marsudi met"));
        assertThat(articles).contains("100_regional_digest", "102_sanctions");
    }

    @Test
    @Order(3)
    void pushingTheSameArticleAgainChangesNoCounts() throws Exception {
        List<JsonNode> before = storedEvents();
        Set<String> segmentIdsBefore = keptSegmentIds();
        assertThat(new ArticlePusher(stack.ingestUrl(), stack.apiKey()).push(FIXTURES.resolve("102_sanctions.txt")).status()).isEqualTo(202);
        PipelineDrain.await(stack.bootstrapServers(), Duration.ofMinutes(2));
        // a re-push under the same id is treated like a redelivery: the same segments and event ids at most
        assertThat(keptSegmentIds()).isEqualTo(segmentIdsBefore);
        List<JsonNode> after = storedEvents();
        assertThat(after).hasSameSizeAs(before);
        assertThat(after.stream().mapToInt(e -> e.path("mentions").asInt()).sum())
                .isEqualTo(before.stream().mapToInt(e -> e.path("mentions").asInt()).sum());
    }

    private static Set<String> keptSegmentIds() throws Exception {
        Set<String> ids = new HashSet<>();
        for (ConsumerRecord<String, String> r : TopicReader.readAll(stack.bootstrapServers(), Topics.SEGMENTS_DEDUP,
                Duration.ofSeconds(30))) {
            JSON.readTree(r.value()).path("segments").forEach(s -> ids.add(s.path("id").asText()));
        }
        return ids;
    }

    @Test
    @Order(4)
    void oneArticleIsOneTraceAcrossEveryTopic() throws Exception {
        String article = "102_sanctions";
        Set<String> raw = tracesOf(Topics.ARTICLES_RAW, r -> r.key().equals(article));
        Set<String> segments = tracesOf(Topics.SEGMENTS_DEDUP, r -> r.key().equals(article));
        Set<String> events = tracesOf(Topics.EVENTS_EXTRACTED, r -> r.value().contains("\"articleId\":\"" + article + "\""));
        // each push of the article (it was pushed twice) starts one trace that every hop continues
        assertThat(raw).isNotEmpty().doesNotContainNull();
        assertThat(segments).isNotEmpty().isSubsetOf(raw);
        assertThat(events).isNotEmpty().isSubsetOf(raw);
    }

    private static Set<String> tracesOf(String topic, java.util.function.Predicate<ConsumerRecord<String, String>> which) {
        Set<String> traces = new HashSet<>();
        for (ConsumerRecord<String, String> r : TopicReader.readAll(stack.bootstrapServers(), topic, Duration.ofSeconds(30))) {
            if (which.test(r)) {
                traces.add(traceId(r));
            }
        }
        return traces;
    }

    private static String traceId(ConsumerRecord<String, String> r) {
        var header = r.headers().lastHeader("traceparent");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8).split("-")[1];
    }

    @Test
    @Order(5)
    void badInputIsRefusedWithAProblemBody() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(stack.ingestUrl() + "/articles"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + stack.apiKey())
                .POST(HttpRequest.BodyPublishers.ofString("{oops")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(JSON.readTree(r.body()).path("title").asText()).isEqualTo("Malformed JSON");
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(stack.ingestUrl() + "/articles"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"x\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    @Order(6)
    void everyServiceReportsReadyAndServesMetrics() throws Exception {
        for (ServiceProcess s : stack.services()) {
            assertThat(get(s.url() + "/q/health/ready").statusCode()).as(s.name()).isEqualTo(200);
            assertThat(get(s.url() + "/q/metrics").body()).as(s.name()).contains("jvm_memory_used_bytes");
        }
    }

    private static List<JsonNode> storedEvents() throws Exception {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = getJson(stack.storeUrl() + "/events?limit=100" + (cursor == null ? "" : "&cursor=" + enc(cursor)));
            page.path("items").forEach(all::add);
            cursor = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (cursor != null);
        return all;
    }

    private static JsonNode getJson(String url) throws Exception {
        HttpResponse<String> r = get(url);
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
