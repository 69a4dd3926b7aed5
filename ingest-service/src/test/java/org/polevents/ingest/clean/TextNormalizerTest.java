package org.polevents.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void collapsesWhitespaceAndTrims() {
        assertThat(TextNormalizer.normalize("  Envoys\u00A0 met \t in\u2003Doha.  ").text()).isEqualTo("Envoys met in Doha.");
    }

    @Test
    void appliesNfkcButKeepsTypographicQuotes() {
        CleanText t = TextNormalizer.normalize("\uFB01nal “talks” \u2460");

        assertThat(t.text()).isEqualTo("final “talks” 1");
    }

    @Test
    void removesInvisibleCharacters() {
        assertThat(TextNormalizer.normalize("Ta\u200Bli\u00ADban\uFEFF").text()).isEqualTo("Taliban");
    }

    @Test
    void composesCombiningMarks() {
        assertThat(TextNormalizer.normalize("Kabul cafe\u0301").text()).isEqualTo("Kabul café");
    }

    @Test
    void everyCleanedCharacterMapsBackToTheSourceCharacter() {
        String source = "  Sher \u00A0Mohammad   Abbas\u200B Stanikzai said “yes”.";
        CleanText t = TextNormalizer.normalize(source);

        for (int i = 0; i < t.text().length(); i++) {
            char c = t.text().charAt(i);
            if (c != ' ') {
                assertThat(source.charAt(t.sourceOffset(i))).isEqualTo(c);
            }
        }
        assertThat(source.substring(t.sourceStart(), t.sourceEnd())).startsWith("Sher").endsWith("”.");
    }

    @Test
    void offsetsOfAnExpandedCharacterPointAtIt() {
        String source = "a \uFB01b";
        CleanText t = TextNormalizer.normalize(source);

        assertThat(t.text()).isEqualTo("a fib");
        assertThat(t.sourceOffset(2)).isEqualTo(2);
        assertThat(t.sourceOffset(3)).isEqualTo(2);
        assertThat(t.sourceOffset(4)).isEqualTo(3);
        assertThat(t.sourceEnd()).isEqualTo(4);
    }

    @Test
    void tokensFoldCaseQuotesAndPunctuation() {
        assertThat(Tokens.key("The Taliban’s “new” U.S.-backed plan")).isEqualTo(Tokens.key("the taliban's \"NEW\" U.S. backed plan"));
    }
}
