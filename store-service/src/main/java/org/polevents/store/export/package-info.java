/**
 * Formatting stored events for export: JSON Lines of the event contract, CSV with one flat column
 * per field, GDELT-style tab-separated rows, and PLOVER-style JSON. Pure writers over a
 * {@link java.io.Writer}, one event at a time, so an export of any size streams in constant
 * memory; the REST edge feeds them page by page.
 */
package org.polevents.store.export;
