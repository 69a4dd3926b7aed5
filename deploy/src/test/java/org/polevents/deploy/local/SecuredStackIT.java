package org.polevents.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.polevents.contracts.Topics;
import org.polevents.infra.FreePorts;
import org.polevents.infra.ScramUser;

/**
 * The services against a broker that requires SASL/SCRAM, each configured only through the
 * environment variables the README documents for an existing cluster, with JSON logs switched on
 * and the Kafka clients logging their settings (INFO): an article pushed over HTTP becomes a stored
 * event; a service with a wrong password is refused and never ready; every log line is JSON; no
 * password or API key appears in any service's output.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecuredStackIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Path FIXTURE = Path.of("src/test/resources/articles/102_sanctions.txt");
    private static final String WRONG_PASSWORD = "wrong-password-0123456789";
    private static final String WRONG_API_KEY = "wrong-api-key-0123456789abcdef";
    private static Path home;
    private static Path dir;
    private static LocalStack stack;
    private static Path refusedLog;

    @BeforeAll
    static void startStack() throws IOException {
        home = Path.of(System.getProperty("polevents.home", "..")).toAbsolutePath().normalize();
        dir = Files.createTempDirectory("secured-stack-it");
        StackSettings settings = StackSettings.ephemeral(home, dir).withScram()
                .withServiceEnv("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true")
                // Kafka's client and login messages at INFO, where a password would most likely show
                .withServiceEnv("QUARKUS_LOG_CATEGORY__ORG_APACHE_KAFKA__LEVEL", "INFO");
        stack = LocalStack.start(settings, System.out);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void anArticlePushedOverHttpBecomesAStoredEvent() throws Exception {
        assertThat(stack.kafkaClientConfig()).containsEntry("security.protocol", "SASL_PLAINTEXT");
        ArticlePusher.Pushed pushed = new ArticlePusher(stack.ingestUrl(), stack.apiKey()).push(FIXTURE);
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
        stack.awaitDrained(Duration.ofMinutes(2));

        List<JsonNode> stored = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            stored.clear();
            getJson(stack.storeUrl() + "/events?limit=100").path("items").forEach(stored::add);
            assertThat(stored).extracting(e -> e.path("type").asText()).contains("SANCTION");
        });
        Set<String> onTopic = new TreeSet<>();
        for (ConsumerRecord<String, String> r : TopicReader.readAll(stack.kafkaClientConfig(), Topics.EVENTS_EXTRACTED,
                Duration.ofSeconds(30))) {
            onTopic.add(r.key());
        }
        assertThat(onTopic).containsAll(stored.stream().map(e -> e.path("id").asText()).toList());
    }

    @Test
    @Order(2)
    void theServicesAreGivenOnlyVariablesTheReadmeDocuments() {
        String readme = readme();
        Set<String> given = new TreeSet<>();
        for (ServiceProcess s : stack.services()) {
            given.addAll(s.spec().env().keySet());
        }
        given.add("QUARKUS_HTTP_PORT"); // ServiceProcess sets the port itself
        assertThat(given).contains("KAFKA_BOOTSTRAP_SERVERS", "KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM",
                "KAFKA_SASL_JAAS_CONFIG", "QUARKUS_LOG_CONSOLE_JSON_ENABLED");
        given.remove("QUARKUS_LOG_CATEGORY__ORG_APACHE_KAFKA__LEVEL"); // test-only: more Kafka messages to search
        for (String variable : given) {
            assertThat(readme).as("README documents %s", variable).contains("`" + variable + "`");
        }
    }

    @Test
    @Order(3)
    void aServiceWithAWrongPasswordIsRefusedAndNeverReady() throws Exception {
        ScramUser wrong = new ScramUser(ScramUsersFile.userOf("extract-service"), WRONG_PASSWORD);
        Map<String, String> env = new HashMap<>(LocalStack.kafkaEnv(stack.bootstrapServers(), wrong));
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
        env.put("QUARKUS_LOG_CATEGORY__ORG_APACHE_KAFKA__LEVEL", "INFO");
        Path logs = dir.resolve("logs-refused");
        try (ServiceProcess refused = ServiceProcess.start("extract-service",
                home.resolve("extract-service/target/quarkus-app/quarkus-run.jar"), FreePorts.next(), "512m", env, logs)) {
            refusedLog = refused.log();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Files.readString(refused.log()).contains("Authentication failed"));
            // up and answering, but not ready: the Kafka health check cannot log in
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> status(refused.url() + "/q/health/ready") == 503);
            assertThat(refused.isAlive()).isTrue();
            HttpResponse<String> ready = get(refused.url() + "/q/health/ready");
            assertThat(ready.body()).containsIgnoringCase("kafka");
        }
    }

    @Test
    @Order(4)
    void everyLogLineIsJsonWithTimestampLevelAndMessage() throws Exception {
        for (Path log : logs()) {
            List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
            assertThat(lines).as(log.toString()).hasSizeGreaterThan(5);
            for (String line : lines) {
                JsonNode entry = parse(log, line);
                assertThat(entry.path("timestamp").asText()).as("%s: %s", log, line).isNotEmpty();
                assertThat(entry.path("level").asText()).as("%s: %s", log, line).isIn("TRACE", "DEBUG", "INFO", "WARN",
                        "WARNING", "ERROR", "FATAL");
                assertThat(entry.has("message")).as("%s: %s", log, line).isTrue();
            }
        }
    }

    @Test
    @Order(5)
    void noPasswordOrApiKeyAppearsInAnyServiceOutput() throws Exception {
        // a refused request with another key must not be echoed either
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(stack.ingestUrl() + "/articles"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + WRONG_API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"Envoys met in Tashkent.\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);

        List<String> secrets = new ArrayList<>();
        stack.scramUsers().values().forEach(u -> secrets.add(u.password()));
        secrets.add(stack.apiKey());
        secrets.add(WRONG_PASSWORD);
        secrets.add(WRONG_API_KEY);
        assertThat(secrets).hasSize(ScramUsersFile.SERVICES.size() + 4);

        for (Path log : logs()) {
            String text = Files.readString(log);
            for (String secret : secrets) {
                assertThat(text).as("%s holds a secret", log).doesNotContain(secret);
            }
            // not vacuous: each service went through its SASL login with Kafka's INFO logging on
            assertThat(text).as(log.toString()).containsAnyOf("Successfully logged in.", "Authentication failed");
        }
    }

    private static List<Path> logs() {
        List<Path> logs = new ArrayList<>();
        stack.services().forEach(s -> logs.add(s.log()));
        if (refusedLog != null) {
            logs.add(refusedLog);
        }
        return logs;
    }

    private static JsonNode parse(Path log, String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(log + " has a line that is not JSON: " + line, e);
        }
    }

    private static String readme() {
        try {
            String text = Files.readString(home.resolve("README.md"));
            Matcher m = Pattern.compile("\n## Deployment[\\s\\S]*?(?=\n## |$)").matcher(text);
            assertThat(m.find()).as("README has a Deployment section").isTrue();
            return m.group();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int status(String url) {
        try {
            return get(url).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static JsonNode getJson(String url) throws Exception {
        HttpResponse<String> r = get(url);
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
