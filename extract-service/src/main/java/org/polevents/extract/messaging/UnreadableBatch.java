package org.polevents.extract.messaging;

/** A record on {@code segments.dedup} that is not a valid segment batch; it goes to the DLQ. */
final class UnreadableBatch extends RuntimeException {
    UnreadableBatch(String reason) {
        super(reason);
    }
}
