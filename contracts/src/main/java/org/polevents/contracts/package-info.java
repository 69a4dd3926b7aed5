/**
 * The three topic payloads of the pipeline and the default topic names.
 *
 * <p>{@link org.polevents.contracts.RawArticle} travels on {@code articles.raw},
 * {@link org.polevents.contracts.SegmentBatch} on {@code segments.dedup} (one record per article,
 * keyed by article id) and {@link org.polevents.contracts.PoliticalEvent} on
 * {@code events.extracted} (keyed by event id). These records are the only types the services
 * share; each service maps them to its own domain types at its edge. This module depends on the
 * JDK and Jackson annotations only.
 */
package org.polevents.contracts;
