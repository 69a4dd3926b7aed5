package org.polevents.deploy.local;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Waits on consumer-group state through the admin API, never on the clock. */
final class PipelineDrainSupport {
    private PipelineDrainSupport() {
    }

    /** Waits until the group has this many members, each with partitions, and returns each member's partitions. */
    static java.util.List<java.util.List<Integer>> awaitMembers(String bootstrap, String group, int members, Duration timeout) {
        try (Admin admin = admin(bootstrap)) {
            var result = new java.util.concurrent.atomic.AtomicReference<java.util.List<java.util.List<Integer>>>();
            await().atMost(timeout).pollInterval(Duration.ofMillis(300)).until(() -> {
                var d = admin.describeConsumerGroups(java.util.List.of(group)).all().get(10, TimeUnit.SECONDS).get(group);
                var owned = d.members().stream().map(m -> m.assignment().topicPartitions().stream()
                        .map(TopicPartition::partition).sorted().toList()).filter(l -> !l.isEmpty()).toList();
                result.set(owned);
                return owned.size() == members;
            });
            return result.get();
        }
    }

    static void awaitCommitted(String bootstrap, String group, String topic, long records, Duration timeout) {
        try (Admin admin = admin(bootstrap)) {
            await().atMost(timeout).pollInterval(Duration.ofMillis(300)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topic))
                        .mapToLong(e -> e.getValue().offset()).sum() >= records;
            });
        }
    }

    private static Admin admin(String bootstrap) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        return Admin.create(p);
    }
}
