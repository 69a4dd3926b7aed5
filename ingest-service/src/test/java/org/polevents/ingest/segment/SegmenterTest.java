package org.polevents.ingest.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    @Test
    void oneBlockPerLineWithBlankLinesCounted() {
        List<Block> blocks = Segmenter.blocks("Headline\n\nFirst paragraph.\r\nSecond paragraph.\n\n\n\nNext story.");

        assertThat(blocks).extracting(Block::string)
                .containsExactly("Headline", "First paragraph.", "Second paragraph.", "Next story.");
        assertThat(blocks).extracting(Block::blankBefore).containsExactly(0, 1, 0, 3);
    }

    @Test
    void bulletIsRemovedAndRemembered() {
        List<Block> blocks = Segmenter.blocks("  • USD99.87\n- Kabul\nPlain");

        assertThat(blocks).extracting(Block::string).containsExactly("USD99.87", "Kabul", "Plain");
        assertThat(blocks).extracting(Block::listItem).containsExactly(true, true, false);
    }

    @Test
    void hardWrappedLinesAreJoinedIntoOneParagraph() {
        List<Block> blocks = Segmenter.blocks("The Taliban said on Sunday that a delegation would\n"
                + "travel to Moscow next week for talks.\nA second paragraph.");

        assertThat(blocks).extracting(Block::string).containsExactly(
                "The Taliban said on Sunday that a delegation would travel to Moscow next week for talks.",
                "A second paragraph.");
    }

    @Test
    void blockOffsetsPointIntoTheSource() {
        String source = "Title\n\n  Envoys  met in Doha.\n";
        Block b = Segmenter.blocks(source).get(1);

        assertThat(source.substring(b.text().sourceStart(), b.text().sourceEnd())).isEqualTo("Envoys  met in Doha.");
    }
}
