package org.polevents.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker in KRaft mode (combined broker and controller), in this JVM.
 *
 * <p>The log directory is formatted with Kafka's own {@code StorageTool} on first start and kept
 * afterwards, so a broker restarted on the same directory keeps its topics and offsets. Not
 * thread-safe; start and close from one thread.
 *
 * <p>By default clients connect over PLAINTEXT. {@link #withScram} makes the client listener
 * {@code SASL_PLAINTEXT} with SCRAM-SHA-256 and SCRAM-SHA-512, so it behaves like a secured
 * cluster: a client without credentials or with a wrong password gets no metadata. The users are
 * written into the metadata log when the storage is formatted ({@code StorageTool --add-scram}),
 * i.e. on the first start of a directory only; the controller listener stays PLAINTEXT on its own
 * loopback port, as controllers are not for clients.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    /** The SASL mechanisms a SCRAM broker accepts. */
    public static final List<String> SCRAM_MECHANISMS = List.of("SCRAM-SHA-256", "SCRAM-SHA-512");
    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private final Map<String, String> extraConfig;
    /** Empty: PLAINTEXT. Otherwise SASL/SCRAM; the first user is the broker's own (and its admin's). */
    private final List<ScramUser> scramUsers;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Path logDir, int port, int controllerPort, Map<String, String> extraConfig,
            List<ScramUser> scramUsers) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.extraConfig = Map.copyOf(extraConfig);
        this.scramUsers = List.copyOf(scramUsers);
    }

    /** A broker on the given client port (0 picks a free one), keeping its data in {@code logDir}. */
    public static EmbeddedKafkaBroker on(Path logDir, int port) {
        return on(logDir, port, Map.of());
    }

    /** As {@link #on(Path, int)}, with extra broker properties (e.g. a SASL listener). */
    public static EmbeddedKafkaBroker on(Path logDir, int port, Map<String, String> extraConfig) {
        int p = port == 0 ? FreePorts.next() : port;
        return new EmbeddedKafkaBroker(logDir, p, FreePorts.next(), extraConfig, List.of());
    }

    /**
     * This broker, not yet started, with a client listener that requires SASL/SCRAM. {@code broker}
     * is the user the broker itself and {@link #clientConfig()} log in as; {@code clients} are
     * further users. Every user gets SCRAM-SHA-256 and SCRAM-SHA-512 credentials.
     */
    public EmbeddedKafkaBroker withScram(ScramUser broker, ScramUser... clients) {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        List<ScramUser> users = new ArrayList<>();
        users.add(broker);
        users.addAll(List.of(clients));
        return new EmbeddedKafkaBroker(logDir, port, controllerPort, extraConfig, users);
    }

    /** Whether clients must authenticate with SASL/SCRAM. */
    public boolean requiresScram() {
        return !scramUsers.isEmpty();
    }

    /** A throw-away broker on a free port in a temporary directory. */
    public static EmbeddedKafkaBroker ephemeral() {
        try {
            return on(Files.createTempDirectory("polevents-kafka"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            return this;
        }
        try {
            Files.createDirectories(logDir);
            Properties props = brokerProperties();
            Path config = logDir.resolve("server.properties");
            try (Writer w = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
                props.store(w, "polevents embedded KRaft broker");
            }
            format(config);
            server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
            awaitReady();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Properties brokerProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        String protocol = clientProtocol();
        p.put("listeners", protocol + "://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", protocol + "://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", protocol);
        p.put("listener.security.protocol.map", protocol + ":" + protocol + ",CONTROLLER:PLAINTEXT");
        if (requiresScram()) {
            p.put("sasl.enabled.mechanisms", String.join(",", SCRAM_MECHANISMS));
            p.put("sasl.mechanism.inter.broker.protocol", "SCRAM-SHA-512");
            // the broker's login for its own connections over this listener; server-side SCRAM
            // checks clients against the credentials in the metadata log, not against this line
            for (String mechanism : SCRAM_MECHANISMS) {
                p.put("listener.name.sasl_plaintext." + mechanism.toLowerCase(java.util.Locale.ROOT)
                        + ".sasl.jaas.config", scramUsers.get(0).jaasConfig());
            }
        }
        p.put("log.dirs", logDir.resolve("data").toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // one article is one record; articles up to 1M characters must fit
        p.put("message.max.bytes", "8388608");
        p.putAll(extraConfig);
        return p;
    }

    private void format(Path config) {
        if (Files.exists(logDir.resolve("data").resolve("meta.properties"))) {
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("format", "-t", Uuid.randomUuid().toString(), "-c",
                config.toString(), "--ignore-formatted"));
        for (ScramUser u : scramUsers) {
            for (String mechanism : SCRAM_MECHANISMS) {
                args.add("--add-scram");
                args.add(mechanism + "=[name=" + u.name() + ",password=" + u.password() + "]");
            }
        }
        int rc = StorageTool.execute(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
        if (rc != 0) {
            throw new IllegalStateException("kafka storage format failed: " + out.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitReady() {
        try (Admin admin = Admin.create(clientConfig())) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the broker", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("broker did not become ready on " + bootstrapServers(), e);
        }
    }

    /** Creates topics with the given partition count if they do not exist yet. */
    public void createTopics(int partitions, String... topics) {
        try (Admin admin = Admin.create(clientConfig())) {
            var existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            var missing = java.util.Arrays.stream(topics).filter(t -> !existing.contains(t))
                    .map(t -> new org.apache.kafka.clients.admin.NewTopic(t, partitions, (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create topics", e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** {@code PLAINTEXT}, or {@code SASL_PLAINTEXT} when clients must log in. */
    public String clientProtocol() {
        return requiresScram() ? "SASL_PLAINTEXT" : "PLAINTEXT";
    }

    /**
     * What a Kafka client (admin, producer or consumer) needs to reach this broker: the bootstrap
     * address and, when SCRAM is required, the protocol, mechanism and the broker user's login.
     */
    public Map<String, Object> clientConfig() {
        Map<String, Object> c = new HashMap<>();
        c.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        if (requiresScram()) {
            c.putAll(scramClientConfig(scramUsers.get(0), "SCRAM-SHA-512"));
        }
        return c;
    }

    /** The security settings a client logging in as {@code user} with {@code mechanism} adds to its config. */
    public static Map<String, Object> scramClientConfig(ScramUser user, String mechanism) {
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", mechanism,
                "sasl.jaas.config", user.jaasConfig());
    }

    public int port() {
        return port;
    }

    public Path logDir() {
        return logDir;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }
}
