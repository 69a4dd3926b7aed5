/**
 * Segmentation: cuts cleaned text into blocks (paragraphs, headline lines, list items), each with
 * its offsets back into the source, and paragraphs into sentences.
 *
 * <p>A block is one line of the source. Scraped news puts one paragraph on one line; hard-wrapped
 * text (a line that does not end a sentence followed by one that starts in lower case) is joined
 * back into one paragraph. The number of blank lines before a block is kept because blank-line
 * gaps are how glued articles show where one ends and the next begins.
 */
package org.polevents.ingest.segment;
