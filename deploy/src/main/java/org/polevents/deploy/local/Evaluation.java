package org.polevents.deploy.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.polevents.contracts.Topics;

/**
 * Runs article files through a fresh embedded pipeline and writes what it kept and coded:
 * {@code segments.jsonl} (one kept segment a line, from {@code segments.dedup}),
 * {@code events.jsonl} (the stored events, one a line, reports of one event merged — what users
 * query, and what is scored) and {@code events-extracted.jsonl} (every record of
 * {@code events.extracted}, before merging).
 */
final class Evaluation {
    private final ObjectMapper json = new ObjectMapper();

    record Output(Path segments, Path events, int pushed, int rejected, int keptSegments, int eventCount) {
    }

    Output run(LocalStack stack, List<Path> files, Path outDir, PrintStream log) {
        ArticlePusher pusher = new ArticlePusher(stack.ingestUrl(), stack.apiKey());
        int rejected = 0;
        for (Path f : files) {
            ArticlePusher.Pushed p = pusher.push(f);
            if (!p.accepted()) {
                rejected++;
                log.println("rejected " + f + ": " + p.status() + " " + p.body());
            }
        }
        PipelineDrain.await(stack.bootstrapServers(), Duration.ofMinutes(5));
        try {
            Files.createDirectories(outDir);
            Path segments = outDir.resolve("segments.jsonl");
            Path events = outDir.resolve("events.jsonl");
            int kept = writeSegments(stack.bootstrapServers(), segments);
            writeEvents(stack.bootstrapServers(), outDir.resolve("events-extracted.jsonl"));
            int coded = exportStoredEvents(stack.storeUrl(), events);
            return new Output(segments, events, files.size(), rejected, kept, coded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int writeSegments(String bootstrap, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (ConsumerRecord<String, String> r : TopicReader.readAll(bootstrap, Topics.SEGMENTS_DEDUP, Duration.ofSeconds(60))) {
            JsonNode batch = json.readTree(r.value());
            for (JsonNode s : batch.path("segments")) {
                ObjectNode line = json.createObjectNode();
                line.put("articleId", batch.path("articleId").asText());
                line.put("id", s.path("id").asText());
                line.put("start", s.path("start").asInt());
                line.put("end", s.path("end").asInt());
                line.put("text", s.path("text").asText());
                lines.add(json.writeValueAsString(line));
            }
        }
        Files.write(file, lines);
        return lines.size();
    }

    /** The events as users see them: stored, with reports of one event merged (store-service's JSONL export). */
    private int exportStoredEvents(String storeUrl, Path file) throws IOException {
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(storeUrl + "/events/export?format=jsonl")).build(),
                    // ofFile(path) alone opens without TRUNCATE_EXISTING: a shorter export would
                    // leave the tail of the previous run's file behind
                    java.net.http.HttpResponse.BodyHandlers.ofFile(file, java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING));
            if (response.statusCode() != 200) {
                throw new IOException("store-service export answered " + response.statusCode());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        try (var lines = Files.lines(file)) {
            return (int) lines.filter(l -> !l.isBlank()).count();
        }
    }

    private int writeEvents(String bootstrap, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (ConsumerRecord<String, String> r : TopicReader.readAll(bootstrap, Topics.EVENTS_EXTRACTED, Duration.ofSeconds(60))) {
            lines.add(json.writeValueAsString(json.readTree(r.value())));
        }
        Files.write(file, lines);
        return lines.size();
    }
}
