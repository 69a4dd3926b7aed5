/**
 * Persistence of articles and events in PostgreSQL, with the rule that merges reports of one
 * real-world event into one stored event.
 *
 * <p>{@link org.polevents.store.persist.MentionMerger} decides, in plain Java, whether two reports
 * describe the same event (same type and actor codes, dates within a day, compatible location).
 * {@link org.polevents.store.persist.EventWriter} and
 * {@link org.polevents.store.persist.ArticleWriter} are plain JDBC over a caller's connection, so
 * they can be tested and benchmarked against a real database without Quarkus. The CDI adapters
 * {@link org.polevents.store.persist.EventRepository} and
 * {@link org.polevents.store.persist.ArticleRepository} own the transactions. Writes are
 * idempotent: a report is keyed by the id the extractor gave it, so a redelivered record changes
 * nothing.
 */
package org.polevents.store.persist;
