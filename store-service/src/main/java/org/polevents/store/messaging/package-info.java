/**
 * The Kafka edges of the store: {@link org.polevents.store.messaging.EventSink} consumes
 * {@code events.extracted} (channel {@code events-in}) and
 * {@link org.polevents.store.messaging.ArticleSink} consumes {@code segments.dedup} (channel
 * {@code segments-in}).
 *
 * <p>Records arrive as strings and are decoded here, so an unreadable record is an ordinary
 * failure with a reason, not a consumer crash. Failures are classified: a record that can never
 * be stored (bad JSON, missing fields, refused values) is nacked and goes to
 * {@code <topic>.dlq} with the reason in the {@code dead-letter-reason} header; a transient
 * database failure is retried with backoff until it succeeds, and the offset is committed only
 * after the write (throttled commit strategy acknowledges in order).
 */
package org.polevents.store.messaging;
