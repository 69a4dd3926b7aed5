package org.polevents.store.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.polevents.store.config.StoreConfig;
import org.polevents.store.persist.EventRepository;
import org.polevents.store.query.AggregateRow;
import org.polevents.store.query.EventRow;
import org.polevents.store.query.Page;

/** Querying stored events. */
@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {
    private final EventRepository repository;
    private final StoreConfig config;

    public EventResource(EventRepository repository, StoreConfig config) {
        this.repository = repository;
        this.config = config;
    }

    @GET
    @Operation(summary = "Stored events matching the filters, one page at a time",
            description = "List filters take comma-separated or repeated values. Follow `next` with `cursor` for"
                    + " the next page.")
    @Parameters({
            @Parameter(name = "sort", in = ParameterIn.QUERY,
                    description = "stored, date, published, mentions or confidence; '-' prefix for descending."
                            + " Default -stored (newest first)"),
            @Parameter(name = "limit", in = ParameterIn.QUERY, description = "page size, default 50, max 500"),
            @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "the `next` of the previous page")})
    public EventList list(@Context UriInfo uri) {
        QueryParams p = params(uri);
        Page page = repository.page(p.filter(), p.sort(), p.cursor(), p.limit());
        return new EventList(page.rows().stream().map(EventRow::event).toList(),
                page.next() == null ? null : page.next().encode(), p.limit());
    }

    @GET
    @Path("/aggregate")
    @Operation(summary = "Counts of matching events and their mentions per day, type and (source, target) country")
    public List<AggregateRow> aggregate(@Context UriInfo uri) {
        return repository.aggregate(params(uri).filter(), config.query().maxAggregateRows());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One stored event with every report of it",
            description = "Also finds an event by the id of any report merged into it.")
    public EventDetail get(@PathParam("id") String id) {
        EventRow row = repository.find(id).orElseThrow(() -> new NotFoundException("no event '" + id + "'"));
        return new EventDetail(row.event(), repository.reports(row.event().id()));
    }

    private QueryParams params(UriInfo uri) {
        return QueryParams.parse(uri.getQueryParameters(), config.query().defaultLimit(), config.query().maxLimit());
    }
}
