/**
 * Dedup: "first seen wins" memory of segments and articles, exact and near.
 *
 * <ul>
 *   <li>Exact: a 64-bit hash of a segment's comparison key (NFKC, case, quotes, punctuation and
 *       whitespace folded). Claimed atomically: the first owner stays the owner.</li>
 *   <li>Near: SuperMinHash signatures (hash4j) of word 3-gram shingles, indexed by LSH bands. A
 *       candidate sharing a band is confirmed by estimating the Jaccard similarity from the two
 *       signatures. Used for long segments and for whole articles, so a republished wire story
 *       with a new headline, a reworded sentence and a dropped paragraph is still recognised.</li>
 * </ul>
 *
 * <p>{@link org.polevents.ingest.dedup.SeenStore} holds the memory: in memory for tests and
 * benchmarks, or in PostgreSQL ({@link org.polevents.ingest.dedup.JdbcSeenStore}) so it survives
 * restarts and is shared by every ingest instance. Entries not seen for the retention window are
 * purged. A claim by the same owner again (a redelivered record) is not a duplicate. An article's
 * claims are decided together ({@link org.polevents.ingest.dedup.SeenStore#claimArticles}), in
 * PostgreSQL as one transaction ({@link org.polevents.ingest.dedup.ClaimBatch}), and
 * {@link org.polevents.ingest.dedup.BatchingSeenStore} lets articles processed at the same time
 * share it, with the outcome of claiming them one by one.
 */
package org.polevents.ingest.dedup;
