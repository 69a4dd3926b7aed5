package org.polevents.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The embedded broker in SASL/SCRAM mode admits its users and nobody else. */
class ScramBrokerTest {
    private static final ScramUser ADMIN = new ScramUser("admin", "admin-secret-0123");
    private static final ScramUser ALICE = new ScramUser("alice", "alice-secret-4567");
    /** Refusals must come quickly, not after a client's default minute of retries. */
    private static final Duration REFUSAL_BOUND = Duration.ofSeconds(20);
    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedKafkaBroker.on(Files.createTempDirectory("kafka-scram"), 0).withScram(ADMIN, ALICE).start();
        broker.createTopics(1, "secured");
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"SCRAM-SHA-256", "SCRAM-SHA-512"})
    void aUserWithTheRightPasswordProducesAndConsumes(String mechanism) throws Exception {
        Map<String, Object> config = config(EmbeddedKafkaBroker.scramClientConfig(ALICE, mechanism));
        try (var producer = new KafkaProducer<String, String>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("secured", mechanism, "hello")).get(30, TimeUnit.SECONDS);
        }
        Map<String, Object> consumerConfig = new HashMap<>(config);
        consumerConfig.put("group.id", "g-" + mechanism);
        consumerConfig.put("auto.offset.reset", "earliest");
        try (var consumer = new KafkaConsumer<String, String>(consumerConfig, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("secured"));
            var keys = new java.util.ArrayList<String>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!keys.contains(mechanism) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> keys.add(r.key()));
            }
            assertThat(keys).contains(mechanism);
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAnAuthenticationError() {
        var wrong = new ScramUser(ALICE.name(), "not-the-password");
        assertRefusedWith(config(EmbeddedKafkaBroker.scramClientConfig(wrong, "SCRAM-SHA-512")),
                SaslAuthenticationException.class);
    }

    @Test
    void anUnknownUserIsRefusedWithAnAuthenticationError() {
        var stranger = new ScramUser("mallory", ALICE.password());
        assertRefusedWith(config(EmbeddedKafkaBroker.scramClientConfig(stranger, "SCRAM-SHA-256")),
                SaslAuthenticationException.class);
    }

    @Test
    void aProducerWithAWrongPasswordCannotSend() {
        var wrong = new ScramUser(ALICE.name(), "not-the-password");
        Map<String, Object> config = config(EmbeddedKafkaBroker.scramClientConfig(wrong, "SCRAM-SHA-512"));
        config.put("max.block.ms", "15000");
        long start = System.nanoTime();
        try (var producer = new KafkaProducer<String, String>(config, new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("secured", "k", "v")).get(20, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(SaslAuthenticationException.class);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(REFUSAL_BOUND);
    }

    @Test
    void aClientWithoutCredentialsGetsNoMetadata() {
        // a PLAINTEXT client's first request after ApiVersions is not a SASL handshake, so the broker
        // drops the connection: the client sees no cluster at all, only its own timeout
        Map<String, Object> config = config(Map.of());
        long start = System.nanoTime();
        try (Admin admin = Admin.create(config)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(REFUSAL_BOUND);
    }

    @Test
    void theBrokersOwnClientConfigLogsIn() throws Exception {
        try (Admin admin = Admin.create(broker.clientConfig())) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("secured");
        }
        assertThat(broker.clientConfig()).containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512");
    }

    @Test
    void passwordsStayOutOfToString() {
        assertThat(ALICE.toString()).contains("alice").doesNotContain(ALICE.password());
        assertThatThrownBy(() -> new ScramUser("bob", "has,comma")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRefusedWith(Map<String, Object> config, Class<? extends Throwable> error) {
        long start = System.nanoTime();
        try (Admin admin = Admin.create(config)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(error)
                    .cause().hasMessageContaining("Authentication failed");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(REFUSAL_BOUND);
    }

    /** Client config for this broker, with timeouts short enough that a refusal cannot hide in retries. */
    private static Map<String, Object> config(Map<String, Object> security) {
        Map<String, Object> c = new HashMap<>(security);
        c.put("bootstrap.servers", broker.bootstrapServers());
        c.put("default.api.timeout.ms", "10000");
        c.put("request.timeout.ms", "5000");
        return c;
    }
}
