/**
 * Benchmarks of the ingest domain (run by hand, never by the test suite): throughput of cleaning
 * plus dedup on one thread with the in-memory store, and memory per million remembered segments.
 */
package org.polevents.ingest.bench;
