package org.polevents.store.messaging;

/** Channel names, shared with tests. Topic names live only in configuration. */
public final class Channels {
    /** {@code events.extracted}: one PoliticalEvent per record, keyed by event id. */
    public static final String EVENTS_IN = "events-in";
    /** {@code segments.dedup}: one SegmentBatch per record, keyed by article id. */
    public static final String SEGMENTS_IN = "segments-in";

    private Channels() {
    }
}
