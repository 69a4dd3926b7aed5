/**
 * The language layer: sentences, tokens and part-of-speech tags for English text.
 *
 * <p>Apache OpenNLP's UD-EWT models (from the {@code opennlp-models-*-en} jars on the class path)
 * do the statistical work; this package repairs the cuts news text trips them on and separates
 * possessive "'s" so the actor and event layers see one token per space-separated word, as the
 * dictionaries write names. {@link org.polevents.extract.sentence.SentenceBoundaries} keeps titles
 * and initials inside a sentence ("Rep. Tlaib", "Nov. 25", "J.D. Vance", "D.R. Congo") and ends
 * one after initials followed by a sentence opener ("... from the U.S. To the contrary");
 * {@link org.polevents.extract.sentence.WordPieces} rejoins words the tokenizer cut apart ("U.N" +
 * ".", "ISIS-" + "K", "AK" + "P", "Port" + "-au" + "-" + "Prince"). Token offsets always index the
 * original text. The OpenNLP lemmatizer is not used: it runs at
 * about 250 sentences/s, far below the coder's budget, and the event lexicon only needs lemmas of
 * the words it lists, which {@link org.polevents.extract.sentence.Inflections} derives from them.
 */
package org.polevents.extract.sentence;
