package org.polevents.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class EmbeddedInfraTest {

    @Test
    void brokerKeepsRecordsAcrossARestartOnTheSameDirectory() throws Exception {
        Path dir = Files.createTempDirectory("kafka-restart");
        int port = FreePorts.next();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.on(dir, port).start()) {
            broker.createTopics(1, "t");
            try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", broker.bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("t", "k", "v")).get();
            }
        }
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.on(dir, port).start()) {
            assertThat(readAll(broker.bootstrapServers(), "t")).extracting(ConsumerRecord::value).containsExactly("v");
        }
    }

    private static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", bootstrap,
                "group.id", "test", "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            var out = new java.util.ArrayList<ConsumerRecord<String, String>>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (out.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
            }
            return out;
        }
    }

    @Test
    void databaseAnswersQueriesAndCreatesDatabases() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.ephemeral()) {
            String url = db.createDatabase("polevents_test");
            assertThat(url).endsWith("/polevents_test");
            try (Connection c = db.dataSource("polevents_test").getConnection();
                    ResultSet rs = c.createStatement().executeQuery("SELECT current_database()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("polevents_test");
            }
        }
    }
}
