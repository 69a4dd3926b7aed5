package org.polevents.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.polevents.contracts.Actor;
import org.polevents.contracts.Location;
import org.polevents.contracts.PoliticalEvent;

/**
 * RFC 4180 CSV, one flat column per contract field, with a header row. Text cells that a
 * spreadsheet would run as a formula ({@code = + - @} first) get a leading apostrophe.
 */
final class CsvWriter implements EventExportWriter {
    static final List<String> HEADER = List.of("id", "articleId", "outlet", "url", "publishedAt", "type", "mode",
            "cameo", "source_text", "source_name", "source_country", "source_sector", "source_org", "target_text",
            "target_name", "target_country", "target_sector", "target_org", "location_text", "location_name",
            "location_country", "location_lat", "location_lon", "date", "datePrecision", "status", "quantity_amount",
            "quantity_unit", "evidence_text", "evidence_start", "evidence_end", "confidence", "coderVersion",
            "mentions");

    @Override
    public void begin(Writer out) throws IOException {
        out.write(String.join(",", HEADER));
        out.write("\r\n");
    }

    @Override
    public void event(Writer out, PoliticalEvent e) throws IOException {
        List<String> cells = new ArrayList<>(HEADER.size());
        text(cells, e.id(), e.articleId(), e.outlet(), e.url(), e.publishedAt(), e.type(), e.mode(), e.cameo());
        actor(cells, e.source());
        actor(cells, e.target());
        Location l = e.location();
        text(cells, l == null ? null : l.text(), l == null ? null : l.name(), l == null ? null : l.country());
        cells.add(num(l == null ? null : l.lat()));
        cells.add(num(l == null ? null : l.lon()));
        text(cells, e.date(), e.datePrecision(), e.status());
        cells.add(e.quantity() == null ? "" : num(e.quantity().amount()));
        text(cells, e.quantity() == null ? null : e.quantity().unit(), e.evidence().text());
        cells.add(Integer.toString(e.evidence().start()));
        cells.add(Integer.toString(e.evidence().end()));
        cells.add(num(e.confidence()));
        text(cells, e.coderVersion());
        cells.add(Integer.toString(e.mentions()));
        out.write(String.join(",", cells));
        out.write("\r\n");
    }

    private static void actor(List<String> cells, Actor a) {
        text(cells, a == null ? null : a.text(), a == null ? null : a.name(), a == null ? null : a.country(),
                a == null ? null : a.sector(), a == null ? null : a.org());
    }

    private static void text(List<String> cells, String... values) {
        for (String v : values) {
            cells.add(quote(v));
        }
    }

    static String quote(String v) {
        if (v == null) {
            return "";
        }
        String s = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    static String num(Double d) {
        if (d == null) {
            return "";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : Double.toString(d);
    }
}
