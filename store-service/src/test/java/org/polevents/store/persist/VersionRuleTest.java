package org.polevents.store.persist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polevents.store.persist.VersionRule.ArticleVersion;
import org.polevents.store.persist.VersionRule.Verdict;

class VersionRuleTest {
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private final VersionRule rule = new VersionRule();

    private static Optional<ArticleVersion> at(String version, String... superseded) {
        return Optional.of(new ArticleVersion(version, T0, Set.of(superseded)));
    }

    @Test
    void theFirstVersionOfAnArticleIsFirst() {
        assertThat(rule.judge(Optional.empty(), "0.2.0+aaaa1111", T0)).isEqualTo(Verdict.FIRST);
    }

    @Test
    void theStoredVersionIsCurrentWhenever() {
        assertThat(rule.judge(at("0.2.0+aaaa1111"), "0.2.0+aaaa1111", T0.minusSeconds(60))).isEqualTo(Verdict.CURRENT);
    }

    @Test
    void aHigherRulesVersionWinsEvenIfProducedEarlier() {
        // a clock running behind on the new coder's machine does not keep the old version
        assertThat(rule.judge(at("0.2.0+aaaa1111"), "0.3.0+aaaa1111", T0.minusSeconds(3600))).isEqualTo(Verdict.NEWER);
    }

    @Test
    void aLowerRulesVersionLosesEvenIfProducedLater() {
        // an old instance still running during a rolling upgrade re-codes a redelivered article
        assertThat(rule.judge(at("0.3.0+aaaa1111"), "0.2.0+aaaa1111", T0.plusSeconds(3600))).isEqualTo(Verdict.STALE);
    }

    @Test
    void sameRulesWithOtherDictionariesAreOrderedByProductionTime() {
        assertThat(rule.judge(at("0.2.0+aaaa1111"), "0.2.0+bbbb2222", T0.plusSeconds(1))).isEqualTo(Verdict.NEWER);
        assertThat(rule.judge(at("0.2.0+aaaa1111"), "0.2.0+bbbb2222", T0.minusSeconds(1))).isEqualTo(Verdict.STALE);
        assertThat(rule.judge(at("0.2.0+aaaa1111"), "0.2.0+bbbb2222", T0)).isEqualTo(Verdict.STALE);
    }

    @Test
    void aSupersededVersionNeverComesBack() {
        assertThat(rule.judge(at("0.2.0+bbbb2222", "0.2.0+aaaa1111"), "0.2.0+aaaa1111", T0.plusSeconds(86_400)))
                .isEqualTo(Verdict.STALE);
    }

    @Test
    void versionsWithoutSemanticsAreOrderedByProductionTime() {
        assertThat(rule.judge(at(""), "bench", T0.plusSeconds(1))).isEqualTo(Verdict.NEWER);
        assertThat(rule.judge(at("bench"), "0.1.0", T0.minusSeconds(1))).isEqualTo(Verdict.STALE);
    }

    @ParameterizedTest
    @CsvSource({"0.10.0+a, 0.9.9+a, 1", "1.0.0, 0.99.99, 1", "0.2.0s+abc, 0.2.0+def, 0", "0.2.1, 0.2.0s+x, 1",
        "00.2.0, 0.2.0, 0", "0.2.0, test, 0", "99999999999999999999.0.0, 1.0.0, 1"})
    void semanticPartsCompareNumerically(String a, String b, int sign) {
        assertThat(Integer.signum(VersionRule.compareSemantic(a, b))).isEqualTo(sign);
        assertThat(Integer.signum(VersionRule.compareSemantic(b, a))).isEqualTo(-sign);
    }

    @Test
    void aMissingVersionIsTheEmptyVersion() {
        assertThat(VersionRule.normalise(null)).isEmpty();
        assertThat(VersionRule.normalise(" 0.2.0+a ")).isEqualTo("0.2.0+a");
    }
}
