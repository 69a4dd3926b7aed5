package org.polevents.deploy.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.polevents.contracts.Topics;
import org.polevents.deploy.local.LocalStack;
import org.polevents.deploy.local.TopicReader;

/**
 * A campaign of generated malformed and hostile inputs against the running pipeline: every one is
 * refused with a 4xx problem body (HTTP) or lands on its dead-letter topic with a reason (raw
 * records on the topics); afterwards every service is still ready and a good article still becomes
 * stored events.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int HTTP_CASES = 1000;
    private static final int RECORD_CASES = 100;
    private static LocalStack stack;

    @BeforeAll
    static void start() throws Exception {
        Path home = Path.of(System.getProperty("polevents.home", "..")).toAbsolutePath().normalize();
        stack = LocalStack.startEphemeral(home, Files.createTempDirectory("bad-input-it"), System.out);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    /** One generated request: a name for the report, content type and body. */
    private record Bad(String kind, String contentType, byte[] body) {
    }

    private static List<Bad> httpCampaign(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Bad> out = new ArrayList<>();
        for (int i = 0; out.size() < HTTP_CASES; i++) {
            switch (i % 10) {
                case 0 -> out.add(new Bad("truncated JSON", "application/json",
                        utf8("{\"body\": \"Envoys met in Doha" + "x".repeat(r.nextInt(50)))));
                case 1 -> out.add(new Bad("wrong type", "application/json", utf8(switch (r.nextInt(4)) {
                    case 0 -> "{\"body\": " + r.nextInt() + "}";
                    case 1 -> "{\"body\": [\"a\", \"b\"]}";
                    case 2 -> "{\"body\": {\"text\": \"x\"}}";
                    default -> "{\"body\": \"x\", \"publishedAt\": " + r.nextInt(2000) + "}";
                })));
                case 2 -> {
                    byte[] b = new byte[16 + r.nextInt(200)];
                    r.nextBytes(b);
                    b[0] = (byte) 0xC3;
                    b[1] = (byte) 0x28; // an invalid UTF-8 sequence, whatever follows
                    out.add(new Bad("invalid UTF-8", r.nextBoolean() ? "application/json" : "text/plain", b));
                }
                case 3 -> out.add(new Bad("deep nesting", "application/json",
                        utf8("{\"body\":\"x\",\"n\":" + "[".repeat(1000 + r.nextInt(5000)) + "]".repeat(10) + "}")));
                case 4 -> out.add(new Bad("not an object", "application/json",
                        utf8(List.of("[]", "null", "42", "\"text\"", "true", "[{\"body\":\"x\"}]").get(r.nextInt(6)))));
                case 5 -> out.add(new Bad("empty", r.nextBoolean() ? "application/json" : "text/plain",
                        utf8(" ".repeat(r.nextInt(5)))));
                case 6 -> out.add(new Bad("over-size", "application/json",
                        utf8("{\"body\":\"" + "a".repeat(1_000_001 + r.nextInt(1000)) + "\"}")));
                case 7 -> {
                    byte[] b = new byte[64 + r.nextInt(512)];
                    r.nextBytes(b);
                    out.add(new Bad("binary", List.of("application/octet-stream", "image/png", "application/pdf")
                            .get(r.nextInt(3)), b));
                }
                case 8 -> out.add(new Bad("bad fields", "application/json", utf8(switch (r.nextInt(3)) {
                    case 0 -> "{\"body\":\"x\",\"contentType\":\"application/x-evil\"}";
                    case 1 -> "{\"body\":\"x\",\"publishedAt\":\"next tuesday\"}";
                    default -> "{\"body\":\"x\",\"id\":\"" + "\\u0000".repeat(3) + "\"}";
                })));
                default -> out.add(new Bad("bad batch line", "application/x-ndjson",
                        utf8("{\"body\":\"fine\"}\n{\"body\":" + r.nextInt() + "}\n")));
            }
        }
        return out;
    }

    @Test
    @Order(1)
    void everyBadRequestGetsAProblemAndNothingIsAccepted() throws Exception {
        Map<String, Integer> byKind = new HashMap<>();
        for (Bad bad : httpCampaign(11)) {
            String path = bad.contentType().equals("application/x-ndjson") ? "/articles/batch" : "/articles";
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(stack.ingestUrl() + path))
                    .header("Content-Type", bad.contentType()).header("Authorization", "Bearer " + stack.apiKey())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bad.body())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("%s -> %s", bad.kind(), r.body()).isBetween(400, 499).isNotEqualTo(429);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(bad.kind()).startsWith("application/problem+json");
            byKind.merge(bad.kind(), 1, Integer::sum);
        }
        assertThat(byKind.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(HTTP_CASES);
        assertThat(TopicReader.readAll(stack.bootstrapServers(), Topics.ARTICLES_RAW, Duration.ofSeconds(30)))
                .as("nothing refused reached articles.raw").isEmpty();
        everyServiceIsReady();
    }

    @Test
    @Order(2)
    void everyBadRecordOnATopicLandsOnItsDeadLetterTopicWithAReason() throws Exception {
        SplittableRandom r = new SplittableRandom(5);
        Map<String, List<String>> sentKeys = new HashMap<>();
        try (var producer = new KafkaProducer<String, byte[]>(Map.of("bootstrap.servers", stack.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            for (String topic : List.of(Topics.ARTICLES_RAW, Topics.SEGMENTS_DEDUP, Topics.EVENTS_EXTRACTED)) {
                for (int i = 0; i < RECORD_CASES; i++) {
                    String key = "bad-" + topic + "-" + i;
                    byte[] value = switch (i % 5) {
                        case 0 -> utf8("{not json");
                        case 1 -> utf8("[1,2,3]");
                        case 2 -> utf8("{\"unexpected\": true}");
                        case 3 -> {
                            byte[] b = new byte[32];
                            r.nextBytes(b);
                            yield b;
                        }
                        default -> utf8("\"just a string\"");
                    };
                    producer.send(new ProducerRecord<>(topic, key, value)).get();
                    sentKeys.computeIfAbsent(topic, t -> new ArrayList<>()).add(key);
                }
            }
        }
        for (var e : sentKeys.entrySet()) {
            String dlq = Topics.dlq(e.getKey());
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                Map<String, String> reasons = new HashMap<>();
                for (ConsumerRecord<String, String> rec : TopicReader.readAll(stack.bootstrapServers(), dlq, Duration.ofSeconds(30))) {
                    var h = rec.headers().lastHeader(Topics.DLQ_REASON_HEADER);
                    reasons.put(rec.key(), h == null ? null : new String(h.value(), StandardCharsets.UTF_8));
                }
                assertThat(reasons).as(dlq).containsKeys(e.getValue().toArray(String[]::new));
                e.getValue().forEach(k -> assertThat(reasons.get(k)).as(k).isNotBlank());
            });
        }
        everyServiceIsReady();
        aGoodArticleStillBecomesStoredEvents();
    }

    private static void aGoodArticleStillBecomesStoredEvents() throws Exception {
        String body = "Chilean Foreign Minister Alberto van Klaveren met Peruvian Foreign Minister Elmer Schialer in Lima "
                + "on Monday to discuss fisheries in the shared maritime zone, officials said.\n"
                + "Chile imposed sanctions on four Peruvian fishing companies over illegal catches, the ministry said.\n";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(stack.ingestUrl() + "/articles"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + stack.apiKey())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("id", "after-campaign", "body", body))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            HttpResponse<String> events = HTTP.send(HttpRequest.newBuilder(
                    URI.create(stack.storeUrl() + "/events?articleId=after-campaign")).build(), HttpResponse.BodyHandlers.ofString());
            return events.statusCode() == 200 && JSON.readTree(events.body()).path("items").size() > 0;
        });
    }

    private static void everyServiceIsReady() throws Exception {
        for (String url : List.of(stack.ingestUrl(), stack.extractUrl(), stack.storeUrl())) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(url + " " + r.body()).isEqualTo(200);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
