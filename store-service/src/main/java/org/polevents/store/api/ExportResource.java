package org.polevents.store.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.polevents.store.config.StoreConfig;
import org.polevents.store.export.EventExportWriter;
import org.polevents.store.export.ExportFormat;
import org.polevents.store.persist.EventRepository;
import org.polevents.store.query.Cursor;
import org.polevents.store.query.EventRow;
import org.polevents.store.query.Page;

/**
 * Every event matching a query, streamed in one of the export formats. Reads the store page by
 * page along the keyset, so memory stays flat however large the export.
 */
@Path("/events/export")
public class ExportResource {
    private final EventRepository repository;
    private final StoreConfig config;
    private final ObjectMapper json;

    public ExportResource(EventRepository repository, StoreConfig config, ObjectMapper json) {
        this.repository = repository;
        this.config = config;
        this.json = json;
    }

    @GET
    @Operation(summary = "Export matching events as JSONL, CSV, GDELT-style TSV or PLOVER JSON",
            description = "Same filters and sort as GET /events; `limit` caps the number of rows (default: all).")
    @Parameter(name = "format", in = ParameterIn.QUERY, description = "jsonl (default), csv, tsv (GDELT-style), plover")
    public Response export(@Context UriInfo uri) {
        QueryParams p = QueryParams.parse(uri.getQueryParameters(), Integer.MAX_VALUE, Integer.MAX_VALUE);
        ExportFormat format = ExportFormat.parse(p.format());
        int pageSize = Math.max(1, config.export().pageSize());
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            EventExportWriter writer = format.writer(json);
            writer.begin(w);
            Cursor cursor = p.cursor();
            long remaining = p.limit();
            while (remaining > 0) {
                Page page = repository.page(p.filter(), p.sort(), cursor, (int) Math.min(pageSize, remaining));
                for (EventRow row : page.rows()) {
                    writer.event(w, row.event());
                }
                remaining -= page.rows().size();
                cursor = page.next();
                if (cursor == null) {
                    break;
                }
            }
            writer.end(w);
            w.flush();
        };
        return Response.ok(body, format.mediaType() + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"events." + format.extension() + "\"")
                .build();
    }
}
