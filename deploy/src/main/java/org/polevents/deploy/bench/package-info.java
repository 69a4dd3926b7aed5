/**
 * Load and fault runs of the whole pipeline: a generator of distinct, real-looking political news
 * articles (with a known share of exact and near copies), and the sustained-load benchmark that
 * pushes them through the embedded stack and measures throughput, push-to-stored latency, CPU,
 * memory and consumer lag.
 */
package org.polevents.deploy.bench;
