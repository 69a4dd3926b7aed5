/**
 * JMH benchmarks of the event coder. Run with {@code CoderBenchmark.main} (see its Javadoc); not
 * part of the unit tests, which never assert on timing.
 */
package org.polevents.extract.bench;
