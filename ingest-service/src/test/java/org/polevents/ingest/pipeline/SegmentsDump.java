package org.polevents.ingest.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.polevents.contracts.RawArticle;
import org.polevents.contracts.Segment;
import org.polevents.contracts.SegmentBatch;
import org.polevents.ingest.dedup.SeenStore;

/**
 * Offline harness: pushes text files through one {@link IngestPipeline} (in-memory store) in the
 * order given and writes the kept segments as JSONL ({@code {"text": ...}} a line) for
 * {@code eval/score.py --segments}, and the drops beside it.
 *
 * <pre>
 * java ... org.polevents.ingest.pipeline.SegmentsDump kept.jsonl drops.jsonl file1.txt file2.txt ...
 * </pre>
 * Each file is one {@link RawArticle} with content type text/plain and no metadata.
 */
public final class SegmentsDump {
    private SegmentsDump() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: SegmentsDump KEPT.jsonl DROPS.jsonl FILE...");
            System.exit(2);
        }
        List<Path> files = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        run(files, Path.of(args[0]), Path.of(args[1]));
    }

    /** Runs the files in order; returns the results, one per file. */
    static List<IngestResult> run(List<Path> files, Path kept, Path drops) throws IOException {
        ObjectMapper json = new ObjectMapper();
        IngestPipeline pipeline = IngestPipeline.create(PipelineSettings.defaults(), SeenStore.inMemory(),
                Clock.fixed(Instant.parse("2025-01-15T00:00:00Z"), ZoneOffset.UTC));
        List<IngestResult> results = new ArrayList<>();
        try (BufferedWriter k = Files.newBufferedWriter(kept, StandardCharsets.UTF_8);
                BufferedWriter d = Files.newBufferedWriter(drops, StandardCharsets.UTF_8)) {
            for (Path file : files) {
                String body = Files.readString(file, StandardCharsets.UTF_8);
                IngestResult result = pipeline.process(
                        new RawArticle(null, null, null, null, null, "en", RawArticle.TEXT_PLAIN, body));
                results.add(result);
                for (SegmentBatch batch : result.kept()) {
                    for (Segment s : batch.segments()) {
                        k.write(json.writeValueAsString(Map.of("text", s.text(), "id", s.id(),
                                "file", file.getFileName().toString())));
                        k.newLine();
                    }
                }
                for (Drop drop : result.drops()) {
                    d.write(json.writeValueAsString(Map.of("file", file.getFileName().toString(),
                            "article", drop.articleId(), "reason", drop.reason(),
                            "duplicateOf", String.valueOf(drop.duplicateOf()), "text", drop.text())));
                    d.newLine();
                }
            }
        }
        return results;
    }
}
