/**
 * Kafka plumbing of extract: consumes kept articles from {@code segments.dedup}, calls the coder
 * and emits one record per event to {@code events.extracted}, keyed by event id.
 */
package org.polevents.extract.messaging;
