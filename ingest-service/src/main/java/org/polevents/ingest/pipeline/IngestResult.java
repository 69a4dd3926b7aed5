package org.polevents.ingest.pipeline;

import java.util.List;
import org.polevents.contracts.SegmentBatch;

/**
 * What became of one pushed article.
 *
 * @param kept  one batch per (split) article that kept at least one segment, in text order
 * @param drops every segment not kept, in text order, with its reason
 */
public record IngestResult(List<SegmentBatch> kept, List<Drop> drops) {
    public IngestResult {
        kept = List.copyOf(kept);
        drops = List.copyOf(drops);
    }
}
