package org.polevents.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polevents.contracts.Actor;
import org.polevents.extract.sentence.LanguageLayer;
import org.polevents.extract.sentence.Sentence;

class ActorRecognizerTest {
    static final LanguageLayer layer = Recognition.LAYER;
    static final ActorRecognizer recognizer = Recognition.RECOGNIZER;

    static Actor first(String sentence, LocalDate date) {
        Sentence s = layer.analyze(sentence, 0).get(0);
        List<ActorMention> m = recognizer.find(s, new ArticleMemory(date));
        assertThat(m).as("actors of: " + sentence).isNotEmpty();
        return m.get(0).actor();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Iran's Supreme National Security Council Secretary Ali Akbar Ahmadian spoke.|IRN|GOV|-
            The Taliban's acting interior minister arrived.|AFG|GOV|Taliban
            Rep. Jane Roe (R-Ohio) objected.|USA|LEG|-
            Sen. John Doe objected.|USA|LEG|-
            The TTP claimed the attack.|PAK|REB|TTP
            ISKP fighters attacked a mosque.|-|REB|ISKP
            Moscow responded angrily.|RUS|GOV|-
            Kenyan activists marched.|KEN|CVL|-
            Sudanese refugees crossed the border.|SDN|REF|-
            Chinese troops paraded.|CHN|MIL|-
            The Brazilian supreme court ruled.|BRA|JUD|-
            Lebanese lawmakers voted.|LBN|LEG|-
            The UN envoy to Yemen arrived.|-|IGO|UN
            Nigerian police fired tear gas.|NGA|COP|-
            Deputy Minister of Trade of Malaysia Liew Chin Tong arrived.|MYS|GOV|-
            """)
    void codesCountrySectorAndOrg(String sentence, String country, String sector, String org) {
        Actor a = first(sentence, LocalDate.of(2025, 1, 1));
        assertThat(a.country()).isEqualTo(country);
        assertThat(a.sector()).isEqualTo(sector);
        if (org != null) {
            assertThat(a.org()).isEqualTo(org);
        }
    }

    @Test
    void datedEntriesFollowTheArticleDate() {
        assertThat(first("The Taliban seized the district.", LocalDate.of(2019, 6, 1)).sector()).isEqualTo("REB");
        assertThat(first("The Taliban seized the district.", LocalDate.of(2023, 6, 1)).sector()).isEqualTo("GOV");
    }

    @Test
    void unknownNamesAreNotActorsButTheirTitledFormsAre() {
        Sentence s = layer.analyze("Thomas Green visited the market.", 0).get(0);
        assertThat(recognizer.find(s, new ArticleMemory(null))).isEmpty();
        Actor a = first("Vietnamese Foreign Minister Bui Thanh Son visited the market.", null);
        assertThat(a.name()).isEqualTo("Bui Thanh Son");
        assertThat(a.country()).isEqualTo("VNM");
    }

    @Test
    void appositionIntroducesAPersonAndSurnameRefersBack() {
        ArticleMemory memory = new ArticleMemory(null);
        Sentence s1 = layer.analyze("Maria Ortiz, a Colombian senator, spoke first.", 0).get(0);
        List<ActorMention> m1 = recognizer.find(s1, memory);
        assertThat(m1.get(0).actor().name()).isEqualTo("Maria Ortiz");
        assertThat(m1.get(0).actor().sector()).isEqualTo("LEG");
        memory.remember(m1);
        Sentence s2 = layer.analyze("Ortiz later met reporters, and she left.", 0).get(0);
        List<ActorMention> m2 = recognizer.find(s2, memory);
        assertThat(m2).extracting(m -> m.actor().country()).contains("COL");
        assertThat(m2.get(0).anaphoric()).isTrue();
    }

    @Test
    void placesAfterLocativePrepositionsAreLocations() {
        Sentence s = layer.analyze("Envoys gathered in Qatar.", 0).get(0);
        List<ActorMention> m = recognizer.find(s, new ArticleMemory(null));
        assertThat(m).anySatisfy(x -> {
            assertThat(x.actor().country()).isEqualTo("QAT");
            assertThat(x.location()).isTrue();
        });
    }
}
