package org.polevents.ingest.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.polevents.ingest.messaging.PublishFailed;

/** Turns every error of the HTTP edge into an RFC 9457 problem body. */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    static final MediaType PROBLEM = new MediaType("application", "problem+json");

    @ServerExceptionMapper
    public Response invalid(InvalidArticle e) {
        return problem(e.status(), e.title(), e.problems());
    }

    @ServerExceptionMapper
    public Response unavailable(PublishFailed e) {
        LOG.warnf("articles not accepted: %s", e.getMessage());
        return problem(503, "Broker unavailable", List.of("the articles were not accepted; retry later"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return problem(status, e.getResponse().getStatusInfo().getReasonPhrase(), List.of(e.getMessage()));
    }

    static Response problem(int status, String title, List<String> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", String.join("; ", details));
        body.put("errors", details);
        return Response.status(status).type(PROBLEM).entity(body).build();
    }
}
