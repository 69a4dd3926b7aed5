/**
 * A benchmark command for the store, run outside Quarkus on the real embedded PostgreSQL: write
 * throughput of the event writer (merging and idempotency included) and p50/p99 latency of
 * filtered page queries over many stored events. See {@link org.polevents.store.bench.StoreBenchmark}.
 */
package org.polevents.store.bench;
