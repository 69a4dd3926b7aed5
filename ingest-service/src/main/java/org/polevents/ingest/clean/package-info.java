/**
 * Cleaning: turns what a user pushed (plain text or HTML) into plain text with its paragraph
 * structure, and normalises each line (Unicode NFKC, whitespace collapsed, invisible characters
 * removed) while keeping a map from every cleaned character back to the text it came from.
 *
 * <p>Comparison forms (lower case, quotes and dashes folded, punctuation ignored) come from
 * {@link org.polevents.ingest.clean.Tokens}; they are used for dedup and rules, never shown.
 */
package org.polevents.ingest.clean;
