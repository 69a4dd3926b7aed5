/**
 * Boilerplate: decides which blocks of a page are not article text, and says why.
 *
 * <p>Three layers, in the spirit of jusText, boilerpipe and the C4 cleaning rules:
 * <ol>
 *   <li>line rules from the readable rule file ({@code boilerplate-rules.txt}): photo credits,
 *       share and subscribe widgets, menus, tickers, browser notices, ...;</li>
 *   <li>line statistics: no letters at all, another script than the page's, almost no function
 *       words in a long line;</li>
 *   <li>structure: an image caption printed twice, a table of contents whose entries reappear as
 *       headings, a pull-quote repeating part of a nearby paragraph, and short lines stranded
 *       between boilerplate (the context step of jusText).</li>
 * </ol>
 * Repetition across articles (a blurb every article of an outlet carries) is dedup's job.
 */
package org.polevents.ingest.boilerplate;
