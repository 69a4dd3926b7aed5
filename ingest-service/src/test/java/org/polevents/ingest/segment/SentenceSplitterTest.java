package org.polevents.ingest.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = SentenceSplitter.withDefaults();

    @Test
    void splitsAtSentenceEnds() {
        assertThat(splitter.split("Envoys met in Doha. They talked for hours! Was it useful? Nobody knows."))
                .containsExactly("Envoys met in Doha.", "They talked for hours!", "Was it useful?", "Nobody knows.");
    }

    @Test
    void doesNotSplitAfterAcronymsAbbreviationsAndDates() {
        assertThat(splitter.split("U.S. officials met Rep. Josh Gottheimer (D-N.J.) on Nov. 25 at the Dept. of State. "
                + "Talks ended."))
                .containsExactly("U.S. officials met Rep. Josh Gottheimer (D-N.J.) on Nov. 25 at the Dept. of State.",
                        "Talks ended.");
    }

    @Test
    void keepsClosingQuoteWithItsSentence() {
        assertThat(splitter.split("“We will go,” he said. “Not now.” Then he left."))
                .containsExactly("“We will go,” he said.", "“Not now.”", "Then he left.");
    }

    @Test
    void initialsDoNotEndSentences() {
        assertThat(splitter.split("Donald J. Trump spoke. He left.")).containsExactly("Donald J. Trump spoke.", "He left.");
    }
}
