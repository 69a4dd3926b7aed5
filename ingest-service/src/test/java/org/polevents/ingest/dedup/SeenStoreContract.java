package org.polevents.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.polevents.ingest.dedup.SeenStore.ArticleClaims;
import org.polevents.ingest.dedup.SeenStore.ArticleKeys;
import org.polevents.ingest.dedup.SeenStore.Claim;
import org.polevents.ingest.dedup.SeenStore.ExactKey;
import org.polevents.ingest.dedup.SeenStore.Kind;
import org.polevents.ingest.dedup.SeenStore.NearKey;
import org.polevents.ingest.dedup.SeenStore.NearMatch;

/** What every {@link SeenStore} must do; each implementation's test extends this. */
abstract class SeenStoreContract {
    static final Instant T0 = Instant.parse("2025-01-15T08:00:00Z");
    static final Fingerprints PRINTS = Fingerprints.forSegments();

    abstract SeenStore store();

    /** A second, empty store of the same kind, independent of {@link #store()}. */
    abstract SeenStore anotherStore();

    static NearKey nearKey(String owner, String text) {
        byte[] sig = PRINTS.signature(PRINTS.shingles(org.polevents.ingest.clean.Tokens.of(text)));
        return new NearKey(owner, sig, PRINTS.bands(sig, 7));
    }

    static final String SENTENCE = "Uzbek engineers will spend six months mapping the route across the Salang Pass, "
            + "which rises to more than 3,000 metres and is blocked by snow for much of the winter.";

    @Test
    void firstClaimWinsAndLaterClaimsSeeTheFirstOwner() {
        SeenStore s = store();
        Claim first = s.claimExact(Kind.SEGMENT, List.of(new ExactKey(42, "a#0")), T0).get(0);
        Claim second = s.claimExact(Kind.SEGMENT, List.of(new ExactKey(42, "b#3")), T0).get(0);

        assertThat(first.ownedBy("a#0")).isTrue();
        assertThat(second.owner()).isEqualTo("a#0");
        assertThat(second.hits()).isEqualTo(2);
    }

    @Test
    void kindsAreSeparateKeySpaces() {
        SeenStore s = store();
        s.claimExact(Kind.SEGMENT, List.of(new ExactKey(42, "a#0")), T0);

        assertThat(s.claimExact(Kind.OUTLET_SEGMENT, List.of(new ExactKey(42, "b#0")), T0).get(0).owner()).isEqualTo("b#0");
    }

    @Test
    void keyRepeatedInOneCallIsOwnedByItsFirstOccurrence() {
        List<Claim> claims = store().claimExact(Kind.SEGMENT, List.of(new ExactKey(7, "a#0"), new ExactKey(7, "a#5")), T0);

        assertThat(claims).extracting(Claim::owner).containsExactly("a#0", "a#0");
    }

    @Test
    void nearCopyIsMatchedToTheFirstAndNotRemembered() {
        SeenStore s = store();
        NearMatch first = s.claimNear(Kind.SEGMENT_NEAR, List.of(nearKey("a#1", SENTENCE)), 0.7, T0).get(0);
        NearMatch copy = s.claimNear(Kind.SEGMENT_NEAR,
                List.of(nearKey("b#1", SENTENCE.replace("six months", "half a year"))), 0.7, T0).get(0);

        assertThat(first.isDuplicate()).isFalse();
        assertThat(copy.owner()).isEqualTo("a#1");
        assertThat(copy.similarity()).isBetween(0.7, 1.0);
    }

    @Test
    void unrelatedTextIsNotANearCopy() {
        SeenStore s = store();
        s.claimNear(Kind.SEGMENT_NEAR, List.of(nearKey("a#1", SENTENCE)), 0.7, T0);
        NearMatch other = s.claimNear(Kind.SEGMENT_NEAR, List.of(nearKey("b#1",
                "Pakistan closed the Torkham crossing after guards exchanged fire with Taliban forces on Tuesday.")),
                0.7, T0).get(0);

        assertThat(other.isDuplicate()).isFalse();
    }

