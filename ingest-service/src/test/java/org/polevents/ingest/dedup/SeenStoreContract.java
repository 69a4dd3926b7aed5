package org.polevents.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
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
}
