package org.polevents.store.api;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error of the REST API into an RFC 9457 problem body. */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    /** Bad parameters: the message names the parameter and what is allowed. */
    @ServerExceptionMapper
    public Response badRequest(IllegalArgumentException e, UriInfo uri) {
        return problem(400, "Bad request", e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String title = e instanceof NotFoundException ? "Not found" : e.getResponse().getStatusInfo().getReasonPhrase();
        return problem(status, title, e.getMessage(), uri);
    }

    /** Anything else is our fault; the detail stays generic and the cause goes to the log. */
    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("request " + uri.getPath() + " failed", e);
        return problem(500, "Internal error", "the store could not answer; see the service log", uri);
    }

    static Response problem(int status, String title, String detail, UriInfo uri) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, uri == null ? null : uri.getPath()))
                .build();
    }
}
