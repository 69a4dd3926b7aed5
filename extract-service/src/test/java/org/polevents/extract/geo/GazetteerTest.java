package org.polevents.extract.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.polevents.contracts.Location;
import org.polevents.extract.sentence.LanguageLayer;

class GazetteerTest {
    @Test
    void capitalsAndCountriesHaveCoordinates() {
        Gazetteer g = Gazetteer.load();
        Location kabul = g.lookup("Kabul");
        assertThat(kabul.country()).isEqualTo("AFG");
        assertThat(kabul.lat()).isBetween(34.0, 35.0);
        assertThat(g.lookup("Uzbekistan").country()).isEqualTo("UZB");
    }

    @Test
    void locationIsThePlaceAfterInOrTheVisitDestination() {
        Gazetteer g = Gazetteer.load();
        LanguageLayer l = LanguageLayer.load();
        assertThat(g.locate(l.analyze("Ministers met in Doha on Friday.", 0).get(0)).name()).isEqualTo("Doha");
        assertThat(g.locate(l.analyze("Her visit to Ankara was brief.", 0).get(0)).country()).isEqualTo("TUR");
        assertThat(g.locate(l.analyze("Ministers met.", 0).get(0))).isNull();
    }
}
