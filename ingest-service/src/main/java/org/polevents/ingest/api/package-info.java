/**
 * The HTTP edge of ingest: validates pushed articles, answers bad input with RFC 9457 problem
 * bodies, and hands accepted articles to {@code articles.raw}. An article is accepted (202) only
 * once the broker has acknowledged it, so nothing accepted is lost.
 */
package org.polevents.ingest.api;
