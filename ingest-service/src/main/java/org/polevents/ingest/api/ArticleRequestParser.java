package org.polevents.ingest.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.polevents.contracts.RawArticle;

/**
 * Turns request bodies into {@link RawArticle}s, or explains precisely why not.
 *
 * <p>Parsing is done on a JSON tree rather than by binding, so that a number where a string
 * belongs is an error with the field's name instead of being silently coerced. Limits: the
 * article body may hold at most {@code maxBodyChars} characters; JSON nesting is capped because a
 * pushed article is a flat object and deep nesting only serves to exhaust the parser.
 */
public final class ArticleRequestParser {
    private static final Set<String> STRING_FIELDS = Set.of("id", "url", "outlet", "title", "publishedAt",
            "language", "contentType", "body");
    private static final Set<String> CONTENT_TYPES = Set.of(RawArticle.TEXT_PLAIN, RawArticle.TEXT_HTML);
    private static final int MAX_ID_CHARS = 200;

    private final ObjectMapper json;
    private final int maxBodyChars;

    public ArticleRequestParser(ObjectMapper json, int maxBodyChars) {
        this.json = json.copy();
        this.json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build());
        this.maxBodyChars = maxBodyChars;
    }

    /** One JSON article object. */
    public RawArticle parseJson(byte[] body) {
        String text = utf8(body);
        if (text.isBlank()) {
            throw InvalidArticle.badRequest("Empty request body", List.of("send one JSON article object"));
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw InvalidArticle.badRequest("Malformed JSON", List.of(e.getOriginalMessage()));
        }
        return fromNode(node);
    }

    /** Newline-delimited JSON: every line must be a valid article, or none is accepted. */
    public List<RawArticle> parseNdjson(byte[] body) {
        String text = utf8(body);
        List<RawArticle> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                articles.add(fromNode(json.readTree(lines[i])));
            } catch (JsonProcessingException e) {
                problems.add("line " + (i + 1) + ": malformed JSON: " + e.getOriginalMessage());
            } catch (InvalidArticle e) {
                if (e.status() == 413) {
                    throw InvalidArticle.tooLarge("line " + (i + 1) + ": " + e.problems().get(0));
                }
                for (String p : e.problems()) {
                    problems.add("line " + (i + 1) + ": " + p);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidArticle.badRequest("Invalid articles in batch; none was accepted", problems);
        }
        if (articles.isEmpty()) {
            throw InvalidArticle.badRequest("Empty batch", List.of("send one JSON article object per line"));
        }
        return articles;
    }

    /** A bare text/plain or text/html body with metadata from query parameters. */
    public RawArticle parseBare(byte[] body, String contentType, Map<String, String> metadata) {
        String text = utf8(body);
        String type = contentType.toLowerCase(Locale.ROOT).startsWith(RawArticle.TEXT_HTML) ? RawArticle.TEXT_HTML
                : RawArticle.TEXT_PLAIN;
        RawArticle a = new RawArticle(metadata.get("id"), metadata.get("url"), metadata.get("outlet"),
                metadata.get("title"), metadata.get("publishedAt"), metadata.get("language"), type, text);
        List<String> problems = new ArrayList<>();
        checkValues(a, problems);
        if (!problems.isEmpty()) {
            throw InvalidArticle.badRequest("Invalid article", problems);
        }
        return a;
    }

    private RawArticle fromNode(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw InvalidArticle.badRequest("Invalid article", List.of("expected a JSON object"));
        }
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            var field = it.next();
            if (STRING_FIELDS.contains(field.getKey()) && !field.getValue().isTextual() && !field.getValue().isNull()) {
                problems.add("'" + field.getKey() + "' must be a string, not " + kind(field.getValue()));
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidArticle.badRequest("Invalid article", problems);
        }
        RawArticle a = new RawArticle(text(node, "id"), text(node, "url"), text(node, "outlet"), text(node, "title"),
                text(node, "publishedAt"), text(node, "language"), text(node, "contentType"), text(node, "body"));
        checkValues(a, problems);
        if (!problems.isEmpty()) {
            throw InvalidArticle.badRequest("Invalid article", problems);
        }
        return a;
    }

    private void checkValues(RawArticle a, List<String> problems) {
        if (a.body() == null || a.body().isBlank()) {
            problems.add("'body' is required and must not be blank");
        } else if (a.body().length() > maxBodyChars) {
            throw InvalidArticle.tooLarge("'body' has " + a.body().length() + " characters; the limit is " + maxBodyChars);
        }
        if (a.id() != null && (a.id().isBlank() || a.id().length() > MAX_ID_CHARS || a.id().chars().anyMatch(Character::isISOControl))) {
            problems.add("'id' must be 1-" + MAX_ID_CHARS + " printable characters");
        }
        if (a.contentType() != null && !CONTENT_TYPES.contains(a.contentType().toLowerCase(Locale.ROOT))) {
            problems.add("'contentType' must be text/plain or text/html, not '" + a.contentType() + "'");
        }
        if (a.publishedAt() != null && !isIsoDate(a.publishedAt())) {
            problems.add("'publishedAt' must be an ISO-8601 date or timestamp, e.g. 2025-01-05 or 2025-01-05T10:00:00Z");
        }
        if (a.language() != null && !a.language().matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")) {
            problems.add("'language' must be a language tag such as 'en'");
        }
    }

    private static boolean isIsoDate(String s) {
        try {
            OffsetDateTime.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            try {
                java.time.LocalDateTime.parse(s);
                return true;
            } catch (DateTimeParseException e2) {
                try {
                    LocalDate.parse(s);
                    return true;
                } catch (DateTimeParseException e3) {
                    return false;
                }
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String kind(JsonNode v) {
        return v.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String utf8(byte[] body) {
        if (body == null) {
            return "";
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidArticle.badRequest("Invalid UTF-8", List.of("the request body is not valid UTF-8 text"));
        }
    }
}
