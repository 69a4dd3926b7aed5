/**
 * The PLOVER ontology and CAMEO codes: the CAMEO-root to PLOVER-type mapping of DESIGN.md and
 * the trigger lexicon ({@code dictionaries/triggers.tsv}) of verbs, nouns and phrases that say
 * an event happened. The lexicon is written in base forms; inflections are generated at load
 * time so matching a sentence is one hash lookup per token.
 */
package org.polevents.extract.plover;
