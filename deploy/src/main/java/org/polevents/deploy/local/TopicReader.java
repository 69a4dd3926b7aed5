package org.polevents.deploy.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a whole topic, from the beginning to the end offsets at the time of the call, without a consumer group. */
public final class TopicReader {
    private TopicReader() {
    }

    public static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic, Duration timeout) {
        return readAll(Map.of("bootstrap.servers", bootstrap), topic, timeout);
    }

    /** As {@link #readAll(String, String, Duration)}, with full client settings (e.g. a SASL login). */
    public static List<ConsumerRecord<String, String>> readAll(Map<String, Object> kafkaClientConfig, String topic,
            Duration timeout) {
        Map<String, Object> config = new java.util.HashMap<>(kafkaClientConfig);
        config.put("enable.auto.commit", "false");
        try (var consumer = new KafkaConsumer<String, String>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(topic, timeout).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts, timeout);
            List<ConsumerRecord<String, String>> out = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + timeout);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
            // records in partition order within each partition; sort by timestamp for a stable, readable file
            out.sort(java.util.Comparator.comparingLong(ConsumerRecord::timestamp));
            return out;
        }
    }
}
