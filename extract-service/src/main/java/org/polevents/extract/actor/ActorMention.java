package org.polevents.extract.actor;

import org.polevents.contracts.Actor;

/**
 * An actor found in a sentence: tokens [start, end), the coded actor, and how it was found.
 *
 * @param possessive the mention is followed by "'s" ("Pakistan's expulsion")
 * @param location   the mention is the object of a place preposition ("in Kabul"), so it is a
 *                   place, not a participant
 * @param anaphoric  resolved from an earlier mention (pronoun, surname, "the ministry")
 * @param twoSides   "the two sides" / "both sides": the event's actors are the last pair named
 * @param bare       only role words, with no country, organisation or name ("countries",
 *                   "the military"): too vague to be an event's party on its own
 */
public record ActorMention(int start, int end, Actor actor, boolean person, boolean possessive, boolean location,
        boolean anaphoric, boolean twoSides, boolean bare) {

    public String key() {
        return actor.country() + "|" + actor.sector() + "|" + actor.org() + "|" + actor.name();
    }

    /** Same actor for event purposes: country and org (or sector) agree. */
    public boolean sameActorAs(ActorMention other) {
        Actor a = actor;
        Actor b = other.actor;
        return java.util.Objects.equals(a.country(), b.country()) && java.util.Objects.equals(a.org(), b.org())
                && java.util.Objects.equals(a.name(), b.name());
    }
}
