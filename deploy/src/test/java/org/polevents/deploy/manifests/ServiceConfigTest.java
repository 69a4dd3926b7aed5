package org.polevents.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checker the descriptor tests rely on: it must reject what Quarkus would ignore. */
class ServiceConfigTest {
    private static final String PROPERTIES = """
            quarkus.http.port=${SAMPLE_PORT:8090}
            kafka.bootstrap.servers=${KAFKA_BOOTSTRAP_SERVERS:127.0.0.1:9092}
            mp.messaging.incoming.in.topic=${topics.raw:raw}
            mp.messaging.incoming.in.group.id=sample
            mp.messaging.incoming.in.dead-letter-queue.topic=${topics.raw:raw}.dlq
            mp.messaging.outgoing.out.topic=${topics.out:out}
            quarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/sample_db
            %test.sample.only-in-test=1
            quarkus.log.category."org.apache.kafka".level=WARN
            """;
    private static final ServiceConfig SAMPLE = ServiceConfig.parse("sample", PROPERTIES, Set.of("sample.max-items"));

    @Test
    void environmentVariableNamesFollowTheSmallRyeRule() {
        assertThat(ServiceConfig.envName("quarkus.datasource.jdbc.url")).isEqualTo("QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(ServiceConfig.envName("topics.articles-raw")).isEqualTo("TOPICS_ARTICLES_RAW");
        assertThat(ServiceConfig.envName("quarkus.log.category.\"org.apache.kafka\".level"))
                .isEqualTo("QUARKUS_LOG_CATEGORY__ORG_APACHE_KAFKA__LEVEL");
    }

    @Test
    void acceptsPropertyKeysExpressionNamesAndMappingKeys() {
        assertThat(SAMPLE.accepts("QUARKUS_DATASOURCE_JDBC_URL")).isTrue();
        assertThat(SAMPLE.accepts("SAMPLE_PORT")).isTrue();
        assertThat(SAMPLE.accepts("QUARKUS_HTTP_PORT")).isTrue();
        assertThat(SAMPLE.accepts("TOPICS_RAW")).isTrue();
        assertThat(SAMPLE.accepts("SAMPLE_MAX_ITEMS")).isTrue();
        assertThat(SAMPLE.accepts("SAMPLE_ONLY_IN_TEST")).isTrue();
    }

    @Test
    void rejectsRenamedOrMisspelledVariables() {
        assertThat(SAMPLE.accepts("QUARKUS_DATASOURCE_JDBC_URI")).isFalse();
        assertThat(SAMPLE.accepts("SAMPLE_PORTS")).isFalse();
        assertThat(SAMPLE.accepts("TOPICS_RAW_ARTICLES")).isFalse();
        assertThat(SAMPLE.accepts("quarkus.http.port")).isFalse();
    }

    @Test
    void kafkaClientSettingsPassThroughOnlyWhenTheyAreRealClientConfigs() {
        assertThat(SAMPLE.keyOf("KAFKA_SECURITY_PROTOCOL")).contains("kafka.security.protocol");
        assertThat(SAMPLE.keyOf("KAFKA_SASL_JAAS_CONFIG")).contains("kafka.sasl.jaas.config");
        assertThat(SAMPLE.keyOf("KAFKA_SSL_TRUSTSTORE_LOCATION")).contains("kafka.ssl.truststore.location");
        assertThat(SAMPLE.accepts("KAFKA_SASL_JASS_CONFIG")).isFalse();
        ServiceConfig noKafka = ServiceConfig.parse("nokafka", "quarkus.http.port=8099\n", Set.of());
        assertThat(noKafka.accepts("KAFKA_SECURITY_PROTOCOL")).isFalse();
    }

    @Test
    void topicsFollowEnvironmentOverrides() {
        assertThat(SAMPLE.consumedTopics(Map.of())).containsExactly("raw");
        assertThat(SAMPLE.producedTopics(Map.of())).containsExactlyInAnyOrder("out", "raw.dlq");
        assertThat(SAMPLE.topics(Map.of("TOPICS_RAW", "renamed"))).containsExactlyInAnyOrder("renamed",
                "renamed.dlq", "out");
        assertThat(SAMPLE.consumerGroups(Map.of())).containsExactly("sample");
    }

    @Test
    void portAndDatabaseComeFromDefaultsUnlessOverridden() {
        assertThat(SAMPLE.defaultHttpPort()).isEqualTo(8090);
        assertThat(SAMPLE.value("quarkus.http.port", Map.of("SAMPLE_PORT", "9000"))).contains("9000");
        assertThat(SAMPLE.databaseName(Map.of())).contains("sample_db");
        assertThat(SAMPLE.databaseName(Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://db/other?ssl=true")))
                .contains("other");
    }

    @Test
    void configMappingKeysDescendIntoNestedInterfaces() {
        String source = """
                public interface SampleConfig {
                    /** Largest body, in characters. */
                    @WithDefault("10")
                    int maxBodyChars();

                    Dedup dedup();

                    interface Dedup {
                        @WithDefault("jdbc")
                        String store();

                        // how long, {@code P30D}
                        Duration retentionPeriod();
                    }
                }
                """;
        assertThat(ServiceConfig.ConfigMappingKeys.of("sample", source)).containsExactlyInAnyOrder(
                "sample.max-body-chars", "sample.dedup.store", "sample.dedup.retention-period");
    }

    @Test
    void jsonLogsAreOffUnlessTheDocumentedVariableSwitchesThemOn() {
        for (String service : RepoFiles.services()) {
            ServiceConfig config = ServiceConfig.of(service);
            assertThat(config.keyOf("QUARKUS_LOG_CONSOLE_JSON_ENABLED")).as(service)
                    .contains("quarkus.log.console.json.enabled");
            // the extension switches JSON on when present, so each service must say false itself
            assertThat(config.value("quarkus.log.console.json.enabled", Map.of())).as(service).contains("false");
            assertThat(config.value("quarkus.log.console.json.enabled", Map.of("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true")))
                    .as(service).contains("true");
        }
    }

    @Test
    void realServicesExposeTheirMappings() {
        for (String service : RepoFiles.services()) {
            ServiceConfig config = ServiceConfig.of(service);
            assertThat(config.keys()).as(service).contains("quarkus.http.port", "kafka.bootstrap.servers");
        }
    }
}
