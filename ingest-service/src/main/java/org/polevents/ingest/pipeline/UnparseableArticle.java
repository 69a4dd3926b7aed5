package org.polevents.ingest.pipeline;

/**
 * The article cannot be processed at all (no text, not text, unsupported content type). Not
 * transient: retrying the same record fails the same way, so it belongs in the dead-letter topic.
 * The message is a reason a person can act on.
 */
public final class UnparseableArticle extends RuntimeException {
    public UnparseableArticle(String reason) {
        super(reason);
    }
}
