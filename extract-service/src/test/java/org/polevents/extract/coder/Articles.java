package org.polevents.extract.coder;

import java.util.ArrayList;
import java.util.List;
import org.polevents.contracts.Segment;
import org.polevents.contracts.SegmentBatch;

/** Builds segment batches from paragraphs the way the ingest service does. */
public final class Articles {
    private Articles() {
    }

    public static SegmentBatch of(String id, String publishedAt, String... paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Segment> segments = new ArrayList<>();
        for (String p : paragraphs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(p);
            segments.add(new Segment(id + "#" + segments.size(), p, start, text.length()));
        }
        return new SegmentBatch(id, id, null, "test", null, publishedAt, "en", text.toString(), segments);
    }
}
