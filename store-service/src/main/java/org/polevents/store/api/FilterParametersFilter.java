package org.polevents.store.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents the filter parameters once for every endpoint that reads them: the resources parse the
 * query string themselves ({@link QueryParams}), so the scanner cannot see them.
 */
public class FilterParametersFilter implements OASFilter {
    private static final Set<String> FILTERED_PATHS = Set.of("/events", "/events/aggregate", "/events/export",
            "/events/stream");
    private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

    static {
        DESCRIPTIONS.put("type", "PLOVER types, comma-separated, e.g. CONSULT,ASSAULT");
        DESCRIPTIONS.put("cameo", "CAMEO code prefixes, e.g. 04 or 043");
        DESCRIPTIONS.put("sourceCountry", "ISO3 codes of the source actor");
        DESCRIPTIONS.put("targetCountry", "ISO3 codes of the target actor");
        DESCRIPTIONS.put("country", "ISO3 codes of either actor");
        DESCRIPTIONS.put("sourceSector", "sectors of the source actor, e.g. GOV,MIL");
        DESCRIPTIONS.put("targetSector", "sectors of the target actor");
        DESCRIPTIONS.put("sourceOrg", "organisations of the source actor, e.g. Taliban");
        DESCRIPTIONS.put("targetOrg", "organisations of the target actor");
        DESCRIPTIONS.put("locationCountry", "ISO3 codes of the location");
        DESCRIPTIONS.put("status", "occurred, ongoing, planned, hypothetical, negated");
        DESCRIPTIONS.put("from", "event date on or after: 2025-01-05, 2025-01 or 2025");
        DESCRIPTIONS.put("to", "event date on or before");
        DESCRIPTIONS.put("publishedFrom", "published on or after");
        DESCRIPTIONS.put("publishedTo", "published on or before");
        DESCRIPTIONS.put("articleId", "reported by this article");
        DESCRIPTIONS.put("outlet", "first reported by this outlet");
        DESCRIPTIONS.put("q", "text that must appear in an evidence sentence");
        DESCRIPTIONS.put("minMentions", "reported by at least this many articles");
        DESCRIPTIONS.put("minConfidence", "confidence at least this, in [0, 1]");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (FILTERED_PATHS.contains(path) && item.getGET() != null) {
                Operation op = item.getGET();
                DESCRIPTIONS.forEach((name, description) -> op.addParameter(OASFactory.createParameter()
                        .name(name).in(Parameter.In.QUERY).description(description)
                        .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING))));
            }
        });
    }
}
