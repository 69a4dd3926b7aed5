package org.polevents.store.persist;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.polevents.contracts.Actor;
import org.polevents.contracts.Location;
import org.polevents.contracts.PoliticalEvent;

/**
 * What the merging rule looks at in one event, read from a report or from a stored row.
 *
 * @param id           the event id (a report id or a stored event id)
 * @param mergeKey     type and actor codes, normalised; equal keys are necessary for a merge
 * @param coded        whether any actor code is present: events with no coded actor at all are
 *                     too vague to call two reports the same event, so they never merge
 * @param date         the days the event date covers, or null when unknown
 * @param publishedDay day of publication of the report, or null
 * @param location     where, or null
 * @param arrivedIn    the article whose arrival day stands in for a missing publication day, or
 *                     null when the day is a real publication day
 * @param cameo        the CAMEO code, or null when unknown: two undated reports must name the same
 *                     kind of act to be one event
 * @param article      the report's article; for a stored event, the article of the report being
 *                     merged when the event already holds a report of it, else null. The coder
 *                     has already told one article's two different acts apart ("detained six
 *                     asylum seekers ... and deported them"), so those never merge
 */
public record MergeFacts(String id, String mergeKey, boolean coded, EventDates.DayRange date,
        LocalDate publishedDay, Location location, String arrivedIn, String cameo, String article) {
    public MergeFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mergeKey, "mergeKey");
    }

    public MergeFacts(String id, String mergeKey, boolean coded, EventDates.DayRange date, LocalDate publishedDay,
            Location location) {
        this(id, mergeKey, coded, date, publishedDay, location, null, null, null);
    }

    public static MergeFacts of(PoliticalEvent e) {
        return of(e, null);
    }

    /**
     * @param receivedDay the day the report reached the pipeline, standing in for the publication
     *                    day of an article pushed without {@code publishedAt}: two outlets' undated
     *                    reports of one event that arrive the same day are still one event
     */
    public static MergeFacts of(PoliticalEvent e, LocalDate receivedDay) {
        LocalDate published = EventDates.day(e.publishedAt());
        boolean arrival = published == null && receivedDay != null;
        return new MergeFacts(e.id(), mergeKey(e), isCoded(e.source()) || isCoded(e.target()),
                EventDates.range(e.date(), e.datePrecision()), arrival ? receivedDay : published,
                e.location(), arrival ? e.articleId() : null, e.cameo(), e.articleId());
    }

    /** The day used to look up merge candidates and to bucket aggregates: event day, else publication day. */
    public LocalDate anchorDay() {
        return date != null ? date.from() : publishedDay;
    }

    static String mergeKey(PoliticalEvent e) {
        return String.join("|", norm(e.type()), actorKey(e.source()), actorKey(e.target()));
    }

    private static String actorKey(Actor a) {
        if (a == null) {
            return "||";
        }
        return norm(a.country()) + "|" + norm(a.sector()) + "|" + norm(a.org());
    }

    private static boolean isCoded(Actor a) {
        return a != null && (notBlank(a.country()) || notBlank(a.sector()) || notBlank(a.org()));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }
}
