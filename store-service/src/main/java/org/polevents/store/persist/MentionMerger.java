package org.polevents.store.persist;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.polevents.contracts.Location;

/**
 * Decides whether a new report describes an event already stored (GDELT's NumMentions rule).
 *
 * <p>Two reports are the same event when they have the same PLOVER type and the same source and
 * target country, sector and org codes; their event dates lie within {@code windowDays} of each
 * other (both day-precise) or are the same month or year (both coarser, same precision), or both
 * are undated, name the same kind of act (CAMEO code) and were published within {@code windowDays}
 * (an article pushed without a publication date counts as published the day it arrived, for
 * reports of other articles only); and their locations are compatible
 * (either unknown, or the same country and the same place by gazetteer name or within
 * {@code maxDistanceKm}). A dated and an undated report are not merged: nothing says the undated
 * one is about that day. Two reports of one article with different CAMEO codes are two acts the
 * coder told apart ("detained ... and deported them"), never one event. Events with no coded actor never merge. Immutable and thread-safe.
 */
public final class MentionMerger {
    private static final double EARTH_RADIUS_KM = 6371.0;
    private final int windowDays;
    private final double maxDistanceKm;

    public MentionMerger(int windowDays, double maxDistanceKm) {
        if (windowDays < 0 || maxDistanceKm < 0) {
            throw new IllegalArgumentException("window and distance must be >= 0");
        }
        this.windowDays = windowDays;
        this.maxDistanceKm = maxDistanceKm;
    }

    /** The defaults: one day and 50 km. */
    public static MentionMerger standard() {
        return new MentionMerger(1, 50.0);
    }

    public int windowDays() {
        return windowDays;
    }

    /**
     * The stored event the report should be merged into: among the candidates that are the same
     * event, the one whose anchor day is closest, then the first given (callers pass the oldest
     * first, so the earliest stored event wins).
     */
    public Optional<MergeFacts> match(MergeFacts report, List<MergeFacts> candidates) {
        LocalDate anchor = report.anchorDay();
        return candidates.stream()
                .filter(c -> sameEvent(report, c))
                .min(Comparator.comparingLong(c -> distanceDays(anchor, c.anchorDay())));
    }

    /** Whether two reports describe the same real-world event. Symmetric. */
    public boolean sameEvent(MergeFacts a, MergeFacts b) {
        if (!a.coded() || !b.coded() || !a.mergeKey().equals(b.mergeKey())) {
            return false;
        }
        if (a.article() != null && a.article().equals(b.article()) && differentActs(a, b)) {
            return false; // one article's two acts, told apart by the coder
        }
        return datesCompatible(a, b) && locationsCompatible(a.location(), b.location());
    }

    private static boolean differentActs(MergeFacts a, MergeFacts b) {
        return a.cameo() != null && b.cameo() != null && !a.cameo().equals(b.cameo());
    }

    private boolean datesCompatible(MergeFacts a, MergeFacts b) {
        EventDates.DayRange da = a.date();
        EventDates.DayRange db = b.date();
        if (da == null && db == null) {
            if (differentActs(a, b)) {
                // with no date to tie them, "supported the objection" and "expressed willingness
                // to help" by one state are two acts, not one event told twice
                return false;
            }
            if (a.arrivedIn() != null && a.arrivedIn().equals(b.arrivedIn())) {
                // one undated, unpublished article naming the same pair twice: arrival says nothing
                // about whether its two sentences are one event, so they stay apart
                return false;
            }
            return a.publishedDay() != null && b.publishedDay() != null
                    && distanceDays(a.publishedDay(), b.publishedDay()) <= windowDays;
        }
        if (da == null || db == null) {
            return false;
        }
        if (da.isDay() && db.isDay()) {
            return distanceDays(da.from(), db.from()) <= windowDays;
        }
        return da.precision().equals(db.precision()) && da.from().equals(db.from());
    }

    private boolean locationsCompatible(Location a, Location b) {
        if (isUnknown(a) || isUnknown(b)) {
            return true;
        }
        if (a.country() != null && b.country() != null && !a.country().equalsIgnoreCase(b.country())) {
            return false;
        }
        if (a.lat() != null && a.lon() != null && b.lat() != null && b.lon() != null) {
            return kilometres(a.lat(), a.lon(), b.lat(), b.lon()) <= maxDistanceKm;
        }
        String na = placeName(a);
        String nb = placeName(b);
        // one side names only a country: the same country is as precise as either report gets
        return na == null || nb == null || na.equals(nb);
    }

    private static boolean isUnknown(Location l) {
        return l == null || (l.country() == null && placeName(l) == null && l.lat() == null);
    }

    /**
     * The gazetteer name only: the surface text differs between reports of one place ("Kabul",
     * "the Afghan capital") and often names just the country, so it proves nothing either way.
     */
    private static String placeName(Location l) {
        String n = l.name();
        return n == null || n.isBlank() ? null : n.strip().toLowerCase(Locale.ROOT);
    }

    private static long distanceDays(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return Long.MAX_VALUE;
        }
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    /** Great-circle distance (haversine), in kilometres. */
    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
