/**
 * Actors: who does what to whom. Recognises countries (names, demonyms, capitals used as
 * metonyms), named organisations and people from dictionaries, role words ("minister",
 * "troops", "activists") that give the sector, and titled people ("Russia's Security Council
 * Secretary Sergei Shoigu", "Rep. Rashida Tlaib (D-Mich.)"), and codes each to
 * country + sector + org as DESIGN.md prescribes. Inside one article it resolves light
 * coreference: surnames of people already introduced, "he"/"she"/"they", "the ministry",
 * "the group", "the two sides".
 *
 * <p>The dictionaries are TSV files under {@code dictionaries/} on the class path, each with a
 * header explaining its columns, so analysts can extend them without touching code.
 */
package org.polevents.extract.actor;
