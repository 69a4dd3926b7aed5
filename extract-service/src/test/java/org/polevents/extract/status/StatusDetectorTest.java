package org.polevents.extract.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polevents.extract.sentence.LanguageLayer;
import org.polevents.extract.sentence.Sentence;

class StatusDetectorTest {
    static LanguageLayer layer;
    final StatusDetector detector = new StatusDetector();

    @BeforeAll
    static void load() {
        layer = LanguageLayer.load();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile expelled the diplomat.|expelled|occurred
            Chile will expel the diplomat.|expel|planned
            Chile plans to expel the diplomat.|expel|planned
            Chile should expel the diplomat.|expel|hypothetical
            If pressed, Chile could expel the diplomat.|expel|hypothetical
            Chile did not expel the diplomat.|expel|negated
            Chile never expelled a diplomat.|expelled|negated
            Chile refused to expel the diplomat.|expel|negated
            Peru urged Chile to expel the diplomat.|expel|hypothetical
            Chile is expelling the diplomats.|expelling|ongoing
            Chile continues to expel diplomats.|expel|ongoing
            The minister said Chile would expel the diplomat.|expel|planned
            Officials said the talks in Lima would resume next week.|talks|planned
            Talks in Lima will take place on Monday.|Talks|planned
            The summit in Lima is scheduled for June.|summit|planned
            The talks in Lima would collapse without a deal.|talks|hypothetical
            The talks in Lima ended without a deal.|talks|occurred
            Ministers are all but certain to demand his resignation while imposing new tariffs.|imposing|planned
            Lima would demand his resignation while quietly expelling the diplomats.|expelling|hypothetical
            Chile could afford to recall its envoy while expelling the diplomats.|expelling|occurred
            Chile recalled its envoy while expelling the diplomats.|expelling|occurred
            """)
    void detectsStatusFromGoverningWords(String sentence, String trigger, String status) {
        Sentence s = layer.analyze(sentence, 0).get(0);
        int at = java.util.Arrays.asList(s.tokens()).indexOf(trigger);
        assertThat(detector.status(s, at, at + 1, false)).isEqualTo(status);
    }
}
