package org.polevents.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polevents.contracts.Topics;
import org.polevents.infra.EmbeddedDatabase;
import org.polevents.infra.EmbeddedKafkaBroker;
import org.polevents.infra.FreePorts;

/**
 * Dedup memory is durable and shared: two ingest-service processes in one consumer group, each
 * reading different partitions, still catch copies that land on the other's partitions; and an
 * instance restarted on the same database still remembers what it saw.
 */
class IngestDedupIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int PARTITIONS = 4;
    private static final String KEY = "dedup-it-key-0123456789";
    private static EmbeddedKafkaBroker broker;
    private static EmbeddedDatabase database;
    private static String dbUrl;
    private static Path logs;

    private static final String STORY = """
            Chile and Peru sign fisheries accord
            Chilean Foreign Minister Alberto van Klaveren met his Peruvian counterpart in Lima on Monday and signed an accord on fisheries in the shared maritime zone.
            The agreement sets joint quotas for anchovy and creates a commission to settle disputes between fishing fleets, officials from both countries said.
            Fishing unions in northern Chile criticised the quotas, saying they had not been consulted before the talks.
            """;

    @BeforeAll
    static void start() throws IOException {
        Path dir = Files.createTempDirectory("ingest-dedup-it");
        broker = EmbeddedKafkaBroker.on(dir.resolve("kafka"), 0).start();
        broker.createTopics(PARTITIONS, Topics.ARTICLES_RAW, Topics.SEGMENTS_DEDUP, Topics.dlq(Topics.ARTICLES_RAW));
        database = EmbeddedDatabase.start(dir.resolve("pg"), 0);
        dbUrl = database.createDatabase("polevents_ingest");
        logs = dir.resolve("logs");
    }

    @AfterAll
    static void stop() {
        if (database != null) {
            database.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    private static ServiceProcess ingest(String name) {
        Path home = Path.of(System.getProperty("polevents.home", "..")).toAbsolutePath().normalize();
        ServiceProcess p = ServiceProcess.start(name, home.resolve("ingest-service/target/quarkus-app/quarkus-run.jar"),
                FreePorts.next(), "256m", Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                        "QUARKUS_DATASOURCE_JDBC_URL", dbUrl, "POLEVENTS_INGEST_AUTH_API_KEYS", KEY), logs);
        p.awaitReady(Duration.ofMinutes(2));
        return p;
    }

    /** Two article ids whose keys hash (Kafka's default partitioner) onto the two given partitions. */
    private static List<String> idsOnPartitions(String prefix, int p1, int p2) {
        String[] ids = new String[2];
        for (int i = 0; ids[0] == null || ids[1] == null; i++) {
            String id = prefix + i;
            int partition = Utils.toPositive(Utils.murmur2(id.getBytes())) % PARTITIONS;
            if (partition == p1 && ids[0] == null) {
                ids[0] = id;
            } else if (partition == p2 && ids[1] == null) {
                ids[1] = id;
            }
        }
        return List.of(ids);
    }

    @Test
    void copiesOnDifferentPartitionsAreCaughtByTwoInstancesAndAfterARestart() throws Exception {
        List<String> ids;
        try (ServiceProcess a = ingest("ingest-a"); ServiceProcess b = ingest("ingest-b")) {
            // both instances have joined the group and split the partitions before anything is pushed;
            // the two copies are keyed onto partitions owned by different instances
            List<List<Integer>> owned = PipelineDrainSupport.awaitMembers(broker.bootstrapServers(), "ingest-service", 2,
                    Duration.ofMinutes(1));
            ids = idsOnPartitions("wire-", owned.get(0).get(0), owned.get(1).get(0));
            push(a.url(), ids.get(0), STORY);
            awaitIngested(1);
            push(b.url(), ids.get(1), STORY.replace("Chile and Peru sign fisheries accord", "Lima and Santiago agree on fish"));
            awaitIngested(2);
        }
        assertThat(keptArticleIds()).containsExactly(ids.get(0));

        // a fresh instance on the same database remembers the story
        try (ServiceProcess c = ingest("ingest-c")) {
            push(c.url(), "wire-after-restart", STORY);
            awaitIngested(3);
        }
        assertThat(keptArticleIds()).containsExactly(ids.get(0));
    }

    private static void push(String url, String id, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/articles"))
                .header("Content-Type", "application/json").header("X-API-Key", KEY)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("id", id, "body", body)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    }

    /** Waits until the ingest group has committed {@code n} records of articles.raw. */
    private static void awaitIngested(int n) {
        PipelineDrainSupport.awaitCommitted(broker.bootstrapServers(), "ingest-service", Topics.ARTICLES_RAW, n,
                Duration.ofMinutes(1));
    }

    private static List<String> keptArticleIds() throws IOException {
        List<String> ids = new ArrayList<>();
        for (ConsumerRecord<String, String> r : TopicReader.readAll(broker.bootstrapServers(), Topics.SEGMENTS_DEDUP,
                Duration.ofSeconds(30))) {
            JsonNode batch = JSON.readTree(r.value());
            if (batch.path("segments").size() > 0) {
                ids.add(batch.path("parentId").asText());
            }
        }
        return ids;
    }
}
