/**
 * Quarkus test resources that start the real embedded broker and database once per test JVM and
 * hand their addresses to the application under test. Docker is never needed.
 */
package org.polevents.infra.quarkus;
