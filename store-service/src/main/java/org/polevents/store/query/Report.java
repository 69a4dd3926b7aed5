package org.polevents.store.query;

import org.polevents.contracts.Evidence;

/**
 * One article's report of a stored event: the evidence sentence that proves it there.
 *
 * @param reportId    the id the extractor gave this report (the event id on {@code events.extracted})
 * @param articleId   the reporting article; {@code evidence} offsets index its cleaned text
 * @param outlet      the article's outlet, or null
 * @param url         the article's URL, or null
 * @param publishedAt the article's publication time as sent, or null
 * @param evidence    the sentence and its offsets
 * @param confidence  the extractor's confidence in this report
 */
public record Report(String reportId, String articleId, String outlet, String url, String publishedAt,
        Evidence evidence, double confidence) {
}
