/**
 * The live stream of stored events. A subscriber names filters and where it stopped (the last
 * insertion sequence it saw, sent back as SSE {@code Last-Event-ID}); it is fed from the store
 * itself, so every instance of the service serves every event, and a reconnecting client misses
 * nothing. Writes on this instance wake subscribers at once; a slow poll catches writes made by
 * other instances.
 */
package org.polevents.store.live;
