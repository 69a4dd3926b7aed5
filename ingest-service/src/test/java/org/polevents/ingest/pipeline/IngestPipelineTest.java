package org.polevents.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.polevents.ingest.pipeline.Articles.FLOUR_EXPORTS;
import static org.polevents.ingest.pipeline.Articles.RAIL_DEAL;
import static org.polevents.ingest.pipeline.Articles.RAIL_DEAL_ANALYSIS;
import static org.polevents.ingest.pipeline.Articles.RAIL_DEAL_REPUBLISHED;
import static org.polevents.ingest.pipeline.Articles.fromOutlet;
import static org.polevents.ingest.pipeline.Articles.text;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.polevents.contracts.RawArticle;
import org.polevents.contracts.Segment;
import org.polevents.contracts.SegmentBatch;
import org.polevents.ingest.dedup.SeenStore;

class IngestPipelineTest {
    private static final Instant T0 = Instant.parse("2025-01-15T08:00:00Z");

    private final SeenStore store = SeenStore.inMemory();
    private final IngestPipeline pipeline = IngestPipeline.create(PipelineSettings.defaults(), store,
            Clock.fixed(T0, ZoneOffset.UTC));

    private static List<String> keptTexts(IngestResult r) {
        return r.kept().stream().flatMap(b -> b.segments().stream()).map(Segment::text).toList();
    }

    @Test
    void keepsEveryParagraphOfAFreshArticle() {
        IngestResult r = pipeline.process(text("rail-1", RAIL_DEAL));

        assertThat(r.kept()).hasSize(1);
        SegmentBatch batch = r.kept().get(0);
        assertThat(batch.articleId()).isEqualTo("rail-1");
        assertThat(batch.parentId()).isEqualTo("rail-1");
        assertThat(batch.segments()).hasSize(8);
        assertThat(batch.segments().get(0).text()).isEqualTo("Uzbekistan and Taliban Sign Deal on Trans-Afghan Railway Survey");
        assertThat(batch.segments().get(0).id()).isEqualTo("rail-1#0");
        assertThat(r.drops()).isEmpty();
    }

    @Test
    void segmentOffsetsIndexTheCleanedText() {
        SegmentBatch batch = pipeline.process(text("rail-1", RAIL_DEAL)).kept().get(0);

        for (Segment s : batch.segments()) {
            assertThat(batch.text().substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(batch.text()).startsWith(batch.segments().get(0).text() + "\n\n" + batch.segments().get(1).text());
    }

    @Test
    void sameArticleFromAnotherOutletIsDroppedAsDuplicateOfTheFirst() {
        pipeline.process(fromOutlet("a", "outlet-one", RAIL_DEAL));
        IngestResult second = pipeline.process(fromOutlet("b", "outlet-two", RAIL_DEAL));

        assertThat(second.kept()).isEmpty();
        assertThat(second.drops()).hasSize(8).allSatisfy(d -> {
            assertThat(d.reason()).isEqualTo("duplicate:near-article");
            assertThat(d.duplicateOf()).isEqualTo("a");
        });
    }

    @Test
    void republishedWireStoryWithNewHeadlineRewordedSentenceAndDroppedParagraphIsNearDuplicate() {
        pipeline.process(text("original", RAIL_DEAL));
        IngestResult copy = pipeline.process(text("copy", RAIL_DEAL_REPUBLISHED));

        assertThat(copy.kept()).isEmpty();
        assertThat(copy.drops()).extracting(Drop::reason).containsOnly("duplicate:near-article");
        assertThat(copy.drops()).extracting(Drop::duplicateOf).containsOnly("original");
    }

    @Test
    void digestCarryingAnEarlierStoryKeepsItsOwnReportingAndLosesTheRepeat() {
        // the digest repeats the rail story after its own lead story, with no visible break between them
        String digest = FLOUR_EXPORTS.strip() + "\n" + RAIL_DEAL.lines().skip(1).reduce((a, b) -> a + "\n" + b).orElseThrow();
        pipeline.process(text("rail", RAIL_DEAL));
        IngestResult r = pipeline.process(text("digest", digest));

        List<String> kept = keptTexts(r);
        assertThat(kept).anyMatch(t -> FLOUR_EXPORTS.contains(t) && t.split(" ").length >= 12);
        assertThat(kept).noneMatch(RAIL_DEAL::contains);
    }

    @Test
    void storyPublishedAfterADigestThatCarriedItIsDroppedWhole() {
        String digest = FLOUR_EXPORTS.strip() + "\n" + RAIL_DEAL.lines().skip(1).reduce((a, b) -> a + "\n" + b).orElseThrow();
        pipeline.process(text("digest", digest));
        IngestResult r = pipeline.process(text("rail", RAIL_DEAL));

        assertThat(r.kept()).isEmpty();
    }

    @Test
    void differentArticlesOnTheSameTopicAreNotMerged() {
        pipeline.process(text("news", RAIL_DEAL));
        IngestResult analysis = pipeline.process(text("analysis", RAIL_DEAL_ANALYSIS));

        assertThat(analysis.drops()).isEmpty();
        assertThat(keptTexts(analysis)).hasSize(6);
    }

    @Test
    void paragraphCopiedIntoAnotherArticleIsDroppedThereOnly() {
        String roundup = "Regional roundup\n\n" + FLOUR_EXPORTS.lines().findFirst().orElseThrow()
                + "\nKazakhstan said on Friday it would raise wheat export quotas for the first quarter of 2025, "
                + "citing a strong harvest in its northern regions.\n"
                + "Tajikistan reported a sharp rise in fuel imports from Iran, which now supplies most of the diesel "
                + "sold in Dushanbe.\n";
        pipeline.process(text("flour", FLOUR_EXPORTS));
        IngestResult r = pipeline.process(text("roundup", roundup));

        assertThat(r.drops()).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo("duplicate:exact-segment");
            assertThat(d.duplicateOf()).isEqualTo("flour#0");
        });
        assertThat(keptTexts(r)).hasSize(3);
    }

