package org.polevents.deploy.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Pushes article files to ingest-service over HTTP: {@code .txt} as text, {@code .html}/{@code .htm}
 * as HTML, {@code .json} as one article object, {@code .jsonl}/{@code .ndjson} as a batch. Folders
 * are walked in name order; other files are skipped. The file name (without extension) becomes
 * the article id of text and HTML files, so pushing the same file twice is recognised.
 */
final class ArticlePusher {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String ingestUrl;
    private final String apiKey;

    ArticlePusher(String ingestUrl, String apiKey) {
        this.ingestUrl = ingestUrl;
        this.apiKey = apiKey;
    }

    /** One pushed file and the answer it got. */
    record Pushed(Path file, int status, String body) {
        boolean accepted() {
            return status == 202;
        }
    }

    static List<Path> articleFiles(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(ArticlePusher::isArticle).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new IllegalArgumentException("no such file or folder: " + p);
            }
        }
        return files;
    }

    private static boolean isArticle(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".json")
                || n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    Pushed push(Path file) {
        try {
            String name = file.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
            String body = Files.readString(file);
            HttpRequest.Builder req;
            if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
                req = post("/articles/batch", "application/x-ndjson", body);
            } else if (lower.endsWith(".json")) {
                req = post("/articles", "application/json", body);
            } else {
                Map<String, String> article = new LinkedHashMap<>();
                article.put("id", stem);
                article.put("contentType", lower.endsWith(".txt") ? "text/plain" : "text/html");
                article.put("body", body);
                req = post("/articles", "application/json", json.writeValueAsString(article));
            }
            HttpResponse<String> r = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
            return new Pushed(file, r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("could not push " + file + " to " + ingestUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private HttpRequest.Builder post(String path, String type, String body) {
        return HttpRequest.newBuilder(URI.create(ingestUrl + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", type).header("Authorization", "Bearer " + apiKey).POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
