package org.polevents.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.polevents.contracts.Evidence;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.store.Events;

class ExportWritersTest {
    private final ObjectMapper json = new ObjectMapper();

    private String export(ExportFormat format, List<PoliticalEvent> events) throws Exception {
        StringWriter out = new StringWriter();
        EventExportWriter w = format.writer(json);
        w.begin(out);
        for (PoliticalEvent e : events) {
            w.event(out, e);
        }
        w.end(out);
        return out.toString();
    }

    private static PoliticalEvent tricky() {
        PoliticalEvent e = Events.consult("e1", "a1", "2025-01-06");
        return new PoliticalEvent(e.id(), e.articleId(), e.outlet(), e.url(), e.publishedAt(), e.type(), e.mode(),
                e.cameo(), e.source(), e.target(), e.location(), e.date(), e.datePrecision(), e.status(), null,
                new Evidence("=cmd said \"no\",\tthen\nleft", 0, 10), 0.5, "v1", 3);
    }

    @Test
    void jsonLinesRoundTripTheContract() throws Exception {
        PoliticalEvent e = Events.consult("e1", "a1", "2025-01-06");
        String out = export(ExportFormat.JSONL, List.of(e, e));
        assertThat(out.lines()).hasSize(2);
        assertThat(json.readValue(out.lines().findFirst().orElseThrow(), PoliticalEvent.class)).isEqualTo(e);
    }

    @Test
    void csvQuotesAndDefusesFormulas() throws Exception {
        String out = export(ExportFormat.CSV, List.of(tricky()));
        String[] rows = out.split("\r\n");
        assertThat(rows[0]).startsWith("id,articleId,outlet").endsWith("coderVersion,mentions");
        assertThat(rows[0].split(",")).hasSize(CsvWriter.HEADER.size());
        assertThat(out).contains("\"'=cmd said \"\"no\"\",\tthen\nleft\"");
        assertThat(out).contains(",USA,GOV,").contains(",41.26,69.22,").endsWith(",0.5,v1,3\r\n");
    }

    @Test
    void gdeltRowsHaveTheCodebookColumns() throws Exception {
        String out = export(ExportFormat.GDELT, List.of(tricky()));
        String[] lines = out.split("\n");
        assertThat(lines).hasSize(2);
        String[] header = lines[0].split("\t", -1);
        String[] row = lines[1].split("\t", -1);
        assertThat(header).hasSize(61);
        assertThat(row).hasSize(61);
        assertThat(cell(header, row, "SQLDATE")).isEqualTo("20250106");
        assertThat(cell(header, row, "MonthYear")).isEqualTo("202501");
        assertThat(cell(header, row, "Actor1Code")).isEqualTo("USAGOV");
        assertThat(cell(header, row, "Actor2Code")).isEqualTo("AFGTALGOV");
        assertThat(cell(header, row, "Actor2KnownGroupCode")).isEqualTo("TAL");
        assertThat(cell(header, row, "EventCode")).isEqualTo("043");
        assertThat(cell(header, row, "EventBaseCode")).isEqualTo("043");
        assertThat(cell(header, row, "EventRootCode")).isEqualTo("04");
        assertThat(cell(header, row, "QuadClass")).isEqualTo("1");
        assertThat(cell(header, row, "GoldsteinScale")).isEqualTo("1.0");
        assertThat(cell(header, row, "NumMentions")).isEqualTo("3");
        assertThat(cell(header, row, "ActionGeo_Type")).isEqualTo("4");
        assertThat(cell(header, row, "ActionGeo_FullName")).isEqualTo("Tashkent");
        assertThat(cell(header, row, "ActionGeo_Lat")).isEqualTo("41.26");
        assertThat(cell(header, row, "SOURCEURL")).isEqualTo("https://example.org/a1");
    }

    private static String cell(String[] header, String[] row, String name) {
        return row[List.of(header).indexOf(name)];
    }

    @Test
    void quadClassFollowsTheCameoRoot() {
        assertThat(GdeltTsvWriter.quadClass(GdeltTsvWriter.root("043"))).isEqualTo(1);
        assertThat(GdeltTsvWriter.quadClass(GdeltTsvWriter.root("071"))).isEqualTo(2);
        assertThat(GdeltTsvWriter.quadClass(GdeltTsvWriter.root("112"))).isEqualTo(3);
        assertThat(GdeltTsvWriter.quadClass(GdeltTsvWriter.root("190"))).isEqualTo(4);
        assertThat(GdeltTsvWriter.root("x")).isZero();
    }

    @Test
    void ploverIsAJsonArrayWithPloverNames() throws Exception {
        JsonNode arr = json.readTree(export(ExportFormat.PLOVER, List.of(tricky(), Events.consult("e2", "a2", null))));
        assertThat(arr.isArray()).isTrue();
        assertThat(arr).hasSize(2);
        JsonNode first = arr.get(0);
        assertThat(first.get("event").asText()).isEqualTo("CONSULT");
        assertThat(first.get("actor").get("country").asText()).isEqualTo("USA");
        assertThat(first.get("recipient").get("organization").asText()).isEqualTo("Taliban");
        assertThat(first.get("quad_code").asInt()).isEqualTo(1);
        assertThat(first.get("text").asText()).startsWith("=cmd");
        assertThat(json.readTree(export(ExportFormat.PLOVER, List.of()))).isEmpty();
    }

    @Test
    void formatsParseByNameAndRefuseOthers() {
        assertThat(ExportFormat.parse(null)).isEqualTo(ExportFormat.JSONL);
        assertThat(ExportFormat.parse("TSV")).isEqualTo(ExportFormat.GDELT);
        assertThat(ExportFormat.parse("plover")).isEqualTo(ExportFormat.PLOVER);
        assertThatThrownBy(() -> ExportFormat.parse("xml")).isInstanceOf(IllegalArgumentException.class);
    }
}
