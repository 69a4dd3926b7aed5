package org.polevents.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixturesRoundTripTest {
    private final ObjectMapper json = new ObjectMapper();

    private <T> T read(String name, Class<T> type) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
            return json.readValue(in, type);
        }
    }

    @Test
    void rawArticleIgnoresUnknownFieldsAndRoundTrips() throws IOException {
        RawArticle a = read("raw-article.json", RawArticle.class);
        assertThat(a.id()).isEqualTo("a1");
        assertThat(a.isHtml()).isFalse();
        assertThat(json.readValue(json.writeValueAsString(a), RawArticle.class)).isEqualTo(a);
    }

    @Test
    void segmentOffsetsIndexTheCleanedText() throws IOException {
        SegmentBatch b = read("segment-batch.json", SegmentBatch.class);
        for (Segment s : b.segments()) {
            assertThat(b.text().substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(json.readValue(json.writeValueAsString(b), SegmentBatch.class)).isEqualTo(b);
    }

    @Test
    void eventRoundTripsWithNestedRecords() throws IOException {
        PoliticalEvent e = read("political-event.json", PoliticalEvent.class);
        assertThat(e.target().org()).isEqualTo("Taliban");
        assertThat(e.location().lat()).isEqualTo(41.26);
        assertThat(json.readValue(json.writeValueAsString(e), PoliticalEvent.class)).isEqualTo(e);
    }

    @Test
    void segmentRejectsInvertedOffsets() {
        assertThatThrownBy(() -> new Segment("x#0", "t", 5, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void batchCopiesItsSegmentList() {
        var list = new java.util.ArrayList<>(List.of(new Segment("x#0", "t", 0, 1)));
        SegmentBatch b = new SegmentBatch("x", "x", null, null, null, null, "en", "t", list);
        list.clear();
        assertThat(b.segments()).hasSize(1);
    }

    @Test
    void derivedIdDependsOnContentOnly() {
        RawArticle a = RawArticle.ofText(null, "Envoys met in Tashkent.").withDerivedId();
        RawArticle b = RawArticle.ofText(null, "Envoys met in Tashkent.").withDerivedId();
        RawArticle c = RawArticle.ofText(null, "Envoys met in Doha.").withDerivedId();
        assertThat(a.id()).isEqualTo(b.id()).isNotEqualTo(c.id()).matches("a[0-9a-f]{16}");
        assertThat(RawArticle.ofText("given", "x").withDerivedId().id()).isEqualTo("given");
    }
}
