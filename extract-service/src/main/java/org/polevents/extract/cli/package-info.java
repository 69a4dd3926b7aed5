/**
 * The offline command {@code extract [--out FILE] FILE|DIR...}: codes plain-text or HTML article
 * files without Kafka or Quarkus and writes events as JSON lines, for evaluation and batch runs.
 */
package org.polevents.extract.cli;