    @Test
    void paragraphWithAWordChangedIsNearDuplicateSegment() {
        String first = FLOUR_EXPORTS.lines().toList().get(1);
        String edited = first.replace("had doubled", "have doubled");
        pipeline.process(text("flour", FLOUR_EXPORTS));
        IngestResult r = pipeline.process(text("other", "Grain markets\n\n" + edited + "\n"
                + "Wheat prices in Kabul fell by a tenth in December as shipments from the north increased, "
                + "according to traders in the city's main bazaar.\n"));

        assertThat(r.drops()).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo("duplicate:near-segment");
            assertThat(d.duplicateOf()).isEqualTo("flour#1");
        });
    }

    @Test
    void paragraphPrintedTwiceInOneArticleKeepsTheFirst() {
        String body = "Envoys met in Doha on Sunday to discuss the reopening of embassies in Kabul, diplomats said.\n\n"
                + "Envoys met in Doha on Sunday to discuss the reopening of embassies in Kabul, diplomats said.\n"
                + "The Taliban delegation was led by the acting foreign minister, who asked for the release of frozen "
                + "central bank reserves.\n";
        IngestResult r = pipeline.process(text("doha", body));

        assertThat(keptTexts(r)).hasSize(2);
        assertThat(r.drops()).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo("duplicate:repeated-in-article");
            assertThat(d.duplicateOf()).isEqualTo("doha#0");
        });
    }

    @Test
    void gluedArticlesAreSplitWithIdsDerivedFromTheParent() {
        String glued = RAIL_DEAL.strip() + "\nkeep readingShow less\n" + FLOUR_EXPORTS;
        IngestResult r = pipeline.process(text("glued", glued));

        assertThat(r.kept()).extracting(SegmentBatch::articleId).containsExactly("glued-1", "glued-2");
        assertThat(r.kept()).extracting(SegmentBatch::parentId).containsOnly("glued");
        assertThat(r.kept().get(1).segments().get(0).text()).startsWith("Russia's agriculture ministry");
        assertThat(r.kept().get(1).segments().get(0).id()).isEqualTo("glued-2#0");
        assertThat(r.drops()).singleElement().extracting(Drop::reason).isEqualTo("boilerplate:keep-reading");
    }

    @Test
    void blankLineSeparatesArticlesWhenParagraphsAreOnConsecutiveLines() {
        String glued = FLOUR_EXPORTS + "\n" + RAIL_DEAL.lines().skip(2).reduce("", (a, b) -> a + b + "\n");
        IngestResult r = pipeline.process(text("two", glued));

        assertThat(r.kept()).hasSize(2);
        assertThat(r.kept().get(1).segments().get(0).text()).startsWith("Uzbekistan and the Taliban administration");
    }

    @Test
    void headlineAndLoneFirstParagraphStayWithTheirArticle() {
        String body = "Taliban Hosts Belarus Envoy\n\nThe Taliban said on Sunday a Belarusian deputy foreign minister "
                + "had arrived in Kabul.\n\n" + FLOUR_EXPORTS;
        IngestResult r = pipeline.process(text("visit", body));

        assertThat(r.kept()).hasSize(1);
        assertThat(r.kept().get(0).articleId()).isEqualTo("visit");
    }

    @Test
    void articleWithoutIdGetsOneDerivedFromItsContent() {
        IngestResult a = IngestPipeline.create(PipelineSettings.defaults(), SeenStore.inMemory(), Clock.systemUTC())
                .process(text(null, FLOUR_EXPORTS));
        IngestResult b = IngestPipeline.create(PipelineSettings.defaults(), SeenStore.inMemory(), Clock.systemUTC())
                .process(text(null, FLOUR_EXPORTS));

        assertThat(a.kept().get(0).articleId()).isEqualTo(b.kept().get(0).articleId())
                .isEqualTo(RawArticle.ofText(null, FLOUR_EXPORTS).withDerivedId().id());
    }

    @Test
    void redeliveredArticleGivesTheSameResultInsteadOfDuplicatingItself() {
        IngestResult first = pipeline.process(text("rail-1", RAIL_DEAL));
        IngestResult again = pipeline.process(text("rail-1", RAIL_DEAL));

        assertThat(again).isEqualTo(first);
    }

    @Test
    void segmentEveryArticleOfAnOutletCarriesIsReportedAsOutletBoilerplate() {
        String blurb = "\nThe Kabul Monitor is an independent newsroom funded by its readers across the region.\n";
        pipeline.process(fromOutlet("m1", "Kabul Monitor", FLOUR_EXPORTS + blurb));
        pipeline.process(fromOutlet("m2", "Kabul Monitor", RAIL_DEAL_ANALYSIS + blurb));
        IngestResult third = pipeline.process(fromOutlet("m3", "Kabul Monitor", RAIL_DEAL + blurb));

        assertThat(third.drops()).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo("boilerplate:outlet-repeated");
            assertThat(d.duplicateOf()).isEqualTo("m1#4");
        });
    }

    @Test
    void htmlArticleIsCleanedLikeText() {
        String html = """
                <html><head><title>t</title><script>var x = 1;</script><style>p{}</style></head>
                <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <h1>Russia Removes Taliban From Terror List</h1>
                <p>Russia's Supreme Court on Thursday lifted the ban on the Taliban, removing the movement from the \
                country's list of terrorist organisations, prosecutors said.</p>
                <p>Moscow had designated the Taliban a terrorist group in 2003 but has hosted its delegations at \
                economic forums in Kazan and St. Petersburg since 2022.</p>
                <figure><img src="x.jpg"><figcaption>Photo: Reuters</figcaption></figure>
                <p>Share</p>
                </body></html>""";
        IngestResult r = pipeline.process(new RawArticle("h1", null, null, null, null, "en", "text/html; charset=utf-8",
                html));

        assertThat(keptTexts(r)).containsExactly("Russia Removes Taliban From Terror List",
                "Russia's Supreme Court on Thursday lifted the ban on the Taliban, removing the movement from the "
                        + "country's list of terrorist organisations, prosecutors said.",
                "Moscow had designated the Taliban a terrorist group in 2003 but has hosted its delegations at "
                        + "economic forums in Kazan and St. Petersburg since 2022.");
        assertThat(r.drops()).extracting(Drop::reason).containsExactly("boilerplate:photo-credit", "boilerplate:share");
    }

    @Test
    void emptyBodyIsUnparseable() {
        assertThatThrownBy(() -> pipeline.process(text("e", "  \n\t ")))
                .isInstanceOf(UnparseableArticle.class).hasMessageContaining("no body");
    }

    @Test
    void markupWithoutTextIsUnparseable() {
        RawArticle markup = new RawArticle("m", null, null, null, null, "en", RawArticle.TEXT_HTML,
                "<html><body><script>x()</script><div> </div></body></html>");
        assertThatThrownBy(() -> pipeline.process(markup))
                .isInstanceOf(UnparseableArticle.class).hasMessageContaining("no text");
    }

    @Test
    void binaryBodyIsUnparseable() {
        assertThatThrownBy(() -> pipeline.process(text("b", "PK\u0003\u0004\u0000\u0000\u0008\u0000binary")))
                .isInstanceOf(UnparseableArticle.class).hasMessageContaining("not text");
    }

    @Test
    void unsupportedContentTypeIsUnparseable() {
        RawArticle pdf = new RawArticle("p", null, null, null, null, "en", "application/pdf", "%PDF-1.7 ...");
        assertThatThrownBy(() -> pipeline.process(pdf))
                .isInstanceOf(UnparseableArticle.class).hasMessageContaining("application/pdf");
    }

    @Test
    void duplicatesAreForgottenAfterTheRetentionWindow() {
        AtomicReference<Instant> now = new AtomicReference<>(T0);
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        IngestPipeline p = IngestPipeline.create(PipelineSettings.defaults().withRetention(Duration.ofDays(7)),
                SeenStore.inMemory(), clock);
        p.process(text("old", FLOUR_EXPORTS));
        now.set(T0.plus(Duration.ofDays(3)));
        assertThat(p.process(text("soon", FLOUR_EXPORTS)).kept()).isEmpty();

        now.set(T0.plus(Duration.ofDays(11)));
        assertThat(p.process(text("later", FLOUR_EXPORTS)).kept()).hasSize(1);
    }

    @Test
    void concurrentCopiesOfOneArticleAreKeptExactlyOnce() throws Exception {
        int threads = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<IngestResult>> results = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String id = "copy-" + t;
                results.add(pool.submit(() -> {
                    start.await();
                    return pipeline.process(fromOutlet(id, "outlet-" + id, RAIL_DEAL));
                }));
            }
            start.countDown();
            int keptArticles = 0;
            for (java.util.concurrent.Future<IngestResult> f : results) {
                keptArticles += f.get().kept().size();
            }
            assertThat(keptArticles).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
