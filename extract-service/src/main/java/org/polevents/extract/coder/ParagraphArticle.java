package org.polevents.extract.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.polevents.contracts.Segment;
import org.polevents.contracts.SegmentBatch;

/**
 * Plain text as the coder's input without ingest-service: each non-blank line is a paragraph
 * (a segment), and the article text is the paragraphs joined by blank lines, which the segments'
 * and the events' evidence offsets index.
 */
public final class ParagraphArticle {
    private ParagraphArticle() {
    }

    /**
     * @param seen paragraphs already taken from earlier texts, skipped here and added to as this one is
     *             read (several files coded as one run); {@code null} keeps every paragraph
     */
    public static SegmentBatch of(String id, String outlet, String publishedAt, String text, Set<String> seen) {
        StringBuilder joined = new StringBuilder();
        List<Segment> segments = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String p = line.strip();
            if (p.isEmpty() || (seen != null && !seen.add(p))) {
                continue;
            }
            if (joined.length() > 0) {
                joined.append("\n\n");
            }
            int start = joined.length();
            joined.append(p);
            segments.add(new Segment(id + "#" + segments.size(), p, start, joined.length()));
        }
        return new SegmentBatch(id, id, null, outlet, null, publishedAt, "en", joined.toString(), segments);
    }
}
