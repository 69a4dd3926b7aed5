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
import org.polevents.infra.ScramUser;

/**
 * The whole pipeline on one machine: broker and database in this JVM, each service in its own.
 * Close it to stop everything (services first, so they commit their offsets).
 */
public final class LocalStack implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    /**
     * JVM options of ingest-service and store-service: the client compiler (C1) only. Both spend
     * their CPU in framework code (HTTP, Kafka, JDBC, reactive messaging), where C2's code is not
     * much faster but C2 itself took 30-35 % of each service's CPU in a 100-s load benchmark run
     * on fresh JVMs (flight recordings); with C1 only their CPU per article fell by about 40 %.
     * extract-service keeps C2: its coder is a CPU-bound loop, where C2 pays off over a long run.
     */
    static final List<String> C1_ONLY = List.of("-XX:TieredStopAtLevel=1");

    private final EmbeddedKafkaBroker broker;
    private final StackSettings settings;
    private EmbeddedDatabase database;
    private final int databasePort;
    private final List<ServiceProcess> services;
    private final String apiKey;
    private final Map<String, ScramUser> scramUsers;

    private LocalStack(StackSettings settings, EmbeddedKafkaBroker broker, EmbeddedDatabase database,
            List<ServiceProcess> services, String apiKey, Map<String, ScramUser> scramUsers) {
        this.settings = settings;
        this.scramUsers = Map.copyOf(scramUsers);
        this.broker = broker;
        this.database = database;
        this.databasePort = database.port();
        this.services = services;
        this.apiKey = apiKey;
    }

    /** A throw-away stack on free ports with its data in {@code dataDir} (tests, evaluation, benchmarks). */
    public static LocalStack startEphemeral(Path home, Path dataDir, java.io.PrintStream log) {
        return start(StackSettings.ephemeral(home, dataDir), log);
    }

    public static LocalStack start(StackSettings s, java.io.PrintStream log) {
        log.println("starting Kafka (KRaft" + (s.scram() ? ", SASL/SCRAM required" : "") + ") and PostgreSQL in "
                + s.dataDir());
        Map<String, ScramUser> users = s.scram() ? ScramUsersFile.readOrCreate(s.dataDir()) : Map.of();
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.on(s.dataDir().resolve("kafka"), port(s.kafkaPort()));
        if (s.scram()) {
            broker = broker.withScram(users.get(ScramUsersFile.BROKER), ScramUsersFile.SERVICES.stream()
                    .map(svc -> users.get(ScramUsersFile.userOf(svc))).toArray(ScramUser[]::new));
        }
        broker.start();
        EmbeddedDatabase database = null;
        List<ServiceProcess> services = new ArrayList<>();
        try {
            broker.createTopics(s.partitions(), Topics.withDeadLetters());
            database = EmbeddedDatabase.start(s.dataDir().resolve("postgres"), port(s.postgresPort()), s.postgresConfig());
            String ingestDb = database.createDatabase("polevents_ingest");
            String storeDb = database.createDatabase("polevents_store");
            Path logs = s.dataDir().resolve("logs");
            String apiKey = ApiKeyFile.readOrCreate(s.dataDir());
            services.add(ServiceProcess.start("ingest-service", app(s, "ingest-service"), port(s.ingestPort()), "384m", C1_ONLY,
                    with(with(serviceEnv(s, broker, users, "ingest-service"), "QUARKUS_DATASOURCE_JDBC_URL", ingestDb),
                            "POLEVENTS_INGEST_AUTH_API_KEYS", apiKey), logs));
            services.add(ServiceProcess.start("extract-service", app(s, "extract-service"), port(s.extractPort()), "768m",
                    serviceEnv(s, broker, users, "extract-service"), logs));
            services.add(ServiceProcess.start("store-service", app(s, "store-service"), port(s.storePort()), "384m", C1_ONLY,
                    with(serviceEnv(s, broker, users, "store-service"), "QUARKUS_DATASOURCE_JDBC_URL", storeDb), logs));
            log.println("starting ingest-service, extract-service and store-service (logs in " + logs + ")");
            for (ServiceProcess p : services) {
                p.awaitReady(READY_TIMEOUT);
            }
            return new LocalStack(s, broker, database, new java.util.ArrayList<>(services), apiKey, users);
        } catch (RuntimeException e) {
            services.forEach(ServiceProcess::close);
            if (database != null) {
                database.close();
            }
            broker.close();
            throw e;
        }
    }

    /**
     * A service's Kafka settings, given only as the environment variables the README documents for
     * an external cluster (so this stack tests that path): the bootstrap address and, when the
     * broker requires SCRAM, the protocol, mechanism and the service's own login.
     */
    static Map<String, String> kafkaEnv(String bootstrap, ScramUser user) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        if (user != null) {
            env.put("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
            env.put("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
            env.put("KAFKA_SASL_JAAS_CONFIG", user.jaasConfig());
        }
        return env;
    }

    private static Map<String, String> serviceEnv(StackSettings s, EmbeddedKafkaBroker broker,
            Map<String, ScramUser> users, String service) {
        Map<String, String> env = new java.util.HashMap<>(s.serviceEnv());
        env.putAll(kafkaEnv(broker.bootstrapServers(), users.get(ScramUsersFile.userOf(service))));
        return env;
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

    /** Admin, producer and consumer settings that reach this stack's broker (its own login when SCRAM is on). */
    public Map<String, Object> kafkaClientConfig() {
        return broker.clientConfig();
    }

    /** The SCRAM users of the broker by name (empty for a PLAINTEXT broker); tests use the passwords. */
    Map<String, ScramUser> scramUsers() {
        return scramUsers;
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
        return List.copyOf(services);
    }

    /** Where the broker, the database and the logs keep their files. */
    public Path dataDir() {
        return settings.dataDir();
    }

    /** Process id of each service, by name. */
    public java.util.Map<String, Long> servicePids() {
        java.util.Map<String, Long> pids = new java.util.LinkedHashMap<>();
        services.forEach(p -> pids.put(p.name(), p.pid()));
        return pids;
    }

    /** Records each service's consumer group has not yet committed, by group. */
    public java.util.Map<String, Long> lag() {
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(kafkaClientConfig())) {
            return lag(admin);
        }
    }

    /**
     * As {@link #lag()}, through an admin client of this stack's broker that the caller keeps open:
     * a sampler that asks every second would otherwise connect a new client each time (in the load
     * benchmark that cost about a tenth of a core in this JVM).
     */
    public java.util.Map<String, Long> lag(org.apache.kafka.clients.admin.Admin admin) {
        try {
            return PipelineDrain.lagByGroup(admin);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not read consumer lag", e);
        }
    }

    /** Waits until every service has caught up with its input topics. */
    public void awaitDrained(Duration timeout) {
        PipelineDrain.await(kafkaClientConfig(), timeout);
    }

    ServiceProcess service(String name) {
        return services.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /** {@code kill -9} one service, then start it again with the same settings and wait until it is ready. */
    public synchronized void killAndRestart(String name) {
        ServiceProcess old = service(name);
        old.kill();
        ServiceProcess fresh = ServiceProcess.start(old.spec());
        services.set(services.indexOf(old), fresh);
        fresh.awaitReady(READY_TIMEOUT);
    }

    /** Stops the broker (clean shutdown) and starts it again on the same data and port. */
    public synchronized void restartBroker() {
        broker.close();
        broker.start();
    }

    public synchronized void stopDatabase() {
        database.close();
    }

    public synchronized void startDatabase() {
        database = EmbeddedDatabase.start(settings.dataDir().resolve("postgres"), databasePort, settings.postgresConfig());
    }

    /** JDBC access to one of the stack's databases (benchmarks and tests read the store directly). */
    public javax.sql.DataSource dataSource(String name) {
        return database.dataSource(name);
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
