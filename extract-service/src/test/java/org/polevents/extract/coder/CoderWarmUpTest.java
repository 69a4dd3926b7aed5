package org.polevents.extract.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.polevents.contracts.SegmentBatch;

class CoderWarmUpTest {
    private static final EventCoder CODER = EventCoder.load();

    @Test
    void theBundledArticleHasParagraphsAtTheirOffsetsAndEvents() {
        SegmentBatch article = CoderWarmUp.article();

        assertThat(article.segments()).hasSizeGreaterThan(10);
        article.segments().forEach(s -> assertThat(article.text().substring(s.start(), s.end())).isEqualTo(s.text()));
        // an article without events would warm up little of the coder
        assertThat(CODER.code(article)).hasSizeGreaterThan(5);
    }

    @Test
    void codesForTheBudgetAndNotAtAllWithoutOne() {
        assertThat(CoderWarmUp.run(CODER, Duration.ZERO)).isZero();
        assertThat(CoderWarmUp.run(CODER, Duration.ofMillis(1))).isGreaterThanOrEqualTo(1);
    }
}
