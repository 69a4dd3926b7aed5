package org.polevents.ingest.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BoilerplateRulesTest {

    @Test
    void firstMatchingSectionWinsAndAttributesApply() {
        BoilerplateRules rules = BoilerplateRules.parse("""
                # comment
                [marker boundary=after max-words=3]
                (?i)^read more$
                [promo]
                (?i)read more
                """, "test");

        BoilerplateRules.Rule short_ = rules.match("Read more", 2);
        assertThat(short_.name()).isEqualTo("marker");
        assertThat(short_.boundary()).isEqualTo(BoilerplateRules.Boundary.AFTER);
        assertThat(rules.match("You can read more on our site today", 8).name()).isEqualTo("promo");
        assertThat(rules.match("Nothing here", 2)).isNull();
    }

    @Test
    void badPatternIsReportedWithItsLine() {
        assertThatThrownBy(() -> BoilerplateRules.parse("[x]\n(unclosed\n", "rules.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rules.txt:2");
    }

    @Test
    void missingRuleFileIsReported() {
        assertThatThrownBy(() -> BoilerplateRules.load("/nonexistent/rules.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/nonexistent/rules.txt");
    }

    @Test
    void defaultRulesLoadWithStopwords() {
        BoilerplateRules rules = BoilerplateRules.defaults();

        assertThat(rules.rules()).extracting(BoilerplateRules.Rule::name).contains("photo-credit", "subscribe", "menu");
        assertThat(rules.isStopword("the")).isTrue();
    }

    @Test
    void literalHintsAreReadFromThePatternStart() {
        assertThat(BoilerplateRules.literalHints("mandatory credit\\b")).containsExactly("mandatory credit");
        assertThat(BoilerplateRules.literalHints("(?:getty images|ap photo)\\W*$")).containsExactly("getty images", "ap photo");
        assertThat(BoilerplateRules.literalHints("(?:we|they) uses? cookies")).containsExactly("cookies");
        assertThat(BoilerplateRules.literalHints("\\((?:photo|image)")).isEmpty();
        assertThat(BoilerplateRules.literalHints("(?:a|b)c|d")).isEmpty();
    }

    @Test
    void hintedPatternStillMatchesCaseInsensitively() {
        BoilerplateRules rules = BoilerplateRules.parse("[credit]\n(?i)mandatory credit\\b\n", "t");

        assertThat(rules.match("Senate floor. MANDATORY CREDIT: CNP", 5)).isNotNull();
        assertThat(rules.match("Senate floor, credit to CNP", 5)).isNull();
    }
}
