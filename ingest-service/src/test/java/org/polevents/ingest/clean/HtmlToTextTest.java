package org.polevents.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlToTextTest {
    private final HtmlToText html = HtmlToText.withDefaults();

    @Test
    void blocksBecomeParagraphsSeparatedByBlankLines() {
        String text = html.convert("<h1>Title</h1><p>First <b>bold</b>\n  para.</p><div>Second</div>");

        assertThat(text).isEqualTo("Title\n\nFirst bold para.\n\nSecond");
    }

    @Test
    void lineBreakIsOneNewline() {
        assertThat(html.convert("<p>Line one<br>Line two</p>")).isEqualTo("Line one\nLine two");
    }

    @Test
    void listItemsKeepABullet() {
        assertThat(html.convert("<ul><li>Home</li><li>World</li></ul>")).isEqualTo("• Home\n\n• World");
    }

    @Test
    void scriptsStylesAndNavigationAreDropped() {
        String text = html.convert("<html><head><style>p{color:red}</style></head><body>"
                + "<nav><a>Home</a></nav><script>track()</script><p>Story &amp; text.</p><noscript>x</noscript></body></html>");

        assertThat(text).isEqualTo("Story & text.");
    }

    @Test
    void separateArticleElementsAreSeparatedByTwoBlankLines() {
        assertThat(html.convert("<article><p>One.</p></article><article><p>Two.</p></article>"))
                .isEqualTo("One.\n\n\nTwo.");
    }
}
