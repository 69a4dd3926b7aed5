package org.polevents.deploy.local;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until the pipeline has caught up: every consumer group of the services has committed
 * offsets at the end of every partition it reads, and stayed so for a moment.
 */
final class PipelineDrain {
    /** Consumer group → topics it reads. */
    static final Map<String, List<String>> GROUPS = Map.of(
            "ingest-service", List.of("articles.raw"),
            "extract-service", List.of("segments.dedup"),
            "store-service", List.of("events.extracted", "segments.dedup"));

    private PipelineDrain() {
    }

    static void await(String bootstrap, Duration timeout) {
        await(Map.of("bootstrap.servers", bootstrap), timeout);
    }

    /** As {@link #await(String, Duration)}, with full client settings (e.g. a SASL login). */
    static void await(Map<String, Object> kafkaClientConfig, Duration timeout) {
        try (Admin admin = Admin.create(kafkaClientConfig)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            int calm = 0;
            while (System.nanoTime() < deadline) {
                calm = lag(admin) == 0 ? calm + 1 : 0;
                if (calm >= 3) {
                    return;
                }
                Thread.sleep(700);
            }
            throw new IllegalStateException("pipeline did not drain within " + timeout + " (lag " + lag(admin) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read consumer lag", e);
        }
    }

    /** Total records not yet committed by the services' consumer groups. */
    static long lag(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        return lagByGroup(admin).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Records not yet committed, per consumer group of the services. */
    static Map<String, Long> lagByGroup(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, Long> lags = new java.util.TreeMap<>();
        Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
        for (var group : GROUPS.entrySet()) {
            long total = 0;
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey())
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            for (String topic : group.getValue()) {
                if (!existing.contains(topic)) {
                    continue;
                }
                admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions()
                        .forEach(info -> ends.put(new TopicPartition(topic, info.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> latest = admin.listOffsets(ends).all()
                    .get(10, TimeUnit.SECONDS);
            for (var e : latest.entrySet()) {
                OffsetAndMetadata c = committed.get(e.getKey());
                total += e.getValue().offset() - (c == null ? 0 : c.offset());
            }
            lags.put(group.getKey(), total);
        }
        return lags;
    }
}
