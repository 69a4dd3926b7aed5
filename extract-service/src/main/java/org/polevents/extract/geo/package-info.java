/**
 * Event places: a small gazetteer (countries, capitals, major cities and regions, GeoNames-derived,
 * CC BY 4.0) shipped as {@code dictionaries/gazetteer.tsv}, and the rule that picks the place an
 * event happened from "in/at/near X" phrases and visit destinations.
 */
package org.polevents.extract.geo;
