package org.polevents.store.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.store.persist.ArticleRepository;
import org.polevents.store.persist.EventRepository;
import org.polevents.store.query.EventFilter;
import org.polevents.store.query.EventRow;
import org.polevents.store.query.Sort;
import org.polevents.store.query.StoredArticle;

/** Stored articles: the cleaned text evidence offsets index, and the events each reported. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {
    /** An article reports a few dozen events; this bounds a pathological one. */
    private static final int MAX_EVENTS = 2000;
    private final ArticleRepository articles;
    private final EventRepository events;

    public ArticleResource(ArticleRepository articles, EventRepository events) {
        this.articles = articles;
        this.events = events;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A stored article's cleaned text and metadata, and the events it reported")
    public ArticleView get(@PathParam("id") String id) {
        List<PoliticalEvent> reported = events.page(EventFilter.builder().articleId(id).build(),
                new Sort(Sort.Field.STORED, false), null, MAX_EVENTS).rows().stream().map(EventRow::event).toList();
        StoredArticle article = articles.find(id).orElse(null);
        if (article == null && reported.isEmpty()) {
            throw new NotFoundException("no article '" + id + "'");
        }
        if (article == null) {
            article = new StoredArticle(id, null, null, null, null, null, null, null, List.of(), null);
        }
        return new ArticleView(article, reported);
    }
}
