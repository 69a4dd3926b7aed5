package org.polevents.ingest.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.polevents.contracts.RawArticle;
import org.polevents.ingest.messaging.ArticlePublisher;

/**
 * {@code POST /articles} (JSON, bare text/plain or text/html with metadata in query parameters)
 * and {@code POST /articles/batch} (NDJSON). Answers 202 with the article ids once the broker has
 * acknowledged every article; bad input gets a problem body and nothing is sent.
 */
@Path("/articles")
public class ArticleResource {
    private static final List<String> METADATA = List.of("id", "url", "outlet", "title", "publishedAt", "language");

    private final ArticleRequestParser parser;
    private final ArticlePublisher publisher;

    ArticleResource(ArticleRequestParser parser, ArticlePublisher publisher) {
        this.parser = parser;
        this.publisher = publisher;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Produces(MediaType.APPLICATION_JSON)
    public Response push(byte[] body, @Context HttpHeaders headers, @Context UriInfo uri) {
        MediaType type = headers.getMediaType();
        RawArticle article = type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                ? parser.parseJson(body)
                : parser.parseBare(body, type == null ? MediaType.TEXT_PLAIN : type.toString(), metadata(uri));
        return accepted(publisher.publish(List.of(article)));
    }

    @POST
    @Path("/batch")
    @Consumes({"application/x-ndjson", "application/jsonl", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response pushBatch(byte[] body) {
        return accepted(publisher.publish(parser.parseNdjson(body)));
    }

    private static Response accepted(List<String> ids) {
        return Response.accepted(Map.of("accepted", ids.size(), "ids", ids)).build();
    }

    private static Map<String, String> metadata(UriInfo uri) {
        Map<String, String> m = new HashMap<>();
        for (String key : METADATA) {
            String v = uri.getQueryParameters().getFirst(key);
            if (v != null) {
                m.put(key, v);
            }
        }
        return m;
    }
}
