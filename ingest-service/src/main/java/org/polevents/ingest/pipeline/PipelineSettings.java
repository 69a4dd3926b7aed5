package org.polevents.ingest.pipeline;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the pipeline can be tuned with, as plain values (the service maps its configuration
 * onto this record).
 *
 * @param rulesLocation          boilerplate rule file: {@code classpath:/name} or a file path
 * @param htmlDroppedElements    HTML elements removed whole before text extraction (lower case)
 * @param retention              how long an exact key or signature is remembered after it was last seen
 * @param purgeInterval          how often {@code process} purges entries older than the retention
 *                               window (zero disables; then purge from outside)
 * @param nearSegmentThreshold   estimated Jaccard similarity (word 3-gram shingles, 0–1) from
 *                               which a segment is a near duplicate of an earlier one
 * @param nearSegmentMinWords    segments shorter than this (headlines, headings) are only
 *                               compared exactly, never nearly
 * @param nearArticleThreshold   estimated Jaccard similarity from which an article is a near
 *                               duplicate of an earlier one (a republished story)
 * @param nearArticleMinWords    articles with fewer content words are not compared as a whole
 * @param outletRepeatThreshold  a segment seen in at least this many articles of one outlet is
 *                               reported as outlet boilerplate rather than a duplicate
 * @param pullQuoteContainment   share of a short line's word pairs found in a nearby paragraph
 *                               that makes it a pull-quote (0–1)
 * @param pullQuoteWindow        blocks before and after a line searched for that paragraph
 * @param minArticleParagraphs   a split-off part with fewer content paragraphs is merged into
 *                               its neighbour instead of standing as an article
 * @param minArticleChars        likewise, for content characters
 */
public record PipelineSettings(String rulesLocation, Set<String> htmlDroppedElements, Duration retention,
        Duration purgeInterval, double nearSegmentThreshold, int nearSegmentMinWords, double nearArticleThreshold,
        int nearArticleMinWords, int outletRepeatThreshold, double pullQuoteContainment, int pullQuoteWindow,
        int minArticleParagraphs, int minArticleChars) {

    public PipelineSettings {
        Objects.requireNonNull(rulesLocation, "rulesLocation");
        htmlDroppedElements = Set.copyOf(htmlDroppedElements);
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(purgeInterval, "purgeInterval");
        requireShare(nearSegmentThreshold, "nearSegmentThreshold");
        requireShare(nearArticleThreshold, "nearArticleThreshold");
        requireShare(pullQuoteContainment, "pullQuoteContainment");
        if (retention.isNegative() || purgeInterval.isNegative()) {
            throw new IllegalArgumentException("retention and purgeInterval must not be negative");
        }
    }

    public static PipelineSettings defaults() {
        return new PipelineSettings("classpath:/boilerplate-rules.txt",
                Set.of("script", "style", "noscript", "nav", "template", "svg", "iframe", "form", "button", "select",
                        "input", "textarea", "head", "object", "embed", "canvas", "menu"),
                Duration.ofDays(30), Duration.ofHours(1), 0.7, 12, 0.5, 40, 3, 0.8, 12, 2, 300);
    }

    public PipelineSettings withRetention(Duration newRetention) {
        return new PipelineSettings(rulesLocation, htmlDroppedElements, newRetention, purgeInterval,
                nearSegmentThreshold, nearSegmentMinWords, nearArticleThreshold, nearArticleMinWords,
                outletRepeatThreshold, pullQuoteContainment, pullQuoteWindow, minArticleParagraphs, minArticleChars);
    }

    public PipelineSettings withRulesLocation(String location) {
        return new PipelineSettings(location, htmlDroppedElements, retention, purgeInterval, nearSegmentThreshold,
                nearSegmentMinWords, nearArticleThreshold, nearArticleMinWords, outletRepeatThreshold,
                pullQuoteContainment, pullQuoteWindow, minArticleParagraphs, minArticleChars);
    }

    private static void requireShare(double v, String name) {
        if (!(v > 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], not " + v);
        }
    }
}
