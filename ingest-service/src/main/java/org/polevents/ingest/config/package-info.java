/** Typed configuration of ingest-service and the beans that build the pure pipeline from it. */
package org.polevents.ingest.config;
