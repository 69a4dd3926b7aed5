/**
 * The ingest pipeline: one pushed article in, cleaned articles and explained drops out.
 *
 * <p>{@link org.polevents.ingest.pipeline.IngestPipeline} runs, in order: HTML to text,
 * normalisation and segmentation into blocks, boilerplate classification, splitting of glued
 * articles, and dedup (repeats within the article, near-duplicate article, exact and near
 * duplicate segments) against a {@link org.polevents.ingest.dedup.SeenStore}. It is plain Java:
 * the Kafka and HTTP plumbing calls it.
 */
package org.polevents.ingest.pipeline;
