package org.polevents.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import org.polevents.contracts.PoliticalEvent;

/** One event contract JSON object per line: what {@code events.extracted} carries, with stored mentions. */
final class JsonLinesWriter implements EventExportWriter {
    private final ObjectMapper json;

    JsonLinesWriter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void event(Writer out, PoliticalEvent e) throws IOException {
        out.write(json.writeValueAsString(e));
        out.write('\n');
    }
}
