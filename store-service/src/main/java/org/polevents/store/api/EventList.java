package org.polevents.store.api;

import java.util.List;
import org.polevents.contracts.PoliticalEvent;

/**
 * A page of events.
 *
 * @param items the events, in the requested order
 * @param next  the cursor of the next page (pass as {@code cursor}), or null on the last page
 * @param limit the page size used
 */
public record EventList(List<PoliticalEvent> items, String next, int limit) {
}
