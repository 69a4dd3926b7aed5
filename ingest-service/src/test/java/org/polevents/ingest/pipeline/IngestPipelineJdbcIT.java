package org.polevents.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polevents.infra.EmbeddedDatabase;
import org.polevents.ingest.dedup.JdbcSeenStore;

/** The pipeline on PostgreSQL: what one instance saw, a restarted or second instance knows. */
class IngestPipelineJdbcIT {
    private static EmbeddedDatabase postgres;
    private static DataSource dataSource;
    private final Clock clock = Clock.fixed(Instant.parse("2025-01-15T08:00:00Z"), ZoneOffset.UTC);

    @BeforeAll
    static void start() {
        postgres = EmbeddedDatabase.ephemeral();
        postgres.createDatabase("ingest");
        dataSource = postgres.dataSource("ingest");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Test
    void republishedStorySeenByAnotherInstanceIsDropped() {
        IngestPipeline first = IngestPipeline.create(PipelineSettings.defaults(), new JdbcSeenStore(dataSource), clock);
        IngestPipeline second = IngestPipeline.create(PipelineSettings.defaults(),
                new JdbcSeenStore(postgres.dataSource("ingest")), clock);

        IngestResult original = first.process(Articles.text("wire-1", Articles.RAIL_DEAL));
        IngestResult copy = second.process(Articles.text("wire-2", Articles.RAIL_DEAL_REPUBLISHED));
        IngestResult other = second.process(Articles.text("analysis", Articles.RAIL_DEAL_ANALYSIS));

        assertThat(original.kept()).hasSize(1);
        assertThat(copy.kept()).isEmpty();
        assertThat(copy.drops()).extracting(Drop::duplicateOf).containsOnly("wire-1");
        assertThat(other.drops()).isEmpty();
    }

    @Test
    void redeliveryAfterRestartGivesTheSameResult() {
        IngestResult before = IngestPipeline.create(PipelineSettings.defaults(), new JdbcSeenStore(dataSource), clock)
                .process(Articles.text("flour-1", Articles.FLOUR_EXPORTS));
        IngestResult after = IngestPipeline.create(PipelineSettings.defaults(), new JdbcSeenStore(dataSource), clock)
                .process(Articles.text("flour-1", Articles.FLOUR_EXPORTS));

        assertThat(after).isEqualTo(before);
        assertThat(after.kept()).hasSize(1);
    }
}
