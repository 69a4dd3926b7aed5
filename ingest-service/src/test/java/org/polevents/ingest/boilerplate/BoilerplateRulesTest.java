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
}
