package org.polevents.ingest.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.polevents.contracts.RawArticle;
import org.polevents.contracts.Segment;
import org.polevents.contracts.SegmentBatch;
import org.polevents.ingest.boilerplate.BoilerplateFilter;
import org.polevents.ingest.boilerplate.BoilerplateRules;
import org.polevents.ingest.boilerplate.Verdict;
import org.polevents.ingest.clean.HtmlToText;
import org.polevents.ingest.dedup.Fingerprints;
import org.polevents.ingest.dedup.SeenStore;
import org.polevents.ingest.dedup.SeenStore.ArticleClaims;
import org.polevents.ingest.dedup.SeenStore.Claim;
import org.polevents.ingest.dedup.SeenStore.ExactKey;
import org.polevents.ingest.dedup.SeenStore.NearKey;
import org.polevents.ingest.segment.Block;
import org.polevents.ingest.segment.Segmenter;

/**
 * One pushed article in; cleaned articles (one per glued article found) and explained drops out.
 *
 * <p>Steps: HTML to text; normalisation and blocks; boilerplate; splitting; then per article, in
 * this order, dedup against what the article itself already said, against earlier articles as a
 * whole (near), and segment by segment (exact, then near for long segments). First seen wins; a
 * record processed again (redelivery) gets the same ids and the same result, because every id
 * derives from the pushed id or content and the store does not count a claim by the same owner
 * as a duplicate.
 *
 * <p>Thread-safe: holds no mutable state but the purge schedule; the store is thread-safe.
 */
public final class IngestPipeline {
    /** Share of an article's words in new paragraphs from which a near copy is kept as new reporting. */
    private static final double NEW_REPORTING_SHARE = 0.3;

    private static final long SEGMENT_SALT = 0x5345474DL;
    private static final long ARTICLE_SALT = 0x41525449L;

    private final PipelineSettings settings;
    private final SeenStore seen;
    private final Clock clock;
    private final HtmlToText html;
    private final BoilerplateFilter filter;
    private final Fingerprints segmentPrints = Fingerprints.forSegments();
    private final Fingerprints articlePrints = Fingerprints.forArticles();
    private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

    private IngestPipeline(PipelineSettings settings, SeenStore seen, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.seen = Objects.requireNonNull(seen, "seen");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.html = new HtmlToText(settings.htmlDroppedElements());
        this.filter = new BoilerplateFilter(BoilerplateRules.load(settings.rulesLocation()),
                settings.pullQuoteContainment(), settings.pullQuoteWindow());
    }

    /**
     * @throws IllegalArgumentException when the rule file is missing or has a bad pattern
     */
    public static IngestPipeline create(PipelineSettings settings, SeenStore seen, Clock clock) {
        return new IngestPipeline(settings, seen, clock);
    }

    /**
     * Cleans, splits and dedups one article. Thread-safe.
     *
     * @throws UnparseableArticle when there is nothing to process: no body, a body that is not
     *                            text, an unsupported content type, or no text left after cleaning
     */
    public IngestResult process(RawArticle article) {
        Objects.requireNonNull(article, "article");
        String text = textOf(article);
        List<Block> blocks = Segmenter.blocks(text);
        if (blocks.isEmpty()) {
            throw new UnparseableArticle("no text left after cleaning");
        }
        List<Verdict> verdicts = filter.classify(blocks);
        List<int[]> parts = ArticleSplitter.split(blocks, verdicts, settings.minArticleParagraphs(),
                settings.minArticleChars());
        String parentId = article.withDerivedId().id();
        Instant now = clock.instant();
        purgeIfDue(now);

        // every glued article's claims go to the store in one call, in page order
        List<Part> prepared = new ArrayList<>(parts.size());
        for (int p = 0; p < parts.size(); p++) {
            String articleId = parts.size() == 1 ? parentId : parentId + "-" + (p + 1);
            int[] range = parts.get(p);
            prepared.add(prepare(article, articleId, blocks.subList(range[0], range[1]),
                    verdicts.subList(range[0], range[1]), range[0]));
        }
        List<ArticleClaims> claims = seen.claimArticles(prepared.stream().map(Part::keys).toList(), now);

        List<SegmentBatch> kept = new ArrayList<>();
        List<Drop> drops = new ArrayList<>();
        for (int p = 0; p < prepared.size(); p++) {
            Part part = prepared.get(p);
            ArticleOutcome outcome = decide(part, claims.get(p));
            drops.addAll(outcome.drops);
            if (!outcome.kept.isEmpty()) {
                kept.add(batch(article, part.articleId, parentId, parts.size() > 1, outcome.kept));
            }
        }
        return new IngestResult(kept, drops);
    }

