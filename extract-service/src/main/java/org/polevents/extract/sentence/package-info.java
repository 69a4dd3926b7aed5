/**
 * The language layer: sentences, tokens and part-of-speech tags for English text.
 *
 * <p>Apache OpenNLP's UD-EWT models (from the {@code opennlp-models-*-en} jars on the class path)
 * do the statistical work; this package repairs the splits news text trips them on (titles and
 * abbreviations such as "Rep.", "Dept.", "Nov. 25", "U.S.") and separates possessive "'s" so the
 * actor and event layers see one token per word. The OpenNLP lemmatizer is not used: it runs at
 * about 250 sentences/s, far below the coder's budget, and the event lexicon only needs lemmas of
 * the words it lists, which {@link org.polevents.extract.sentence.Inflections} derives from them.
 */
package org.polevents.extract.sentence;
