package org.polevents.ingest.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.polevents.ingest.boilerplate.Verdict;
import org.polevents.ingest.segment.Block;

/**
 * Finds where one glued article ends and the next begins.
 *
 * <p>Evidence of a boundary:
 * <ul>
 *   <li>a blank-line gap wider than the page uses between paragraphs: where paragraphs follow
 *       each other line by line, one blank line separates articles; where paragraphs are already
 *       separated by a blank line, it takes two;</li>
 *   <li>rule markers: after "keep reading"/"show less" toggles, before a lead-image credit, after
 *       an author bio that is followed by boilerplate;</li>
 * </ul>
 * A part with too little content to be an article (a headline, a lone paragraph, page furniture)
 * joins the part after it (or, at the end, the part before). Stateless.
 */
final class ArticleSplitter {
    private ArticleSplitter() {
    }

    /** Ranges {from, to} of block indices, covering all blocks in order. */
    static List<int[]> split(List<Block> blocks, List<Verdict> verdicts, int minParagraphs, int minChars) {
        int n = blocks.size();
        if (n == 0) {
            return List.of();
        }
        int gap = tightLayout(blocks, verdicts) ? 1 : 2;
        List<int[]> raw = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < n; i++) {
            boolean boundary = blocks.get(i).blankBefore() >= gap || verdicts.get(i).boundaryBefore()
                    || verdicts.get(i - 1).boundaryAfter();
            if (boundary) {
                raw.add(new int[] {start, i});
                start = i;
            }
        }
        raw.add(new int[] {start, n});

        List<int[]> merged = new ArrayList<>();
        int pending = 0;
        for (int[] part : raw) {
            if (substantial(blocks, verdicts, pending, part[1], minParagraphs, minChars)) {
                merged.add(new int[] {pending, part[1]});
                pending = part[1];
            }
        }
        if (pending < n) {
            if (merged.isEmpty()) {
                merged.add(new int[] {pending, n});
            } else {
                merged.get(merged.size() - 1)[1] = n;
            }
        }
        return merged;
    }

    /**
     * True when paragraphs mostly follow each other without a blank line, so that a blank line
     * means more than a paragraph break.
     */
    static boolean tightLayout(List<Block> blocks, List<Verdict> verdicts) {
        int tight = 0;
        int loose = 0;
        for (int i = 1; i < blocks.size(); i++) {
            if (!verdicts.get(i).isContent() || !verdicts.get(i - 1).isContent()) {
                continue;
            }
            if (blocks.get(i).blankBefore() == 0) {
                tight++;
            } else {
                loose++;
            }
        }
        return tight >= 2 && tight > loose;
    }

    private static boolean substantial(List<Block> blocks, List<Verdict> verdicts, int from, int to, int minParagraphs,
            int minChars) {
        int paragraphs = 0;
        int chars = 0;
        for (int i = from; i < to; i++) {
            if (verdicts.get(i).isContent()) {
                paragraphs++;
                chars += blocks.get(i).string().length();
            }
        }
        return paragraphs >= minParagraphs && chars >= minChars;
    }
}
