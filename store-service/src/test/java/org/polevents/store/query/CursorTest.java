package org.polevents.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polevents.store.Events;

class CursorTest {
    @Test
    void roundTripsEveryKeyKind() {
        for (Cursor c : List.of(new Cursor(Sort.parse("-stored"), 12L, 12), new Cursor(Sort.parse("date"),
                "2025-01-05", 3), new Cursor(Sort.parse("-confidence"), 0.75, 9),
                new Cursor(Sort.parse("published"), "", 1))) {
            assertThat(Cursor.decode(c.encode(), c.sort())).isEqualTo(c);
        }
    }

    @Test
    void tokenIsUrlSafe() {
        assertThat(new Cursor(Sort.parse("date"), "2025-01-05 ?&/+", 3).encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void refusesAnotherSortsCursorAndGarbage() {
        String token = new Cursor(Sort.parse("date"), "2025-01-05", 3).encode();
        assertThatThrownBy(() -> Cursor.decode(token, Sort.parse("-date"))).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("sort");
        assertThatThrownBy(() -> Cursor.decode("!!!", Sort.DEFAULT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cursor.decode("YWJj", Sort.DEFAULT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pageCursorPointsAfterTheLastKeptRow() {
        List<EventRow> fetched = List.of(new EventRow(9, Events.consult("a", "x", "2025-01-03")),
                new EventRow(8, Events.consult("b", "x", "2025-01-02")),
                new EventRow(7, Events.consult("c", "x", "2025-01-01")));
        Page page = Page.of(fetched, Sort.parse("-date"), 2);
        assertThat(page.rows()).hasSize(2);
        assertThat(page.next()).isEqualTo(new Cursor(Sort.parse("-date"), "2025-01-02", 8));
        assertThat(Page.of(fetched, Sort.DEFAULT, 3).next()).isNull();
    }
}
