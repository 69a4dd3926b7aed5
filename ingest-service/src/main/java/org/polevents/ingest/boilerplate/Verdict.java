package org.polevents.ingest.boilerplate;

/**
 * What the filter decided about one block.
 *
 * @param kind           content paragraph, short line (headline, heading, dateline) or boilerplate
 * @param reason         for boilerplate, {@code "boilerplate:<rule>"}; else null
 * @param related        index of the block this one repeats (pull-quote, caption), or -1
 * @param boundaryBefore a new article starts at this block
 * @param boundaryAfter  a new article starts after this block
 */
public record Verdict(Kind kind, String reason, int related, boolean boundaryBefore, boolean boundaryAfter) {

    public enum Kind { CONTENT, SHORT, BOILERPLATE }

    public boolean isBoilerplate() {
        return kind == Kind.BOILERPLATE;
    }

    public boolean isContent() {
        return kind == Kind.CONTENT;
    }
}
