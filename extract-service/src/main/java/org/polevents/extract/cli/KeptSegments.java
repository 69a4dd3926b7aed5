package org.polevents.extract.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polevents.contracts.Segment;
import org.polevents.contracts.SegmentBatch;

/**
 * Reads the kept segments that {@code polevents eval} exports ({@code segments.jsonl}: one segment
 * a line with {@code articleId}, {@code id}, {@code start}, {@code end}, {@code text}) back into
 * articles, so that a new coder can be run on exactly what the pipeline kept without running it
 * again. Each article's text is rebuilt with every segment at its original offsets (gaps become
 * newlines), so evidence offsets index the same cleaned text the pipeline coded.
 */
final class KeptSegments {
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeptSegments() {
    }

    /** Articles in order of first appearance; throws IllegalArgumentException on a malformed line. */
    static List<SegmentBatch> read(Path file) throws IOException {
        Map<String, List<Segment>> byArticle = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row;
                try {
                    row = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IllegalArgumentException(file + ":" + n + ": not JSON");
                }
                if (!row.hasNonNull("articleId") || !row.hasNonNull("text") || !row.has("start") || !row.has("end")) {
                    throw new IllegalArgumentException(file + ":" + n + ": needs articleId, text, start and end");
                }
                String text = row.get("text").asText();
                int start = row.get("start").asInt();
                if (row.get("end").asInt() != start + text.length()) {
                    throw new IllegalArgumentException(file + ":" + n + ": end - start differs from the text's length");
                }
                String article = row.get("articleId").asText();
                String id = row.hasNonNull("id") ? row.get("id").asText() : article + "#" + n;
                byArticle.computeIfAbsent(article, k -> new ArrayList<>())
                        .add(new Segment(id, text, start, start + text.length()));
            }
        }
        List<SegmentBatch> out = new ArrayList<>();
        byArticle.forEach((article, segments) -> out.add(batch(article, segments)));
        return out;
    }

    private static SegmentBatch batch(String article, List<Segment> segments) {
        List<Segment> ordered = new ArrayList<>(segments);
        ordered.sort(java.util.Comparator.comparingInt(Segment::start));
        StringBuilder text = new StringBuilder();
        for (Segment s : ordered) {
            if (s.start() < text.length()) {
                throw new IllegalArgumentException("article " + article + ": segments " + s.id() + " overlaps another");
            }
            text.append("\n".repeat(s.start() - text.length())).append(s.text());
        }
        return new SegmentBatch(article, article, null, null, null, null, "en", text.toString(), ordered);
    }
}
