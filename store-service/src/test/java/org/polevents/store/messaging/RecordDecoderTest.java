package org.polevents.store.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.store.Events;

class RecordDecoderTest {
    private final ObjectMapper json = new ObjectMapper();
    private final RecordDecoder decoder = new RecordDecoder(json);

    @Test
    void readsAContractEvent() throws Exception {
        PoliticalEvent e = Events.consult("e1", "a1", "2025-01-06");
        assertThat(decoder.event(json.writeValueAsString(e))).isEqualTo(e);
    }

    @Test
    void normalisesTheTypeCase() throws Exception {
        PoliticalEvent e = Events.consult("e1", "a1", "2025-01-06");
        String lower = json.writeValueAsString(e).replace("\"CONSULT\"", "\"consult\"");
        assertThat(decoder.event(lower).type()).isEqualTo("CONSULT");
    }

    @Test
    void ignoresUnknownFields() throws Exception {
        PoliticalEvent e = Events.consult("e1", "a1", "2025-01-06");
        String extra = json.writeValueAsString(e).replaceFirst("\\{", "{\"future\":1,");
        assertThat(decoder.event(extra)).isEqualTo(e);
    }

    @Test
    void unreadableRecordsAreUnprocessableWithAReason() {
        assertThatThrownBy(() -> decoder.event("{not json")).isInstanceOf(UnprocessableRecord.class)
                .hasMessageContaining("not a valid PoliticalEvent");
        assertThatThrownBy(() -> decoder.event(null)).isInstanceOf(UnprocessableRecord.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> decoder.event("null")).isInstanceOf(UnprocessableRecord.class);
        assertThatThrownBy(() -> decoder.event("{\"id\":\"x\",\"type\":\"CONSULT\"}"))
                .isInstanceOf(UnprocessableRecord.class).hasMessageContaining("missing required field 'articleId'");
    }

    @Test
    void semanticallyBadEventsAreUnprocessable() throws Exception {
        String good = json.writeValueAsString(Events.consult("e1", "a1", "2025-01-06"));
        assertThatThrownBy(() -> decoder.event(good.replace("\"CONSULT\"", "\"PARTY\"")))
                .hasMessageContaining("not a PLOVER type");
        assertThatThrownBy(() -> decoder.event(good.replace("\"start\":25", "\"start\":-1")))
                .hasMessageContaining("evidence offsets");
        assertThatThrownBy(() -> decoder.event(good.replace("\"id\":\"e1\"", "\"id\":\" \"")))
                .hasMessageContaining("id is blank");
    }

    @Test
    void readsTheSegmentBatchFixture() throws Exception {
        String fixture = """
                {"articleId": "a1", "parentId": "a1", "url": "https://example.org/news/1", "outlet": "example.org",
                 "title": "Envoys meet in Tashkent", "publishedAt": "2025-01-07T09:00:00Z", "language": "en",
                 "text": "Envoys meet in Tashkent\\n\\nEnvoys met Taliban officials in Tashkent on Monday.",
                 "segments": [{"id": "a1#0", "text": "Envoys meet in Tashkent", "start": 0, "end": 23}]}""";
        assertThat(decoder.article(fixture).segments()).hasSize(1);
        assertThatThrownBy(() -> decoder.article("{\"articleId\":\"a\"}")).isInstanceOf(UnprocessableRecord.class)
                .hasMessageContaining("text");
    }

    @Test
    void readsTheContractsFixtureIfPresent() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/political-event.json")) {
            if (in != null) {
                assertThat(decoder.event(new String(in.readAllBytes(), StandardCharsets.UTF_8)).id()).isEqualTo("ev-1");
            }
        }
    }
}
