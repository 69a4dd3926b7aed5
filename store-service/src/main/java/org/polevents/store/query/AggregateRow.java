package org.polevents.store.query;

/**
 * One cell of the aggregate: events and mentions on a day, of a type, between two countries.
 *
 * @param day           ISO day (event day, else publication day), or null when neither is known
 * @param type          PLOVER type
 * @param sourceCountry ISO3 or null
 * @param targetCountry ISO3 or null
 * @param events        stored events in the cell
 * @param mentions      sum of their mentions (reporting articles)
 */
public record AggregateRow(String day, String type, String sourceCountry, String targetCountry, long events,
        long mentions) {
}
