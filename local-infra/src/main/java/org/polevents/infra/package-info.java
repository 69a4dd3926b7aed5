/**
 * A real single-node Kafka broker in KRaft mode and a real PostgreSQL server, started from Maven
 * artifacts with no Docker engine: the embedded default of the product and the infrastructure of
 * its integration tests. Nothing here is a mock; both speak their real wire protocols on loopback.
 */
package org.polevents.infra;
