package org.polevents.store.persist;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, for one article, whether a report's coder version is the one stored, a newer one that
 * replaces it, or an older one to ignore.
 *
 * <p>Coder versions look like {@code 0.2.0+abcd1234}: the coding rules' semantic version, an
 * optional flag ({@code s}: speculative events coded too) and, after {@code +}, a digest of the
 * dictionaries. The rule, in order:
 * <ol>
 * <li>the article has no version yet: this one is first;</li>
 * <li>the same version: current;</li>
 * <li>a version already superseded for this article: stale (a redelivery or a late record of
 *     the old run can never bring it back);</li>
 * <li>both versions start with a semantic version and those differ: the higher one wins
 *     ({@code 0.10.0} &gt; {@code 0.9.3});</li>
 * <li>otherwise (same rules with other dictionaries or flag, or versions that are not semantic):
 *     the version that coded the article later wins, by the time its record was produced. That
 *     order does not depend on the order the store reads records in, so replaying
 *     {@code events.extracted} into an empty store ends with the same versions.</li>
 * </ol>
 * Versions only move forward: to go back to older rules, release them under a higher version.
 * Pure and thread-safe.
 */
public final class VersionRule {
    private static final Pattern SEMANTIC = Pattern.compile("^(\\d+)\\.(\\d+)\\.(\\d+)");

    /** What to do with a report. */
    public enum Verdict {
        /** The article's first version: record it and store the report. */
        FIRST,
        /** The article's current version: store the report. */
        CURRENT,
        /** A newer version: retire the article's reports of other versions, then store the report. */
        NEWER,
        /** An older or superseded version: ignore the report. */
        STALE
    }

    /**
     * What is known about an article's versions.
     *
     * @param version    the version whose reports are stored ({@code ""} when they carried none)
     * @param codedAt    when that version coded the article
     * @param superseded versions replaced for the article
     */
    public record ArticleVersion(String version, Instant codedAt, Set<String> superseded) {
        public ArticleVersion {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(codedAt, "codedAt");
            superseded = Set.copyOf(superseded);
        }
    }

    /** A report's version as the store keeps it: {@code ""} for none. */
    public static String normalise(String version) {
        return version == null ? "" : version.strip();
    }

    /**
     * @param known    the article's versions, empty if none of its reports was stored yet
     * @param version  the report's (normalised) coder version
     * @param codedAt  when the report was produced
     */
    public Verdict judge(Optional<ArticleVersion> known, String version, Instant codedAt) {
        if (known.isEmpty()) {
            return Verdict.FIRST;
        }
        ArticleVersion a = known.get();
        if (a.version().equals(version)) {
            return Verdict.CURRENT;
        }
        if (a.superseded().contains(version)) {
            return Verdict.STALE;
        }
        int bySemantics = compareSemantic(version, a.version());
        if (bySemantics != 0) {
            return bySemantics > 0 ? Verdict.NEWER : Verdict.STALE;
        }
        return codedAt.isAfter(a.codedAt()) ? Verdict.NEWER : Verdict.STALE;
    }

    /**
     * Compares the leading semantic versions; 0 when they are equal or either has none.
     */
    static int compareSemantic(String a, String b) {
        Matcher ma = SEMANTIC.matcher(a);
        Matcher mb = SEMANTIC.matcher(b);
        if (!ma.find() || !mb.find()) {
            return 0;
        }
        for (int g = 1; g <= 3; g++) {
            int c = compareNumbers(ma.group(g), mb.group(g));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    // digit strings of any length, without overflow: by length after leading zeros, then text
    private static int compareNumbers(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }
}
