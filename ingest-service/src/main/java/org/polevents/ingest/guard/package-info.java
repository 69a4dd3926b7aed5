/**
 * Who may write, and how fast: API keys for write endpoints and a per-client request rate limit.
 * Plain Java; the HTTP edge applies it to every write request before anything is parsed.
 */
package org.polevents.ingest.guard;
