package org.polevents.store.messaging;

/** A record that can never be stored as it is: its message is the dead-letter reason. */
public final class UnprocessableRecord extends RuntimeException {
    public UnprocessableRecord(String reason) {
        super(reason);
    }

    public UnprocessableRecord(String reason, Throwable cause) {
        super(reason, cause);
    }
}
