package org.polevents.store;

import org.polevents.contracts.Actor;
import org.polevents.contracts.Evidence;
import org.polevents.contracts.Location;
import org.polevents.contracts.PoliticalEvent;

/** Test events: the contract fixture's shape with the fields a test varies. */
public final class Events {
    private Events() {
    }

    public static PoliticalEvent consult(String id, String articleId, String date) {
        return event(id, articleId, "CONSULT", "043", actor("USA", "GOV", null), actor("AFG", "GOV", "Taliban"),
                new Location("Tashkent", "Tashkent", "UZB", 41.26, 69.22), date, "2025-01-07T09:00:00Z");
    }

    public static PoliticalEvent event(String id, String articleId, String type, String cameo, Actor source,
            Actor target, Location location, String date, String publishedAt) {
        return new PoliticalEvent(id, articleId, "example.org", "https://example.org/" + articleId, publishedAt, type,
                null, cameo, source, target, location, date, date == null ? "unknown" : "day", "occurred", null,
                new Evidence("Envoys met Taliban officials in Tashkent on Monday (" + id + ").", 25, 76), 0.9, "test",
                1);
    }

    public static Actor actor(String country, String sector, String org) {
        return new Actor(org == null ? country : org, org == null ? country : org, country, sector, org);
    }

    public static PoliticalEvent withId(PoliticalEvent e, String id, String articleId) {
        return new PoliticalEvent(id, articleId, e.outlet(), e.url(), e.publishedAt(), e.type(), e.mode(), e.cameo(),
                e.source(), e.target(), e.location(), e.date(), e.datePrecision(), e.status(), e.quantity(),
                e.evidence(), e.confidence(), e.coderVersion(), e.mentions());
    }
}