    private String textOf(RawArticle article) {
        String body = article.body();
        if (body == null || body.isBlank()) {
            throw new UnparseableArticle("article has no body");
        }
        String type = article.contentType() == null ? RawArticle.TEXT_PLAIN
                : article.contentType().strip().toLowerCase(Locale.ROOT);
        boolean isHtml = type.startsWith(RawArticle.TEXT_HTML) || type.startsWith("application/xhtml");
        if (!isHtml && !type.startsWith(RawArticle.TEXT_PLAIN) && !type.startsWith("text/")) {
            throw new UnparseableArticle("unsupported content type " + article.contentType()
                    + "; send text/plain or text/html");
        }
        if (!looksLikeText(body)) {
            throw new UnparseableArticle("body is not text (binary or control characters)");
        }
        // plain text that is really a whole HTML page is treated as HTML
        if (isHtml || looksLikeHtmlPage(body)) {
            return html.convert(body);
        }
        return body;
    }

    private static boolean looksLikeText(String body) {
        int control = 0;
        int limit = Math.min(body.length(), 65_536);
        for (int i = 0; i < limit; i++) {
            char c = body.charAt(i);
            if (c == 0 || c == '\uFFFD') {
                control += c == 0 ? limit : 1;
            } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B) {
                control++;
            }
        }
        return control <= limit / 100;
    }

    private static boolean looksLikeHtmlPage(String body) {
        String head = body.stripLeading();
        head = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || (head.startsWith("<")
                && (head.contains("<body") || head.contains("<p>") || head.contains("<div")));
    }

    private void purgeIfDue(Instant now) {
        if (settings.purgeInterval().isZero()) {
            return;
        }
        Instant due = nextPurge.get();
        if (now.isBefore(due) || !nextPurge.compareAndSet(due, now.plus(settings.purgeInterval()))) {
            return;
        }
        seen.purgeOlderThan(now.minus(settings.retention()));
    }

    /** A kept block and its segment id. */
    private record KeptBlock(Block block, String id) {
    }

    private record ArticleOutcome(List<KeptBlock> kept, List<Drop> drops) {
    }

    /**
     * One glued article between the steps: what is decided without the store (boilerplate, repeats
     * within the article) and the keys it claims.
     */
    private static final class Part {
        final String articleId;
        final List<Block> blocks;
        final String[] ids;
        final String[] reason;
        final String[] duplicateOf;
        /** content words of the article as a whole (what its near signature is made of) */
        int articleWords;
        /** block indexes of {@code keys.segments()} (and of {@code outletSegments} when there is an outlet) */
        final List<Integer> open = new ArrayList<>();
        /** block indexes of {@code keys.segmentNear()} */
        final List<Integer> nearIdx = new ArrayList<>();
        SeenStore.ArticleKeys keys;

        Part(String articleId, List<Block> blocks) {
            this.articleId = articleId;
            this.blocks = blocks;
            int n = blocks.size();
            this.ids = new String[n];
            this.reason = new String[n];
            this.duplicateOf = new String[n];
            for (int i = 0; i < n; i++) {
                ids[i] = articleId + "#" + i;
            }
        }

        SeenStore.ArticleKeys keys() {
            return keys;
        }
    }

    /**
     * Steps 1–2 and the keys of steps 3–5 (see {@link #decide}).
     *
     * @param offset page-wide index of {@code blocks.get(0)}; verdicts refer to related blocks by
     *               page-wide index
     */
    private Part prepare(RawArticle article, String articleId, List<Block> blocks, List<Verdict> verdicts,
            int offset) {
        Part part = new Part(articleId, blocks);
        int n = blocks.size();
        String[] reason = part.reason;
        String[] duplicateOf = part.duplicateOf;
        String[] ids = part.ids;
        // 1. boilerplate
        for (int i = 0; i < n; i++) {
            Verdict v = verdicts.get(i);
            if (v.isBoilerplate()) {
                reason[i] = v.reason();
                int related = v.related() - offset;
                duplicateOf[i] = related >= 0 && related < n ? ids[related] : null;
            }
        }
        // 2. what the article itself already said (a blurb repeated down the page, a paragraph twice)
        Map<String, Integer> firstByKey = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (reason[i] != null) {
                continue;
            }
            Integer first = firstByKey.putIfAbsent(blocks.get(i).key(), i);
            if (first != null) {
                reason[i] = "duplicate:repeated-in-article";
                duplicateOf[i] = ids[first];
            }
        }
        // 3. the whole article against earlier articles
        List<String> articleTokens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (reason[i] == null && verdicts.get(i).isContent()) {
                articleTokens.addAll(blocks.get(i).tokens());
            }
        }
        part.articleWords = articleTokens.size();
        NearKey articleKey = null;
        if (articleTokens.size() >= settings.nearArticleMinWords()) {
            byte[] signature = articlePrints.signature(articlePrints.shingles(articleTokens));
            articleKey = new NearKey(articleId, signature, articlePrints.bands(signature, ARTICLE_SALT));
        }
        // 4. exact segments, and how often the outlet has printed each
        List<ExactKey> keys = new ArrayList<>();
        List<ExactKey> outletKeys = new ArrayList<>();
        String outlet = article.outlet() == null || article.outlet().isBlank() ? null
                : article.outlet().strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < n; i++) {
            if (reason[i] == null) {
                long hash = Fingerprints.exactHash(blocks.get(i).tokens());
                part.open.add(i);
                keys.add(new ExactKey(hash, ids[i]));
                if (outlet != null) {
                    outletKeys.add(new ExactKey(Fingerprints.scoped(outlet, hash), ids[i]));
                }
            }
        }
        // 5. near segments (long ones only: short lines share too few shingles to judge); the store
        // leaves out those that step 4 finds to be exact copies
        List<NearKey> nearKeys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (reason[i] == null && blocks.get(i).words() >= settings.nearSegmentMinWords()) {
                byte[] signature = segmentPrints.signature(segmentPrints.shingles(blocks.get(i).tokens()));
                part.nearIdx.add(i);
                nearKeys.add(new NearKey(ids[i], signature, segmentPrints.bands(signature, SEGMENT_SALT)));
            }
        }
        part.keys = new SeenStore.ArticleKeys(articleKey, settings.nearArticleThreshold(), keys, outletKeys, nearKeys,
                settings.nearSegmentThreshold());
        return part;
    }

    /**
     * Applies the store's answers, in this order: the whole article against earlier articles (3),
     * exact segments (4), near segments (5), and what a near copy of an earlier article keeps (6).
     */
    private ArticleOutcome decide(Part part, ArticleClaims claims) {
        List<Block> blocks = part.blocks;
        String[] reason = part.reason;
        String[] duplicateOf = part.duplicateOf;
        String[] ids = part.ids;
        int n = blocks.size();
        // 3.
        String nearArticleOf = claims.article().isDuplicate() ? claims.article().owner() : null;
        // 4.
        boolean hasOutlet = !part.keys.outletSegments().isEmpty();
        for (int k = 0; k < part.open.size(); k++) {
            int i = part.open.get(k);
            Claim claim = claims.segments().get(k);
            if (!claim.ownedBy(ids[i])) {
                boolean outletWide = hasOutlet && claims.outletSegments().get(k).hits() >= settings.outletRepeatThreshold();
                reason[i] = outletWide ? "boilerplate:outlet-repeated" : "duplicate:exact-segment";
                duplicateOf[i] = claim.owner();
            }
        }
        // 5.
        for (int k = 0; k < part.nearIdx.size(); k++) {
            int i = part.nearIdx.get(k);
            if (reason[i] == null && claims.segmentNear().get(k).isDuplicate()) {
                reason[i] = "duplicate:near-segment";
                duplicateOf[i] = claims.segmentNear().get(k).owner();
            }
        }
        // 6. an article that resembles an earlier one as a whole. If little of it is new — no long
        // paragraph survived the segment checks, or they hold under NEW_REPORTING_SHARE of its words —
        // it is a republished copy (new headline, a reworded sentence, a dropped paragraph) and goes
        // whole. Otherwise it adds reporting to a story it repeats (a digest carrying a wire story, an
        // updated report): what it shares went above, its short lines go with the copy, and its new
        // paragraphs stay, whichever of the two arrived first.
        if (nearArticleOf != null) {
            int fresh = 0;
            for (int i = 0; i < n; i++) {
                if (reason[i] == null && blocks.get(i).words() >= settings.nearSegmentMinWords()) {
                    fresh += blocks.get(i).words();
                }
            }
            boolean copy = fresh < NEW_REPORTING_SHARE * part.articleWords;
            for (int i = 0; i < n; i++) {
                boolean kept = reason[i] == null;
                boolean duplicate = kept || reason[i].startsWith("duplicate:");
                if (copy ? duplicate : kept && blocks.get(i).words() < settings.nearSegmentMinWords()) {
                    reason[i] = "duplicate:near-article";
                    duplicateOf[i] = nearArticleOf;
                }
            }
        }
        return outcome(part.articleId, blocks, ids, reason, duplicateOf);
    }

    private static ArticleOutcome outcome(String articleId, List<Block> blocks, String[] ids, String[] reason,
            String[] duplicateOf) {
        List<KeptBlock> kept = new ArrayList<>();
        List<Drop> drops = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (reason[i] == null) {
                kept.add(new KeptBlock(blocks.get(i), ids[i]));
            } else {
                drops.add(new Drop(articleId, blocks.get(i).string(), reason[i], duplicateOf[i]));
            }
        }
        return new ArticleOutcome(kept, drops);
    }

    private static SegmentBatch batch(RawArticle article, String articleId, String parentId, boolean split,
            List<KeptBlock> kept) {
        StringBuilder text = new StringBuilder();
        List<Segment> segments = new ArrayList<>(kept.size());
        for (KeptBlock k : kept) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(k.block().string());
            segments.add(new Segment(k.id(), k.block().string(), start, text.length()));
        }
        String title = article.title();
        if (split || title == null) {
            Block first = kept.get(0).block();
            title = !first.endsLikeSentence() && first.words() <= 25 ? first.string() : article.title();
        }
        return new SegmentBatch(articleId, parentId, article.url(), article.outlet(), title, article.publishedAt(),
                article.language() == null ? "en" : article.language(), text.toString(), segments);
    }
}
