package org.polevents.ingest.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.polevents.ingest.segment.Block;
import org.polevents.ingest.segment.Segmenter;

class BoilerplateFilterTest {
    private static final String LEAD = "Pakistan closed the Torkham border crossing on Tuesday after guards exchanged "
            + "fire with Taliban forces, officials in Khyber province said.";
    private static final String BODY = "Hundreds of trucks carrying fruit and coal were stranded on both sides of the "
            + "border, and traders said they were losing thousands of dollars a day.";

    private final BoilerplateFilter filter = new BoilerplateFilter(BoilerplateRules.defaults(), 0.8, 12);

    private List<Verdict> classify(String text) {
        return filter.classify(Segmenter.blocks(text));
    }

    /** The verdict of {@code line} placed between two paragraphs of an article. */
    private Verdict middle(String line) {
        return classify("Border Crossing Closed\n" + LEAD + "\n" + line + "\n" + BODY).get(2);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            FILE PHOTO: Afghan border guards stand at the Torkham crossing, Afghanistan, May 2, 2023. REUTERS/Staff | photo-credit
            Top image credit: Pakistani soldiers at the border. Shutterstock | lead-image-credit
            Lead photo: Torkham gate at dusk | lead-image-credit
            Afghan traders wait at the crossing (Photo: Jane Doe via shutterstock.com) | photo-credit
            Traders wait at the gate. Mandatory Credit: ABC News via CNP | photo-credit
            keep readingShow less | keep-reading
            Continue reading | keep-reading
            Subscribe now to our daily briefing and never miss a story from the region | subscribe
            Subscribe to our weekly digest | subscribe
            Sign up for our newsletter | subscribe
            Share. | share
            Share this article | share
            Facebook Twitter WhatsApp Telegram | share
            Leave A Reply | comments
            12 Comments | comments
            Exit mobile version | site-navigation
            Skip to content | site-navigation
            Related: Taliban reopen Spin Boldak crossing after talks | related-link
            Follow us on Telegram | follow
            DONATE | donate
            Your browser is outdated and cannot display this site correctly. Please update your browser. | browser-notice
            Chrome Firefox Safari Edge | browser-notice
            This website uses cookies to improve your experience. | cookie-notice
            © 2025 Frontier Post. All rights reserved. | copyright
            USD 99.87 | ticker
            EUR104.23 | ticker
            1 204 | counter
            EN / RU | language-switch
            WORLD | menu
            OPINION ANALYSIS | menu
            Table of Contents | table-of-contents
            """)
    void lineRuleDropsWidgetWithItsReason(String line, String rule) {
        Verdict v = middle(line);

        assertThat(v.isBoilerplate()).as(line).isTrue();
        assertThat(v.reason()).isEqualTo("boilerplate:" + rule);
    }

    @Test
    void navigationBarsAndTickerStripsAreDropped() {
        assertThat(middle("Home | World | Politics | Business | Opinion | Subscribe").reason()).isEqualTo("boilerplate:menu-bar");
        assertThat(middle("News • Sport • Central Asia • Middle East").reason()).isEqualTo("boilerplate:menu-bar");
        assertThat(middle("USD 1.0842 ▲ EUR 0.9221 ▼ GBP 0.7893 ▲").reason()).isEqualTo("boilerplate:ticker-strip");
        assertThat(middle("BRENT 82.10 +1.2% WTI 78.40 -0.4%").reason()).isEqualTo("boilerplate:ticker-strip");
        // a sentence with a pipe in it is not a menu
        assertThat(middle("Talks in Doha | Day two: delegations met again on Tuesday and agreed to continue.").isContent()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Officials said the crossing would reopen once talks in Peshawar concluded, possibly by Friday.
            Share prices of Pakistani logistics firms fell sharply after the closure was announced on Tuesday afternoon.
            The Taliban's spokesman said a subscription to peace was the only way forward for both neighbours.
            Photographs published by local media showed burning vehicles near the gate.
            """)
    void contentMentioningWidgetWordsIsKept(String line) {
        assertThat(middle(line).isContent()).isTrue();
    }

    @Test
    void headlineBeforeTheStoryIsKept() {
        List<Verdict> v = classify("WORLD\nBorder Crossing Closed After Clashes\nShare\n" + LEAD + "\n" + BODY);

        assertThat(v.get(1).kind()).isEqualTo(Verdict.Kind.SHORT);
        assertThat(v.get(2).reason()).isEqualTo("boilerplate:share");
    }

