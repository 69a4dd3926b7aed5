/**
 * Event dates: absolute expressions ("December 31, 2024", "Nov. 25", "in May 2024", "in 2018")
 * and relative ones ("on Sunday", "yesterday", "last week", "earlier this month") resolved against
 * the article's publication date, with the precision the words support (day, month, year). A
 * relative expression without a publication date resolves to unknown rather than a guess.
 */
package org.polevents.extract.date;
