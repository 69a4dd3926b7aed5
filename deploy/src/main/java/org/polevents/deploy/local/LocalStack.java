package org.polevents.deploy.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.polevents.contracts.Topics;
import org.polevents.infra.EmbeddedDatabase;
import org.polevents.infra.EmbeddedKafkaBroker;
import org.polevents.infra.FreePorts;

/**
 * The whole pipeline on one machine: broker and database in this JVM, each service in its own.
 * Close it to stop everything (services first, so they commit their offsets).
 */
public final class LocalStack implements AutoCloseable {
    static final List<String> TOPICS = List.of(Topics.ARTICLES_RAW, Topics.SEGMENTS_DEDUP, Topics.EVENTS_EXTRACTED,
            Topics.dlq(Topics.ARTICLES_RAW), Topics.dlq(Topics.SEGMENTS_DEDUP), Topics.dlq(Topics.EVENTS_EXTRACTED));
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final EmbeddedKafkaBroker broker;
    private final EmbeddedDatabase database;
    private final List<ServiceProcess> services;
    private final String apiKey;

    private LocalStack(EmbeddedKafkaBroker broker, EmbeddedDatabase database, List<ServiceProcess> services, String apiKey) {
        this.broker = broker;
        this.database = database;
        this.services = services;
        this.apiKey = apiKey;
    }

    public static LocalStack start(StackSettings s, java.io.PrintStream log) {
        log.println("starting Kafka (KRaft) and PostgreSQL in " + s.dataDir());
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.on(s.dataDir().resolve("kafka"), port(s.kafkaPort())).start();
        EmbeddedDatabase database = null;
        List<ServiceProcess> services = new ArrayList<>();
        try {
            broker.createTopics(s.partitions(), TOPICS.toArray(String[]::new));
            database = EmbeddedDatabase.start(s.dataDir().resolve("postgres"), port(s.postgresPort()));
            String ingestDb = database.createDatabase("polevents_ingest");
            String storeDb = database.createDatabase("polevents_store");
            Path logs = s.dataDir().resolve("logs");
            String apiKey = ApiKeyFile.readOrCreate(s.dataDir());
            Map<String, String> kafka = Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
            services.add(ServiceProcess.start("ingest-service", app(s, "ingest-service"), port(s.ingestPort()), "384m",
                    with(with(kafka, "QUARKUS_DATASOURCE_JDBC_URL", ingestDb), "POLEVENTS_INGEST_AUTH_API_KEYS", apiKey), logs));
            services.add(ServiceProcess.start("extract-service", app(s, "extract-service"), port(s.extractPort()), "768m",
                    kafka, logs));
            services.add(ServiceProcess.start("store-service", app(s, "store-service"), port(s.storePort()), "384m",
                    with(kafka, "QUARKUS_DATASOURCE_JDBC_URL", storeDb), logs));
            log.println("starting ingest-service, extract-service and store-service (logs in " + logs + ")");
            for (ServiceProcess p : services) {
                p.awaitReady(READY_TIMEOUT);
            }
            return new LocalStack(broker, database, services, apiKey);
        } catch (RuntimeException e) {
            services.forEach(ServiceProcess::close);
            if (database != null) {
                database.close();
            }
            broker.close();
            throw e;
        }
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        var m = new java.util.HashMap<>(base);
        m.put(key, value);
        return m;
    }

    private static Path app(StackSettings s, String module) {
        return s.home().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static int port(int preferred) {
        return preferred == 0 || !FreePorts.isFree(preferred) ? FreePorts.next() : preferred;
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public String ingestUrl() {
        return services.get(0).url();
    }

    public String extractUrl() {
        return services.get(1).url();
    }

    public String storeUrl() {
        return services.get(2).url();
    }

    /** The key that write requests to ingest-service must present. */
    public String apiKey() {
        return apiKey;
    }

    public String jdbcUrl(String database) {
        return this.database.jdbcUrl(database);
    }

    List<ServiceProcess> services() {
        return services;
    }

    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        database.close();
        broker.close();
    }
}
