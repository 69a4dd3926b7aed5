package org.polevents.extract.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageLayerTest {
    static LanguageLayer layer;

    @BeforeAll
    static void load() {
        layer = LanguageLayer.load();
    }

    @Test
    void titlesAndMonthAbbreviationsDoNotEndSentences() {
        List<Sentence> s = layer.analyze(
                "Rep. Jane Roe (R-Ohio) spoke on Nov. 25 at the Dept. of Energy. The U.S. Treasury said nothing.", 0);
        assertThat(s).extracting(Sentence::text).containsExactly(
                "Rep. Jane Roe (R-Ohio) spoke on Nov. 25 at the Dept. of Energy.", "The U.S. Treasury said nothing.");
    }

    @Test
    void offsetsIndexTheArticleText() {
        String para = "Ministers met. They agreed.";
        List<Sentence> s = layer.analyze(para, 100);
        assertThat(s).hasSize(2);
        assertThat(s.get(1).start()).isEqualTo(115);
        Sentence first = s.get(0);
        for (int i = 0; i < first.size(); i++) {
            assertThat(para.substring(first.starts()[i] - 100, first.ends()[i] - 100)).isEqualTo(first.tokens()[i]);
        }
    }

    @Test
    void possessiveIsItsOwnTokenAndCurlyApostrophesAreFolded() {
        Sentence s = layer.analyze("Russia\u2019s envoy arrived.", 0).get(0);
        assertThat(s.tokens()).startsWith("Russia", "'s", "envoy");
        assertThat(s.tags()).hasSameSizeAs(s.tokens());
    }

    @Test
    void inflectionsCoverRegularAndIrregularForms() {
        assertThat(Inflections.of("meet")).contains("met", "meets", "meeting");
        assertThat(Inflections.of("deny")).contains("denied", "denies", "denying");
        assertThat(Inflections.of("ban")).contains("banned", "bans");
        assertThat(Inflections.of("sanction")).contains("sanctions", "sanctioned");
    }
}
