/**
 * Kafka plumbing of ingest: publishing accepted articles to {@code articles.raw}, and the processor
 * that consumes them, calls the cleaning and dedup pipeline and emits kept articles to
 * {@code segments.dedup}. No business rules live here.
 */
package org.polevents.ingest.messaging;
