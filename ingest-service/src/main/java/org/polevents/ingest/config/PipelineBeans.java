package org.polevents.ingest.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;
import org.polevents.ingest.guard.ApiKeys;
import org.polevents.ingest.guard.RateLimiter;
import javax.sql.DataSource;
import org.polevents.ingest.api.ArticleRequestParser;
import org.polevents.ingest.dedup.BatchingSeenStore;
import org.polevents.ingest.dedup.JdbcSeenStore;
import org.polevents.ingest.dedup.SeenStore;
import org.polevents.ingest.pipeline.IngestPipeline;
import org.polevents.ingest.pipeline.PipelineSettings;

/** Builds the plain-Java pipeline and its collaborators from configuration. */
public class PipelineBeans {
    private static final Logger LOG = Logger.getLogger(PipelineBeans.class);

    @Produces
    @Singleton
    SeenStore seenStore(IngestConfig config, Instance<DataSource> dataSource) {
        return switch (config.dedup().store()) {
            case "memory" -> SeenStore.inMemory();
            // concurrent workers' claims share transactions: one per group instead of one per article
            case "jdbc" -> new BatchingSeenStore(new JdbcSeenStore(dataSource.get()), config.dedup().maxBatch(),
                    config.dedup().claimThreads());
            default -> throw new IllegalArgumentException(
                    "polevents.ingest.dedup.store must be jdbc or memory, not " + config.dedup().store());
        };
    }

    void closeSeenStore(@Disposes SeenStore seen) {
        seen.close();
    }

    @Produces
    @Singleton
    IngestPipeline pipeline(IngestConfig config, SeenStore seen) {
        return IngestPipeline.create(PipelineSettings.defaults().withRetention(config.dedup().retention()), seen,
                Clock.systemUTC());
    }

    @Produces
    @Singleton
    ApiKeys apiKeys(IngestConfig config) {
        if (!config.auth().enabled()) {
            LOG.warn("write endpoints accept requests without an API key (polevents.ingest.auth.enabled=false)");
            return ApiKeys.notRequired();
        }
        return ApiKeys.of(config.auth().apiKeys().orElse(List.of()));
    }

    @Produces
    @Singleton
    RateLimiter rateLimiter(IngestConfig config) {
        return new RateLimiter(config.rateLimit().perSecond(), config.rateLimit().burst());
    }

    @Produces
    @Singleton
    ArticleRequestParser parser(IngestConfig config, ObjectMapper json) {
        return new ArticleRequestParser(json, config.maxBodyChars());
    }
}