    @Test
    void shortLineStrandedBetweenBoilerplateIsDropped() {
        List<Verdict> v = classify(LEAD + "\n" + BODY + "\nSubscribe to our weekly digest\nMore from the region\n");

        assertThat(v.get(3).reason()).isEqualTo("boilerplate:stray-short-line");
    }

    @Test
    void lineInAnotherScriptThanThePageIsDropped() {
        List<Verdict> v = classify(LEAD + "\nК сожалению, ваш браузер устарел.\n" + BODY);

        assertThat(v.get(1).reason()).isEqualTo("boilerplate:foreign-script");
        assertThat(v.get(0).isContent()).isTrue();
    }

    @Test
    void sentenceInAnotherLatinScriptLanguageIsDropped() {
        Verdict v = middle("Die Regierung in Islamabad schloss den Grenzübergang nach heftigen Gefechten.");

        assertThat(v.reason()).isEqualTo("boilerplate:non-english");
    }

    @Test
    void longLineWithoutFunctionWordsIsAKeywordList() {
        Verdict v = middle("Pakistan Afghanistan Torkham Khyber Taliban border trade trucks coal fruit Peshawar Kabul");

        assertThat(v.reason()).isEqualTo("boilerplate:keyword-list");
    }

    @Test
    void captionPrintedTwiceIsDroppedBothTimes() {
        List<Verdict> v = classify(LEAD + "\nTrucks queue at the Torkham gate\nTrucks queue at the Torkham gate\n" + BODY);

        assertThat(v.get(1).reason()).isEqualTo("boilerplate:image-caption");
        assertThat(v.get(2).reason()).isEqualTo("boilerplate:image-caption");
        assertThat(v.get(2).related()).isEqualTo(1);
    }

    @Test
    void tableOfContentsWhoseEntriesReappearAsHeadingsIsDroppedAndHeadingsKept() {
        String page = """
                Contents
                • The closure
                • Who loses
                • What comes next

                The closure

                %s

                Who loses

                %s

                What comes next

                Talks are expected in Peshawar later this week, with Chinese diplomats offering to mediate.
                """.formatted(LEAD, BODY);
        List<Block> blocks = Segmenter.blocks(page);
        List<Verdict> v = filter.classify(blocks);

        assertThat(v.subList(0, 4)).extracting(Verdict::reason).containsOnly("boilerplate:table-of-contents");
        assertThat(v.get(4).isBoilerplate()).isFalse();
        assertThat(blocks.get(4).string()).isEqualTo("The closure");
        assertThat(v.get(6).isBoilerplate()).isFalse();
    }

    @Test
    void pullQuoteRepeatingPartOfANearbyParagraphIsDropped() {
        List<Verdict> v = classify(LEAD + "\n\nHundreds of trucks carrying fruit and coal were stranded on both sides"
                + "\n\n" + BODY);

        assertThat(v.get(1).reason()).isEqualTo("boilerplate:pull-quote");
        assertThat(v.get(1).related()).isEqualTo(2);
    }

    @Test
    void pullQuoteWithASmallEditIsStillAPullQuote() {
        List<Verdict> v = classify(LEAD + "\n\nHundreds of trucks carrying coal were stranded on both sides\n\n" + BODY);

        assertThat(v.get(1).reason()).isEqualTo("boilerplate:pull-quote");
    }

    @Test
    void keepReadingMarkerEndsAnArticle() {
        List<Verdict> v = classify(LEAD + "\nkeep reading\n" + BODY);

        assertThat(v.get(1).boundaryAfter()).isTrue();
    }

    @Test
    void authorBioFollowedByBoilerplateEndsAnArticleAndIsKept() {
        List<Verdict> v = classify(LEAD + "\nJane Doe is a senior fellow at the Institute for Regional Studies.\n"
                + "FILE PHOTO: a gate. REUTERS/Staff\n" + BODY);

        assertThat(v.get(1).isContent()).isTrue();
        assertThat(v.get(1).boundaryAfter()).isTrue();
    }

    @Test
    void authorBioInsideTheStoryIsNotABoundary() {
        List<Verdict> v = classify(LEAD + "\nJane Doe is a senior fellow at the Institute for Regional Studies.\n" + BODY);

        assertThat(v.get(1).boundaryAfter()).isFalse();
    }
}
