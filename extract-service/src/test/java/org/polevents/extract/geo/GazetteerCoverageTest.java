package org.polevents.extract.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polevents.contracts.Location;
import org.polevents.extract.actor.ActorDictionary;
import org.polevents.extract.sentence.LanguageLayer;

/** The gazetteer knows every state and capital the actor coder knows, and conflict places by their news spellings. */
class GazetteerCoverageTest {
    static Gazetteer gazetteer;
    static LanguageLayer layer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
        layer = LanguageLayer.load();
    }

    @Test
    void everyCountryAndCapitalHasCoordinatesInThatCountry() {
        List<String> missing = new ArrayList<>();
        for (String[] row : ActorDictionary.rows("dictionaries/countries.tsv")) {
            String name = row[1].split("\\|")[0];
            Location country = gazetteer.lookup(name);
            if (country == null || !row[0].equals(country.country())) {
                missing.add(row[0] + " " + name);
            }
            for (String capital : row[3].isBlank() ? new String[0] : row[3].split("\\|")) {
                Location c = gazetteer.lookup(capital);
                if (c == null || !row[0].equals(c.country())) {
                    missing.add(row[0] + " capital " + capital);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRowHasACountryCodeOrDashAndCoordinatesOnTheGlobe() {
        for (String[] row : ActorDictionary.rows("dictionaries/gazetteer.tsv")) {
            assertThat(row).as(String.join(" ", row)).hasSize(6);
            assertThat(row[2]).as(row[0]).matches("[A-Z]{3}|-");
            assertThat(Double.parseDouble(row[4])).as(row[0]).isBetween(-90.0, 90.0);
            assertThat(Double.parseDouble(row[5])).as(row[0]).isBetween(-180.0, 180.0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Drones struck a hospital in El Fasher.|El Fasher|SDN|13.6
            Fighting raged in Pokrovsk on Sunday.|Pokrovsk|UKR|48.3
            Strikes hit targets in Khan Yunis overnight.|Khan Younis|PSE|31.3
            Shelling resumed in Zaporizhia.|Zaporizhzhia|UKR|47.8
            Coast guards collided in the South China Sea.|South China Sea|-|12.0
            Tankers were seized in the Strait of Hormuz.|Strait of Hormuz|-|26.6
            Talks were held in Bogotá.|Bogota|COL|4.6
            Rebels advanced in North Kivu.|North Kivu|COD|-0.8
            """)
    void conflictPlacesAreFoundUnderTheirNewsSpellings(String sentence, String name, String country, double lat) {
        Location loc = gazetteer.locate(layer.analyze(sentence, 0).get(0));
        assertThat(loc).as(sentence).isNotNull();
        assertThat(loc.name()).isEqualTo(name);
        assertThat(loc.country()).isEqualTo(country);
        assertThat(loc.lat()).isCloseTo(lat, org.assertj.core.data.Offset.offset(0.1));
    }
}
