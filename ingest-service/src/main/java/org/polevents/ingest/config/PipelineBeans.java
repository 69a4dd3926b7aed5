package org.polevents.ingest.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;
import org.polevents.ingest.api.ArticleRequestParser;
import org.polevents.ingest.dedup.JdbcSeenStore;
import org.polevents.ingest.dedup.SeenStore;
import org.polevents.ingest.pipeline.IngestPipeline;
import org.polevents.ingest.pipeline.PipelineSettings;

/** Builds the plain-Java pipeline and its collaborators from configuration. */
public class PipelineBeans {

    @Produces
    @Singleton
    SeenStore seenStore(IngestConfig config, Instance<DataSource> dataSource) {
        return switch (config.dedup().store()) {
            case "memory" -> SeenStore.inMemory();
            case "jdbc" -> new JdbcSeenStore(dataSource.get());
            default -> throw new IllegalArgumentException(
                    "polevents.ingest.dedup.store must be jdbc or memory, not " + config.dedup().store());
        };
    }

    @Produces
    @Singleton
    IngestPipeline pipeline(SeenStore seen) {
        return IngestPipeline.create(PipelineSettings.defaults(), seen, Clock.systemUTC());
    }

    @Produces
    @Singleton
    ArticleRequestParser parser(IngestConfig config, ObjectMapper json) {
        return new ArticleRequestParser(json, config.maxBodyChars());
    }
}
