package org.polevents.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Where an event took place: the words of the text, the gazetteer name, ISO3 country, WGS84 coordinates (nullable). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Location(String text, String name, String country, Double lat, Double lon) {
}
