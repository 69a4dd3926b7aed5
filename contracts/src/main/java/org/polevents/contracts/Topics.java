package org.polevents.contracts;

/** Default topic names. Services read the real names from configuration; these are the fallbacks. */
public final class Topics {
    public static final String ARTICLES_RAW = "articles.raw";
    public static final String SEGMENTS_DEDUP = "segments.dedup";
    public static final String EVENTS_EXTRACTED = "events.extracted";
    /** Suffix of the dead-letter topic of each consumed topic. */
    public static final String DLQ_SUFFIX = ".dlq";
    /** Header carrying the reason a record went to a dead-letter topic. */
    public static final String DLQ_REASON_HEADER = "dead-letter-reason";

    private Topics() {
    }

    public static String dlq(String topic) {
        return topic + DLQ_SUFFIX;
    }

    /** The three pipeline topics and their dead-letter topics, as an embedded broker creates them. */
    public static String[] withDeadLetters() {
        return new String[] {ARTICLES_RAW, SEGMENTS_DEDUP, EVENTS_EXTRACTED, dlq(ARTICLES_RAW), dlq(SEGMENTS_DEDUP),
            dlq(EVENTS_EXTRACTED)};
    }
}
