package org.polevents.extract.plover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CameoTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"030,AGREE", "042,CONSULT", "051,SUPPORT", "061,COOPERATE", "073,AID", "081,CONCEDE", "083,CONCEDE",
            "0841,RETREAT", "087,RETREAT", "090,ACCUSE", "112,ACCUSE", "100,REQUEST", "120,REJECT", "138,THREATEN",
            "141,PROTEST", "150,MOBILIZE", "163,SANCTION", "173,COERCE", "181,ASSAULT", "195,ASSAULT", "200,ASSAULT"})
    void cameoRootsMapToPloverTypes(String cameo, String type) {
        assertThat(Cameo.ploverType(cameo)).isEqualTo(type);
    }

    @Test
    void publicStatementsHaveNoPloverType() {
        assertThatThrownBy(() -> Cameo.ploverType("010")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyLexiconRowHasAValidTypeAndCode() {
        TriggerLexicon lex = TriggerLexicon.load();
        assertThat(lex.all()).hasSizeGreaterThan(200);
        assertThat(lex.all()).allSatisfy(t -> {
            assertThat(t.cameo()).matches("\\d{3,4}");
            assertThat(t.type()).isIn("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
        });
    }
}
