package org.polevents.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.polevents.contracts.Actor;
import org.polevents.contracts.PoliticalEvent;

/**
 * A JSON array of PLOVER-style records: PLOVER's own names for the event ({@code event},
 * {@code mode}, {@code context}), its participants ({@code actor}, {@code recipient}) and
 * {@code date}/{@code date_resolution}; where PLOVER leaves a field to the dataset, the names of
 * POLECAT (its reference dataset): {@code quad_code}, {@code location}, {@code source},
 * {@code text}. {@code context} is always empty: this coder does not assign contexts.
 */
final class PloverJsonWriter implements EventExportWriter {
    private final ObjectMapper json;
    private boolean first = true;

    PloverJsonWriter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void begin(Writer out) throws IOException {
        out.write("[\n");
    }

    @Override
    public void event(Writer out, PoliticalEvent e) throws IOException {
        ObjectNode n = json.createObjectNode();
        n.put("id", e.id());
        n.put("date", e.date());
        n.put("date_resolution", e.datePrecision());
        n.put("event", e.type());
        n.put("mode", e.mode());
        n.putArray("context");
        n.put("status", e.status());
        int root = e.cameo() == null ? 0 : GdeltTsvWriter.root(e.cameo().strip());
        if (root == 0) {
            n.putNull("quad_code");
        } else {
            n.put("quad_code", GdeltTsvWriter.quadClass(root));
        }
        n.put("cameo", e.cameo());
        actor(n, "actor", e.source());
        actor(n, "recipient", e.target());
        if (e.location() == null) {
            n.putNull("location");
        } else {
            ObjectNode l = n.putObject("location");
            l.put("placename", e.location().name());
            l.put("raw_placename", e.location().text());
            l.put("country", e.location().country());
            l.putPOJO("latitude", e.location().lat());
            l.putPOJO("longitude", e.location().lon());
        }
        if (e.quantity() == null) {
            n.putNull("quantity");
        } else {
            n.putObject("quantity").put("amount", e.quantity().amount()).put("unit", e.quantity().unit());
        }
        ObjectNode s = n.putObject("source");
        s.put("story_id", e.articleId());
        s.put("publisher", e.outlet());
        s.put("url", e.url());
        s.put("publication_date", e.publishedAt());
        n.put("text", e.evidence().text());
        n.put("mentions", e.mentions());
        n.put("confidence", e.confidence());
        n.put("version", e.coderVersion());
        if (!first) {
            out.write(",\n");
        }
        first = false;
        out.write(json.writeValueAsString(n));
    }

    private static void actor(ObjectNode n, String field, Actor a) {
        if (a == null) {
            n.putNull(field);
            return;
        }
        ObjectNode o = n.putObject(field);
        o.put("name", a.name());
        o.put("raw_name", a.text());
        o.put("country", a.country());
        o.put("sector", a.sector());
        o.put("organization", a.org());
    }

    @Override
    public void end(Writer out) throws IOException {
        out.write(first ? "]\n" : "\n]\n");
    }
}
