package org.polevents.store.query;

import java.util.List;

/**
 * One page of events and the cursor of the next page (null on the last page).
 */
public record Page(List<EventRow> rows, Cursor next) {
    public Page {
        rows = List.copyOf(rows);
    }

    /**
     * Cuts the {@code limit + 1} rows a page query returned into a page: the extra row only says
     * there is more, and the cursor points after the last row kept.
     */
    public static Page of(List<EventRow> fetched, Sort sort, int limit) {
        if (fetched.size() <= limit) {
            return new Page(fetched, null);
        }
        List<EventRow> kept = fetched.subList(0, limit);
        EventRow last = kept.get(limit - 1);
        return new Page(kept, new Cursor(sort, sort.keyOf(last.seq(), last.event()), last.seq()));
    }
}
