package org.polevents.ingest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polevents.contracts.RawArticle;

class ArticleRequestParserTest {
    private final ArticleRequestParser parser = new ArticleRequestParser(new ObjectMapper(), 1000);

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static InvalidArticle invalid(Runnable r) {
        try {
            r.run();
        } catch (InvalidArticle e) {
            return e;
        }
        throw new AssertionError("expected InvalidArticle");
    }

    @Test
    void parsesAFullArticleObject() {
        RawArticle a = parser.parseJson(b("""
                {"id":"x1","url":"https://e.org/1","outlet":"e.org","title":"T","publishedAt":"2025-01-05",
                 "language":"en","contentType":"text/html","body":"<p>Hello</p>","extra":[1,2]}"""));
        assertThat(a.id()).isEqualTo("x1");
        assertThat(a.isHtml()).isTrue();
    }

    @Test
    void malformedJsonIsABadRequestThatSaysSo() {
        InvalidArticle e = invalid(() -> parser.parseJson(b("{\"body\": ")));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.title()).isEqualTo("Malformed JSON");
    }

    @Test
    void emptyBodyIsRefused() {
        assertThat(invalid(() -> parser.parseJson(new byte[0])).title()).isEqualTo("Empty request body");
        assertThat(invalid(() -> parser.parseJson(b("   "))).status()).isEqualTo(400);
    }

    @Test
    void wrongTypesAreNamedFieldByField() {
        InvalidArticle e = invalid(() -> parser.parseJson(b("{\"body\": 42, \"title\": [\"a\"]}")));
        assertThat(e.problems()).containsExactlyInAnyOrder("'body' must be a string, not number",
                "'title' must be a string, not array");
    }

    @Test
    void aJsonArrayOrScalarIsNotAnArticle() {
        assertThat(invalid(() -> parser.parseJson(b("[1,2]"))).problems()).containsExactly("expected a JSON object");
        assertThat(invalid(() -> parser.parseJson(b("\"text\""))).status()).isEqualTo(400);
    }

    @Test
    void missingOrBlankBodyIsRefused() {
        assertThat(invalid(() -> parser.parseJson(b("{\"title\":\"t\"}"))).problems())
                .containsExactly("'body' is required and must not be blank");
    }

    @Test
    void badDateContentTypeAndLanguageAreExplained() {
        InvalidArticle e = invalid(() -> parser.parseJson(b(
                "{\"body\":\"x\",\"publishedAt\":\"yesterday\",\"contentType\":\"application/pdf\",\"language\":\"english!\"}")));
        assertThat(e.problems()).hasSize(3);
        assertThat(String.join(" ", e.problems())).contains("publishedAt", "contentType", "language");
    }

    @Test
    void timestampsWithAndWithoutOffsetAreAccepted() {
        assertThat(parser.parseJson(b("{\"body\":\"x\",\"publishedAt\":\"2025-01-05T10:00:00Z\"}")).publishedAt()).isNotNull();
        assertThat(parser.parseJson(b("{\"body\":\"x\",\"publishedAt\":\"2025-01-05T10:00:00\"}")).publishedAt()).isNotNull();
    }

    @Test
    void overSizeBodyIs413() {
        InvalidArticle e = invalid(() -> parser.parseJson(b("{\"body\":\"" + "x".repeat(1001) + "\"}")));
        assertThat(e.status()).isEqualTo(413);
    }

    @Test
    void invalidUtf8IsRefused() {
        InvalidArticle e = invalid(() -> parser.parseJson(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'}));
        assertThat(e.title()).isEqualTo("Invalid UTF-8");
    }

    @Test
    void deeplyNestedJsonIsRefusedNotParsed() {
        String deep = "{\"body\":\"x\",\"n\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThat(invalid(() -> parser.parseJson(b(deep))).title()).isEqualTo("Malformed JSON");
    }

    @Test
    void ndjsonBatchIsAllOrNothingWithLineNumbers() {
        assertThat(parser.parseNdjson(b("{\"body\":\"a\"}\n\n{\"body\":\"b\"}\n"))).hasSize(2);
        InvalidArticle e = invalid(() -> parser.parseNdjson(b("{\"body\":\"a\"}\n{\"body\":1}\nnot json\n")));
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0)).startsWith("line 2:");
        assertThat(e.problems().get(1)).startsWith("line 3:");
        assertThat(invalid(() -> parser.parseNdjson(b("\n\n"))).title()).isEqualTo("Empty batch");
    }

    @Test
    void bareTextTakesMetadataFromParameters() {
        RawArticle a = parser.parseBare(b("Plain text."), "text/plain; charset=utf-8", Map.of("outlet", "e.org", "id", "p1"));
        assertThat(a.contentType()).isEqualTo("text/plain");
        assertThat(a.outlet()).isEqualTo("e.org");
        RawArticle h = parser.parseBare(b("<p>x</p>"), "text/html", Map.of());
        assertThat(h.isHtml()).isTrue();
        assertThatThrownBy(() -> parser.parseBare(b(" "), "text/plain", Map.of())).isInstanceOf(InvalidArticle.class);
    }
}
