package org.polevents.ingest.api;

import java.util.List;

/** A pushed article that fails validation; {@code problems} lists every reason, for the problem body. */
final class InvalidArticle extends RuntimeException {
    private final int status;
    private final List<String> problems;

    InvalidArticle(int status, String title, List<String> problems) {
        super(title + ": " + String.join("; ", problems));
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    static InvalidArticle badRequest(String title, List<String> problems) {
        return new InvalidArticle(400, title, problems);
    }

    static InvalidArticle tooLarge(String detail) {
        return new InvalidArticle(413, "Article too large", List.of(detail));
    }

    int status() {
        return status;
    }

    String title() {
        String m = getMessage();
        return m.substring(0, m.indexOf(':'));
    }

    List<String> problems() {
        return problems;
    }
}
