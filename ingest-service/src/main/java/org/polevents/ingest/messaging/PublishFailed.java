package org.polevents.ingest.messaging;

/** The broker did not acknowledge an article in time; the caller must not consider it accepted. */
public final class PublishFailed extends RuntimeException {
    PublishFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
