package org.polevents.store.api;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.store.live.LiveFeed;

/**
 * Server-sent events of newly stored events matching the filters. Each SSE event is named
 * {@code event}, carries the event contract JSON and has the store's insertion sequence as its id,
 * so a reconnecting client (browsers do this by themselves) resumes after the last event it saw
 * via {@code Last-Event-ID}, or the {@code lastEventId} query parameter.
 */
@Path("/events/stream")
public class EventStreamResource {
    private final LiveFeed live;

    public EventStreamResource(LiveFeed live) {
        this.live = live;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(summary = "Live stream (SSE) of stored events matching the filters, resumable by Last-Event-ID")
    @Parameter(name = "lastEventId", in = ParameterIn.QUERY,
            description = "resume after this SSE id (same as the Last-Event-ID header); default: from now on")
    public Multi<OutboundSseEvent> stream(@Context UriInfo uri, @HeaderParam("Last-Event-ID") String lastEventId,
            @Context Sse sse) {
        QueryParams p = QueryParams.parse(uri.getQueryParameters(), 1, 1);
        String resume = lastEventId != null && !lastEventId.isBlank() ? lastEventId
                : uri.getQueryParameters().getFirst("lastEventId");
        long after = resume == null || resume.isBlank() ? live.head() : parseSeq(resume);
        return live.subscribe(p.filter(), after)
                .map(row -> sse.newEventBuilder().id(Long.toString(row.seq())).name("event")
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(PoliticalEvent.class, row.event()).build());
    }

    private static long parseSeq(String s) {
        try {
            long v = Long.parseLong(s.strip());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Last-Event-ID must be an id this stream sent, not '" + s + "'");
        }
    }
}
