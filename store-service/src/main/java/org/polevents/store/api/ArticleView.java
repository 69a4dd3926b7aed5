package org.polevents.store.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.store.query.StoredArticle;

/**
 * A stored article (cleaned text and metadata; null fields when only its events have arrived so
 * far) and the events it reported.
 */
public record ArticleView(@JsonUnwrapped StoredArticle article, List<PoliticalEvent> events) {
}
