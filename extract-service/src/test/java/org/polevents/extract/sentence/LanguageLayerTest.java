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
    void dottedAcronymsBeforeAWordAreOneToken() {
        Sentence s = one("The U.N. refugee agency, E.U. envoys and U.A.E. officials met U.K. diplomats.");
        assertThat(s.tokens()).contains("U.N.", "E.U.", "U.A.E.", "U.K.").containsOnlyOnce(".");
        assertThat(s.tokens()[s.size() - 1]).isEqualTo(".");
    }

    @Test
    void initialsInsideNamesDoNotEndTheSentence() {
        List<Sentence> s = layer.analyze(
                "Vice President J.D. Vance flew to Kinshasa to meet D.R. Congo's leaders. Talks began at noon.", 0);
        assertThat(s).extracting(Sentence::text).containsExactly(
                "Vice President J.D. Vance flew to Kinshasa to meet D.R. Congo's leaders.", "Talks began at noon.");
        assertThat(s.get(0).tokens()).contains("J.D.", "Vance", "D.R.", "Congo", "'s");
    }

    @Test
    void initialsBeforeASentenceOpenerEndTheSentence() {
        List<Sentence> s = layer.analyze("The accord was signed in Washington, D.C. The ministers then flew to the U.K. "
                + "In London, they met again.", 0);
        assertThat(s).extracting(Sentence::text).containsExactly("The accord was signed in Washington, D.C.",
                "The ministers then flew to the U.K.", "In London, they met again.");
    }

    @Test
    void titlesAndSingleInitialsBeforeNamesDoNotEndTheSentence() {
        List<Sentence> s = layer.analyze(
                "Lt. Gen. Omar Haddad met Sen. Alice B. Carver and Col. Wu on Sept. 4 in St. Petersburg. It rained.", 0);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).tokens()).contains("Lt.", "Gen.", "Sen.", "B.", "Col.", "Sept.", "St.", "Petersburg");
    }

    @Test
    void hyphenatedNamesAndAcronymsAreOneToken() {
        Sentence s = one("Tehreek-e-Taliban and ISIS-K fighters clashed with AKP and UNFCCC delegates near "
                + "Port-au-Prince.");
        assertThat(s.tokens()).containsSubsequence("Tehreek-e-Taliban", "and", "ISIS-K", "fighters")
                .containsSubsequence("AKP", "and", "UNFCCC", "delegates", "near", "Port-au-Prince", ".");
    }

    @Test
    void mergedWordsKeepTheirPossessiveAndPrefixRepairs() {
        Sentence s = one("ISIS-K's leaders rejected the U.S.-led talks and the pro-Kremlin plan.");
        assertThat(s.tokens()).startsWith("ISIS-K", "'s", "leaders").contains("U.S.-led", "pro-Kremlin");
    }

    @Test
    void anEmDashSeparatesWordsWhileEnDashesAndUnicodeHyphensJoinThem() {
        Sentence s = one("Hamas\u2014the group that runs Gaza\u2014waged a low\u2013intensity war near "
                + "Port\u2010au\u2010Prince \u2013 far away.");
        assertThat(s.tokens()).containsSubsequence("Hamas", "-", "the", "group", "Gaza", "-", "waged")
                .containsSubsequence("low-intensity", "war", "near", "Port-au-Prince", "-", "far");
    }

    @Test
    void numbersAndPunctuationKeepTheModelsCut() {
        Sentence s = one("They pledged $40 million, 2,500 troops and a 10-year plan (2026-2035) on Friday.");
        assertThat(s.tokens()).containsSubsequence("$", "40", "million", ",", "2,500", "troops")
                .containsSubsequence("10-year", "plan", "(", "2026-2035", ")", "on", "Friday", ".");
    }

    @Test
    void everyTokenIndexesTheArticleTextExactly() {
        String article = "Header line\n\n";
        String para = "\u201cWe will not bow,\u201d said Tehrik-e-Taliban\u2019s spokesman in D.R. Congo\u2019s east; "
                + "U.N. monitors and Lt. Col. J. Ortiz (R-Texas) disagreed\u2014as did the AKP. The U.S.-backed "
                + "plan failed in Washington, D.C. Then ISIS-K struck.";
        article += para;
        int base = article.indexOf(para);
        List<Sentence> s = layer.analyze(para, base);
        assertThat(s).extracting(Sentence::text).containsExactly(
                "\u201cWe will not bow,\u201d said Tehrik-e-Taliban\u2019s spokesman in D.R. Congo\u2019s east; "
                        + "U.N. monitors and Lt. Col. J. Ortiz (R-Texas) disagreed\u2014as did the AKP.",
                "The U.S.-backed plan failed in Washington, D.C.", "Then ISIS-K struck.");
        for (Sentence sentence : s) {
            assertThat(article.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
            for (int i = 0; i < sentence.size(); i++) {
                // tokens are the text with curly quotes folded and em/en dashes written "-"
                assertThat(LanguageLayer.fold(article.substring(sentence.starts()[i], sentence.ends()[i]))
                        .replace('\u2014', '-')).isEqualTo(sentence.tokens()[i]);
                assertThat(sentence.span(i, i + 1)).isEqualTo(article.substring(sentence.starts()[i], sentence.ends()[i]));
            }
        }
        assertThat(s.get(0).tokens()).containsSubsequence("Tehrik-e-Taliban", "'s", "spokesman", "in", "D.R.", "Congo",
                "'s", "east", ";", "U.N.", "monitors", "and", "Lt.", "Col.", "J.", "Ortiz", "(", "R-Texas", ")",
                "disagreed", "-", "as", "did", "the", "AKP", ".");
    }

    private static Sentence one(String text) {
        List<Sentence> s = layer.analyze(text, 0);
        assertThat(s).hasSize(1);
        return s.get(0);
    }

    @Test
    void inflectionsCoverRegularAndIrregularForms() {
        assertThat(Inflections.of("meet")).contains("met", "meets", "meeting");
        assertThat(Inflections.of("deny")).contains("denied", "denies", "denying");
        assertThat(Inflections.of("ban")).contains("banned", "bans");
        assertThat(Inflections.of("sanction")).contains("sanctions", "sanctioned");
    }
}