    @Test
    void laterKeyInTheSameCallSeesAnEarlierOne() {
        List<NearMatch> m = store().claimNear(Kind.SEGMENT_NEAR,
                List.of(nearKey("a#1", SENTENCE), nearKey("a#2", SENTENCE)), 0.7, T0);

        assertThat(m.get(0).isDuplicate()).isFalse();
        assertThat(m.get(1).owner()).isEqualTo("a#1");
    }

    @Test
    void claimsByTheSameOwnerAgainAreNotDuplicates() {
        SeenStore s = store();
        s.claimExact(Kind.SEGMENT, List.of(new ExactKey(1, "a#0")), T0);
        s.claimNear(Kind.ARTICLE_NEAR, List.of(nearKey("a", SENTENCE)), 0.5, T0);

        assertThat(s.claimExact(Kind.SEGMENT, List.of(new ExactKey(1, "a#0")), T0).get(0).ownedBy("a#0")).isTrue();
        assertThat(s.claimNear(Kind.ARTICLE_NEAR, List.of(nearKey("a", SENTENCE)), 0.5, T0).get(0).isDuplicate())
                .isFalse();
    }

    @Test
    void purgeForgetsEntriesNotSeenSinceTheCutoff() {
        SeenStore s = store();
        s.claimExact(Kind.SEGMENT, List.of(new ExactKey(1, "old#0"), new ExactKey(2, "old#1")), T0);
        s.claimNear(Kind.SEGMENT_NEAR, List.of(nearKey("old#0", SENTENCE)), 0.7, T0);
        // key 2 seen again later: it stays
        s.claimExact(Kind.SEGMENT, List.of(new ExactKey(2, "new#0")), T0.plus(Duration.ofDays(10)));

        long removed = s.purgeOlderThan(T0.plus(Duration.ofDays(5)));

        assertThat(removed).isEqualTo(2);
        assertThat(s.size()).isEqualTo(1);
        assertThat(s.claimExact(Kind.SEGMENT, List.of(new ExactKey(1, "new#1")), T0).get(0).owner()).isEqualTo("new#1");
        assertThat(s.claimExact(Kind.SEGMENT, List.of(new ExactKey(2, "x#0")), T0).get(0).owner()).isEqualTo("old#1");
        assertThat(s.claimNear(Kind.SEGMENT_NEAR, List.of(nearKey("new#2", SENTENCE)), 0.7, T0).get(0).isDuplicate())
                .isFalse();
    }

    // ---- claimArticles ----

    static final Fingerprints ARTICLE_PRINTS = Fingerprints.forArticles();

