package org.polevents.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.polevents.contracts.Actor;
import org.polevents.extract.sentence.LanguageLayer;

/**
 * Every name in countries.tsv and actors.tsv, put in a plain sentence, codes as its own row: a
 * name the tokenizer cuts differently from the dictionary, or one shadowed by a longer or earlier
 * entry, is unreachable and fails here.
 */
class DictionaryCoverageTest {
    static final LanguageLayer layer = Recognition.LAYER;
    static final ActorRecognizer recognizer = Recognition.RECOGNIZER;

    private static ActorMention firstMention(String name, LocalDate day) {
        String text = "Yesterday, " + name + " said on Monday that talks would resume.";
        List<ActorMention> m = recognizer.find(layer.analyze(text, 0).get(0), new ArticleMemory(day));
        return m.isEmpty() ? null : m.get(0);
    }

    @Test
    void everyCountryNameDemonymAndCapitalCodesItsCountry() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String[] row : ActorDictionary.rows(ActorDictionary.COUNTRIES)) {
            for (int col = 1; col <= 3 && col < row.length; col++) {
                for (String name : row[col].isBlank() ? new String[0] : row[col].split("\\|")) {
                    // a lone nationality adjective is no actor; with a role word it gives the country
                    ActorMention m = firstMention(col == 2 ? name + " officials" : name, null);
                    checked++;
                    if (m == null || !row[0].equals(m.actor().country()) || m.start() != 2) {
                        wrong.add(row[0] + " " + name + " -> " + (m == null ? "nothing" : m.actor()));
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(900);
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyActorNameCodesItsRowOnADayTheRowIsValid() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String[] row : ActorDictionary.rows(ActorDictionary.ACTORS)) {
            String country = row[2].equals("-") ? null : row[2];
            String org = row[4].equals("-") ? null : row[4];
            LocalDate day = !row[6].equals("-") ? LocalDate.parse(row[6])
                    : !row[5].equals("-") ? LocalDate.parse(row[5]) : null;
            for (String name : row[0].split("\\|")) {
                ActorMention m = firstMention(name, day);
                checked++;
                Actor a = m == null ? null : m.actor();
                if (a == null || m.start() != 2 || !Objects.equals(country, a.country()) || !row[3].equals(a.sector())
                        || !Objects.equals(org, a.org())) {
                    wrong.add(name + " expected " + country + "/" + row[3] + "/" + org + " -> " + a);
                }
            }
        }
        assertThat(checked).isGreaterThan(1400);
        assertThat(wrong).isEmpty();
    }

    @Test
    void peopleWhoLeftOfficeAreNotCodedInTheirOldRoleAfterwards() {
        assertThat(firstMention("Blinken", LocalDate.of(2025, 6, 1))).isNull();
        assertThat(firstMention("Blinken", LocalDate.of(2024, 6, 1)).actor().country()).isEqualTo("USA");
        assertThat(firstMention("Biden", LocalDate.of(2024, 6, 1)).actor().sector()).isEqualTo("GOV");
        assertThat(firstMention("Biden", LocalDate.of(2025, 6, 1)).actor().sector()).isEqualTo("OPP");
        assertThat(firstMention("Trump", LocalDate.of(2024, 6, 1)).actor().sector()).isEqualTo("OPP");
        assertThat(firstMention("Trump", LocalDate.of(2025, 6, 1)).actor().sector()).isEqualTo("GOV");
        assertThat(firstMention("Joseph Aoun", LocalDate.of(2024, 6, 1)).actor().sector()).isEqualTo("MIL");
        assertThat(firstMention("Joseph Aoun", LocalDate.of(2025, 6, 1)).actor().sector()).isEqualTo("GOV");
        assertThat(firstMention("Kallas", LocalDate.of(2024, 3, 1)).actor().country()).isEqualTo("EST");
        assertThat(firstMention("Kallas", LocalDate.of(2025, 3, 1)).actor().org()).isEqualTo("EU");
    }
}
