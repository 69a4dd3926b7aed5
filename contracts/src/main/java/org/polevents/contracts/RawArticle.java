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

    /**
     * This article with an id: its own when it has one, else one derived from the body's content
     * (SHA-256), so the same text pushed twice gets the same id and never a random one.
     */
    public RawArticle withDerivedId() {
        if (id != null && !id.isBlank()) {
            return this;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((body == null ? "" : body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return withId("a" + java.util.HexFormat.of().formatHex(digest, 0, 8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public boolean isHtml() {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(TEXT_HTML);
    }
}
