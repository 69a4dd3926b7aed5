package org.polevents.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article as pushed by a user, over HTTP or onto {@code articles.raw}.
 *
 * <p>Only {@code body} is required. {@code id} is generated from the content when absent;
 * {@code publishedAt} is an ISO-8601 date or timestamp; {@code contentType} is
 * {@code text/plain} (default) or {@code text/html}; {@code language} defaults to {@code en}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RawArticle(String id, String url, String outlet, String title, String publishedAt,
        String language, String contentType, String body) {

    public static final String TEXT_PLAIN = "text/plain";
    public static final String TEXT_HTML = "text/html";

    public static RawArticle ofText(String id, String body) {
        return new RawArticle(id, null, null, null, null, "en", TEXT_PLAIN, body);
    }

    public RawArticle withId(String newId) {
        return new RawArticle(newId, url, outlet, title, publishedAt, language, contentType, body);
    }

    public boolean isHtml() {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(TEXT_HTML);
    }
}