    /** Keys of an article made of {@code paragraphs}, the way the pipeline makes them. */
    static ArticleKeys articleKeys(String id, String outlet, List<String> paragraphs) {
        List<String> all = new ArrayList<>();
        List<ExactKey> exact = new ArrayList<>();
        List<ExactKey> outletKeys = new ArrayList<>();
        List<NearKey> near = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            List<String> tokens = org.polevents.ingest.clean.Tokens.of(paragraphs.get(i));
            all.addAll(tokens);
            long hash = Fingerprints.exactHash(tokens);
            exact.add(new ExactKey(hash, id + "#" + i));
            outletKeys.add(new ExactKey(Fingerprints.scoped(outlet, hash), id + "#" + i));
            if (tokens.size() >= 12) {
                near.add(nearKey(id + "#" + i, paragraphs.get(i)));
            }
        }
        byte[] sig = ARTICLE_PRINTS.signature(ARTICLE_PRINTS.shingles(all));
        return new ArticleKeys(new NearKey(id, sig, ARTICLE_PRINTS.bands(sig, 11)), 0.5, exact, outletKeys, near, 0.7);
    }

    /**
     * A stream of articles with what dedup must handle: exact and near copies of earlier articles,
     * a line every article of an outlet prints, and the same article twice (a redelivery).
     */
    static List<ArticleKeys> corpus(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<List<String>> originals = new ArrayList<>();
        List<ArticleKeys> out = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            String outlet = "outlet-" + random.nextInt(3);
            double kind = random.nextDouble();
            List<String> paragraphs;
            if (kind < 0.15 && !originals.isEmpty()) {
                paragraphs = originals.get(random.nextInt(originals.size()));
            } else if (kind < 0.35 && !originals.isEmpty()) {
                paragraphs = new ArrayList<>(originals.get(random.nextInt(originals.size())));
                int p = random.nextInt(paragraphs.size());
                paragraphs.set(p, paragraphs.get(p).replaceFirst("\\w+", "Reworded"));
                paragraphs.set(0, words(random, 8));
            } else {
                paragraphs = new ArrayList<>();
                paragraphs.add(words(random, 8));
                for (int p = 0; p < 5; p++) {
                    paragraphs.add(words(random, 14 + random.nextInt(20)));
                }
                originals.add(paragraphs);
            }
            List<String> withBoilerplate = new ArrayList<>(paragraphs);
            withBoilerplate.add("Subscribe to the " + outlet + " newsletter");
            out.add(articleKeys("art-" + a, outlet, withBoilerplate));
            if (kind > 0.95 && a > 0) {
                out.add(out.get(out.size() - 2)); // the previous article again
            }
        }
        return out;
    }

    private static String words(SplittableRandom random, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append("w").append(random.nextInt(400));
        }
        return b.toString();
    }

    @Test
    void claimingArticlesTogetherDecidesAsClaimingThemOneByOne() {
        List<ArticleKeys> corpus = corpus(120, 7);
        SeenStore oneByOne = anotherStore();
        List<ArticleClaims> expected = new ArrayList<>();
        for (ArticleKeys a : corpus) {
            expected.addAll(oneByOne.claimArticles(List.of(a), T0));
        }
        SeenStore together = store();
        List<ArticleClaims> actual = new ArrayList<>();
        for (int from = 0; from < corpus.size(); from += 9) {
            actual.addAll(together.claimArticles(corpus.subList(from, Math.min(corpus.size(), from + 9)), T0));
        }

        assertThat(actual).isEqualTo(expected);
        assertThat(together.size()).isEqualTo(oneByOne.size());
        // the corpus exercises every outcome
        assertThat(expected).anyMatch(c -> c.article().isDuplicate());
        assertThat(expected).anyMatch(c -> c.segmentNear().stream().anyMatch(NearMatch::isDuplicate));
        assertThat(expected).anyMatch(c -> c.segments().stream().anyMatch(x -> x.hits() > 1));
        assertThat(expected).anyMatch(c -> c.outletSegments().stream().anyMatch(x -> x.hits() >= 3));
    }

    @Test
    void outletLineCountsEveryArticleOfOneCall() {
        List<String> line = List.of("Subscribe to our newsletter");
        List<ArticleClaims> claims = store().claimArticles(List.of(articleKeys("a", "x", line),
                articleKeys("b", "x", line), articleKeys("c", "x", line)), T0);

        assertThat(claims).extracting(c -> c.outletSegments().get(0).hits()).containsExactly(1L, 2L, 3L);
        assertThat(claims).extracting(c -> c.segments().get(0).owner()).containsOnly("a#0");
    }

    @Test
    void segmentCopiedWordForWordIsNotClaimedNearly() {
        SeenStore s = store();
        s.claimArticles(List.of(articleKeys("a", "x", List.of(SENTENCE))), T0);

        ArticleClaims copy = s.claimArticles(List.of(articleKeys("b", "y", List.of(SENTENCE))), T0).get(0);

        assertThat(copy.segments().get(0).owner()).isEqualTo("a#0");
        assertThat(copy.segmentNear()).containsExactly(NearMatch.none());
        assertThat(copy.article().owner()).isEqualTo("a");
    }

    @Test
    void articleClaimedTwiceInOneCallIsNotItsOwnDuplicate() {
        ArticleKeys a = articleKeys("a", "x", List.of("Headline here", SENTENCE));
        List<ArticleClaims> claims = store().claimArticles(List.of(a, a), T0);

        for (ArticleClaims c : claims) {
            assertThat(c.article().isDuplicate()).isFalse();
            assertThat(c.segments()).allMatch(x -> x.owner().startsWith("a#"));
            assertThat(c.segmentNear()).noneMatch(NearMatch::isDuplicate);
        }
        assertThat(claims.get(1).segments()).extracting(Claim::hits).containsOnly(2L);
    }
}
