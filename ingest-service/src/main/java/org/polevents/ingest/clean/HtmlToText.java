package org.polevents.ingest.clean;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * HTML to plain text that keeps paragraph structure, so the rest of the pipeline treats pushed
 * HTML exactly like pushed text.
 *
 * <ul>
 *   <li>block elements (p, div, li, h1–h6, blockquote, figcaption, tr, ...) become paragraphs
 *       separated by a blank line; {@code br} becomes a line break;</li>
 *   <li>list items start with "• " so list structure survives (menus and tables of contents are
 *       lists, and the boilerplate rules use that);</li>
 *   <li>{@code article} and {@code hr} separate with two blank lines, which the article splitter
 *       reads as "another article starts here";</li>
 *   <li>elements that never hold article text (script, style, nav, ...) are dropped whole.</li>
 * </ul>
 *
 * <p>Offsets of the cleaned text index the text this class returns, not the HTML markup.
 * Thread-safe.
 */
public final class HtmlToText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "figcaption", "figure", "tr", "table", "ul", "ol", "dl", "dt", "dd", "pre", "section",
            "header", "main", "address", "caption", "summary", "details", "center", "body", "td", "th");
    private static final Set<String> ARTICLE_BREAKS = Set.of("article", "hr");

    private final Set<String> dropped;

    /** @param droppedElements lower-case tag names whose whole subtree is removed */
    public HtmlToText(Set<String> droppedElements) {
        this.dropped = Set.copyOf(droppedElements);
    }

    public static HtmlToText withDefaults() {
        return new HtmlToText(Set.of("script", "style", "noscript", "nav", "template", "svg", "iframe", "form",
                "button", "select", "input", "textarea", "head", "object", "embed", "canvas", "menu"));
    }

    public String convert(String html) {
        Document doc = Jsoup.parse(html);
        StringBuilder out = new StringBuilder(html.length() / 2);
        Element root = doc.body() != null ? doc.body() : doc;
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendText(out, text);
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element el) {
                    String tag = el.normalName().toLowerCase(Locale.ROOT);
                    if (dropped.contains(tag) || el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (ARTICLE_BREAKS.contains(tag)) {
                        breakLines(out, 3);
                    } else if (tag.equals("br")) {
                        breakLines(out, 1);
                    } else if (BLOCKS.contains(tag)) {
                        breakLines(out, 2);
                        if (tag.equals("li")) {
                            out.append("• ");
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (tag.equals("article")) {
                        breakLines(out, 3);
                    } else if (BLOCKS.contains(tag)) {
                        breakLines(out, 2);
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return out.toString().strip();
    }

    private static void appendText(StringBuilder out, TextNode text) {
        Element parent = text.parent();
        boolean pre = parent != null && parent.closest("pre") != null;
        String s = text.getWholeText();
        if (pre) {
            out.append(s);
            return;
        }
        // inline whitespace (including source line breaks) is one space, as a browser renders it
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    /** Makes the text end with at least {@code newlines} line breaks (never more than asked). */
    private static void breakLines(StringBuilder out, int newlines) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        if (end == 0) {
            return;
        }
        int have = 0;
        while (have < end && out.charAt(end - 1 - have) == '\n') {
            have++;
        }
        for (int i = have; i < newlines; i++) {
            out.append('\n');
        }
    }
}
