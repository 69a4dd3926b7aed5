package org.polevents.store.persist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.polevents.contracts.Actor;
import org.polevents.contracts.Location;
import org.polevents.contracts.PoliticalEvent;

/**
 * The {@code events} and {@code event_mentions} rows a report becomes, column by column: what
 * {@link EventWriter} inserts, and what a bulk loader (the store benchmark's COPY) must insert to
 * hold exactly what the writer would. Values are String, Integer, Double, LocalDate or null.
 * Stateless.
 */
public final class EventRows {
    /** Columns of an {@code events} row, in {@link #event} order ({@code seq} and timestamps are the table's). */
    public static final List<String> EVENT_COLUMNS = List.of("id", "article_id", "outlet", "url", "published_at",
            "type", "mode", "cameo", "source_text", "source_name", "source_country", "source_sector", "source_org",
            "target_text", "target_name", "target_country", "target_sector", "target_org", "location_text",
            "location_name", "location_country", "location_lat", "location_lon", "event_date", "date_precision",
            "status", "quantity_amount", "quantity_unit", "evidence_text", "evidence_start", "evidence_end",
            "confidence", "coder_version", "mentions", "date_from", "date_to", "published_day", "anchor_day",
            "merge_key");

    /** Columns of an {@code event_mentions} row, in {@link #mention} order. */
    public static final List<String> MENTION_COLUMNS = List.of("mention_id", "event_id", "article_id", "outlet",
            "url", "published_at", "evidence_text", "evidence_start", "evidence_end", "confidence", "coder_version");

    private EventRows() {
    }

    /** The row of a report stored as a new event (one mention). */
    public static List<Object> event(PoliticalEvent e) {
        return event(e, MergeFacts.of(e));
    }

    static List<Object> event(PoliticalEvent e, MergeFacts facts) {
        Location l = e.location();
        List<Object> v = new ArrayList<>(EVENT_COLUMNS.size());
        v.addAll(Arrays.asList(e.id(), e.articleId(), e.outlet(), e.url(), e.publishedAt(), e.type(), e.mode(),
                e.cameo()));
        actor(v, e.source());
        actor(v, e.target());
        v.addAll(Arrays.asList(l == null ? null : l.text(), l == null ? null : l.name(), l == null ? null : l.country(),
                finite(l == null ? null : l.lat()), finite(l == null ? null : l.lon()), e.date(),
                facts.date() != null && e.datePrecision() == null ? facts.date().precision() : e.datePrecision(),
                e.status(), finite(e.quantity() == null ? null : e.quantity().amount()),
                e.quantity() == null ? null : e.quantity().unit(), e.evidence().text(), e.evidence().start(),
                e.evidence().end(), e.confidence(), e.coderVersion(), 1,
                facts.date() == null ? null : facts.date().from(), facts.date() == null ? null : facts.date().to(),
                facts.publishedDay(), facts.anchorDay(), facts.mergeKey()));
        return v;
    }

    /** The row of a report as a mention of stored event {@code eventId}. */
    public static List<Object> mention(String eventId, PoliticalEvent e) {
        return Arrays.asList(e.id(), eventId, e.articleId(), e.outlet(), e.url(), e.publishedAt(), e.evidence().text(),
                e.evidence().start(), e.evidence().end(), e.confidence(), e.coderVersion());
    }

    private static void actor(List<Object> v, Actor a) {
        v.addAll(Arrays.asList(a == null ? null : a.text(), a == null ? null : a.name(), a == null ? null : a.country(),
                a == null ? null : a.sector(), a == null ? null : a.org()));
    }

    private static Double finite(Double d) {
        return d == null || d.isNaN() || d.isInfinite() ? null : d;
    }
}
