package org.polevents.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.polevents.contracts.Actor;
import org.polevents.extract.sentence.LanguageLayer;

/**
 * Sentences of the kind world news carries in 2024-2026 (written for this test, not taken from
 * the seed articles): the dictionaries code the new actors, and ambiguous words do not misfire.
 */
class WorldNewsActorsTest {
    static final LanguageLayer layer = Recognition.LAYER;
    static final ActorRecognizer recognizer = Recognition.RECOGNIZER;

    static List<ActorMention> actors(String sentence) {
        return recognizer.find(layer.analyze(sentence, 0).get(0), new ArticleMemory(LocalDate.of(2025, 11, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The RSF shelled a market in Omdurman.|-|SDN|REB|RSF
            The Sudanese Armed Forces retook the capital.|-|SDN|MIL|-
            M23 rebels seized Goma.|-|COD|REB|M23
            JNIM militants attacked soldiers in Burkina Faso.|-|-|REB|JNIM
            ISWAP fighters raided a village.|-|-|REB|IS
            Houthi rebels attacked a tanker.|-|YEM|REB|Houthis
            Al-Shabaab fighters attacked a base near Mogadishu.|-|SOM|REB|al-Shabaab
            al-Qaeda claimed the bombing.|-|-|REB|al-Qaeda
            Tren de Aragua members were deported.|-|VEN|REB|Tren de Aragua
            The ELN kidnapped two soldiers.|-|COL|REB|ELN
            Hezbollah fired rockets at northern Israel.|-|LBN|REB|Hezbollah
            UNRWA warned of famine.|-|-|IGO|UN
            The WHO said hospitals were overwhelmed.|-|-|IGO|UN
            The U.N. General Assembly adopted the resolution.|-|-|IGO|UN
            UN peacekeepers came under fire.|-|-|IGO|UN
            The IAEA said inspectors had no access.|-|-|IGO|IAEA
            The African Union suspended Niger.|-|-|IGO|AU
            SADC leaders met in Harare.|-|-|IGO|SADC
            The Alliance of Sahel States left ECOWAS.|-|-|IGO|AES
            Human Rights Watch accused the junta of abuses.|-|-|NGO|Human Rights Watch
            Doctors Without Borders evacuated its staff.|-|-|NGO|MSF
            The Kremlin rejected the proposal.|-|RUS|GOV|-
            The White House announced new tariffs.|-|USA|GOV|-
            The Pentagon deployed more troops.|-|USA|MIL|-
            The Elysee said Paris would respond.|-|FRA|GOV|-
            Brussels imposed new sanctions on Moscow.|European Union|-|IGO|EU
            Kyiv asked for more air defences.|Kyiv|UKR|GOV|-
            Pyongyang fired a ballistic missile.|Pyongyang|PRK|GOV|-
            Tehran denied the report.|Tehran|IRN|GOV|-
            Beijing summoned the ambassador.|Beijing|CHN|GOV|-
            Türkiye closed its airspace.|Türkiye|TUR|GOV|-
            Côte d'Ivoire recalled its envoy.|Côte d'Ivoire|CIV|GOV|-
            DR Congo accused Rwanda of backing the rebels.|DR Congo|COD|GOV|-
            Congolese soldiers fled the town.|-|COD|MIL|-
            Emirati mediators brokered the swap.|-|ARE|GOV|-
            Filipino protesters rallied outside the embassy.|-|PHL|CVL|-
            Burma's military rulers extended emergency rule.|-|MMR|MIL|-
            Georgian Dream lawmakers passed the bill.|-|GEO|LEG|Georgian Dream
            Sudanese refugees crossed into Chad.|-|SDN|REF|-
            Ukrainian drones hit the refinery.|-|UKR|MIL|-
            Israeli settlers attacked a village.|-|ISR|CVL|-
            Indian lawyers filed a petition.|-|IND|JUD|-
            Haitian gangs attacked the capital.|-|HTI|REB|-
            Nigerian bandits kidnapped students.|-|NGA|REB|-
            Sanae Takaichi met the delegation.|Sanae Takaichi|JPN|GOV|-
            Karol Nawrocki vetoed the law.|Karol Nawrocki|POL|GOV|-
            Pope Leo XIV called for a ceasefire.|Pope Leo XIV|VAT|REL|-
            Ahmed al-Sharaa visited Riyadh.|Ahmed al-Sharaa|SYR|GOV|HTS
            Georgia Gov. Brian Kemp signed the bill.|Brian Kemp|USA|GOV|-
            """)
    void codesNewEntries(String sentence, String name, String country, String sector, String org) {
        List<ActorMention> m = actors(sentence);
        assertThat(m).as(sentence).isNotEmpty();
        Actor a = m.get(0).actor();
        if (name != null) {
            assertThat(a.name()).isEqualTo(name);
        }
        assertThat(a.country()).as(sentence).isEqualTo(country);
        assertThat(a.sector()).as(sentence).isEqualTo(sector);
        assertThat(a.org()).as(sentence).isEqualTo(org);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Jordan Peterson said the plan was bad.",
            "Chad Wolf criticised the plan.",
            "He told us the plan on Monday.",
            "Tensions rose in the South China Sea.",
            "Ships avoided the Taiwan Strait.",
            "The order renamed the Gulf of Mexico.",
            "A storm hit the Panama Canal.",
            "Rain fell across Latin America.",
            "Floods hit Northern Ireland.",
            "Voters in New Mexico went to the polls."})
    void ambiguousWordsAreNoState(String sentence) {
        assertThat(actors(sentence)).as(sentence).noneSatisfy(m -> assertThat(m.actor().sector()).isEqualTo("GOV"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Latin American migrants waited at the border.|REF
            West African leaders met in Abuja.|GOV
            """)
    void aRegionBeforeARoleGivesNoCountry(String sentence, String sector) {
        Actor a = actors(sentence).get(0).actor();
        assertThat(a.country()).isNull();
        assertThat(a.sector()).isEqualTo(sector);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Jordan condemned the strike.|JOR
            Chad closed its border.|TCD
            Niger expelled the envoy.|NER
            Nigeria hosted the talks.|NGA
            Guinea-Bissau signed the deal.|GNB
            Equatorial Guinea signed the deal.|GNQ
            Guinea signed the deal.|GIN
            South Sudan signed the deal.|SSD
            Sudan signed the deal.|SDN
            The Gaza Health Ministry said dozens were killed.|PSE
            """)
    void lookAlikeCountriesStayApart(String sentence, String country) {
        assertThat(actors(sentence).get(0).actor().country()).isEqualTo(country);
    }
}
