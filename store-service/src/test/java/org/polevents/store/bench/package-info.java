/**
 * A benchmark command for the store, run outside Quarkus on the real embedded PostgreSQL: a
 * million generated events bulk-loaded with COPY as the writer's own rows, write throughput of the
 * event writer on top of them (merging, idempotency and coder-version bookkeeping included),
 * re-coding articles with a new coder version, and p50/p99 latency of filtered first and next
 * pages and of aggregates. See {@link org.polevents.store.bench.StoreBenchmark}.
 */
package org.polevents.store.bench;
