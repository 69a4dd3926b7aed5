package org.polevents.deploy.manifests;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * What one service can be configured with, read from its real sources: the keys and
 * {@code ${name:default}} expressions of {@code src/main/resources/application.properties} and the
 * keys of its {@code @ConfigMapping} interfaces. Answers the questions the deployment descriptors
 * must agree on: does an environment variable reach a config key, which port does the service
 * listen on, which topics and consumer groups does it use, which database does it open.
 *
 * <p>Environment variables follow the SmallRye Config rule Quarkus uses: property {@code a.b-c} is
 * read from {@code A_B_C} (non-alphanumerics to {@code _}, upper case); an expression's own name
 * ({@code ${INGEST_PORT:8081}}) is read as is. Quarkus also hands every {@code kafka.*} property,
 * environment variables included ({@code KAFKA_SECURITY_PROTOCOL} becomes
 * {@code security.protocol}), to all Kafka clients of the service, so {@code KAFKA_<client config>}
 * is a config key of every service that talks to Kafka.
 */
final class ServiceConfig {
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");
    private static final Pattern PROFILE = Pattern.compile("^%[^.]+\\.");
    private static final Pattern CHANNEL_TOPIC = Pattern.compile(
            "mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.(topic|dead-letter-queue\\.topic)");
    private static final Pattern GROUP_ID = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.group\\.id");
    private static final Set<String> KAFKA_CLIENT_CONFIGS = kafkaClientConfigs();

    private final String name;
    private final Map<String, String> properties;
    private final Set<String> keys;
    private final Set<String> expressionNames;

    private ServiceConfig(String name, Map<String, String> properties, Set<String> mappingKeys) {
        this.name = name;
        this.properties = properties;
        this.keys = new TreeSet<>(properties.keySet());
        this.keys.addAll(mappingKeys);
        this.expressionNames = new TreeSet<>();
        for (String value : properties.values()) {
            Matcher m = EXPRESSION.matcher(value);
            while (m.find()) {
                expressionNames.add(m.group(1));
            }
        }
        this.keys.addAll(expressionNames);
    }

    private static final Map<String, ServiceConfig> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** Reads {@code <root>/<module>/src/main/...} (once per test JVM: the sources do not change under a run). */
    static ServiceConfig of(String module) {
        return READ.computeIfAbsent(module, ServiceConfig::read);
    }

    private static ServiceConfig read(String module) {
        Path dir = RepoFiles.path(module);
        return parse(module, RepoFiles.read(dir.resolve("src/main/resources/application.properties")),
                ConfigMappingKeys.under(dir.resolve("src/main/java")));
    }

    /** A service from the text of its application.properties and its mapping keys. */
    static ServiceConfig parse(String name, String applicationProperties, Set<String> mappingKeys) {
        Properties raw = new Properties();
        try (StringReader in = new StringReader(applicationProperties)) {
            raw.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> props = new LinkedHashMap<>();
        // the profile-free value wins; a key set only under a profile is still a key
        raw.stringPropertyNames().stream().sorted().forEach(k -> {
            String plain = PROFILE.matcher(k).replaceFirst("");
            if (k.equals(plain) || !props.containsKey(plain)) {
                props.put(plain, raw.getProperty(k));
            }
        });
        return new ServiceConfig(name, props, mappingKeys);
    }

    String name() {
        return name;
    }

    /** SmallRye's environment variable name of a property: non-alphanumerics to '_', upper case. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Every config key and expression name this service knows, profile prefixes removed. */
    Set<String> keys() {
        return keys;
    }

    boolean talksToKafka() {
        return properties.containsKey("kafka.bootstrap.servers");
    }

    boolean hasDatasource() {
        return properties.containsKey("quarkus.datasource.jdbc.url");
    }

    /** The config key an environment variable sets, if any (see class comment for the rules). */
    Optional<String> keyOf(String env) {
        if (expressionNames.contains(env)) {
            return Optional.of(env);
        }
        for (String key : keys) {
            if (envName(key).equals(env)) {
                return Optional.of(key);
            }
        }
        if (talksToKafka() && env.startsWith("KAFKA_")) {
            String client = env.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
            if (KAFKA_CLIENT_CONFIGS.contains(client)) {
                return Optional.of("kafka." + client);
            }
        }
        return Optional.empty();
    }

    boolean accepts(String env) {
        return keyOf(env).isPresent();
    }

    /**
     * The value a property takes when the service runs with {@code env}: the environment first
     * (exact, then the SmallRye name), then application.properties, with expressions expanded.
     */
    Optional<String> value(String key, Map<String, String> env) {
        String v = lookup(key, env);
        return v == null ? Optional.empty() : Optional.of(expand(v, env, 0));
    }

    private String lookup(String key, Map<String, String> env) {
        if (env.containsKey(key)) {
            return env.get(key);
        }
        if (env.containsKey(envName(key))) {
            return env.get(envName(key));
        }
        return properties.get(key);
    }

    private String expand(String value, Map<String, String> env, int depth) {
        if (depth > 10) {
            throw new IllegalStateException("expression loop in " + name + ": " + value);
        }
        Matcher m = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String found = lookup(m.group(1), env);
            String replacement = found != null ? expand(found, env, depth + 1) : m.group(2);
            if (replacement == null) {
                throw new IllegalStateException(name + ": ${" + m.group(1) + "} has no value and no default");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The port of {@code quarkus.http.port} with no environment: what the image should expose. */
    int defaultHttpPort() {
        return Integer.parseInt(value("quarkus.http.port", Map.of())
                .orElseThrow(() -> new IllegalStateException(name + " sets no quarkus.http.port")));
    }

    /** Topics the service reads ({@code incoming.*.topic}). */
    Set<String> consumedTopics(Map<String, String> env) {
        return channelTopics(env, "incoming", "topic");
    }

    /** Topics the service writes: {@code outgoing.*.topic} and its dead-letter topics. */
    Set<String> producedTopics(Map<String, String> env) {
        Set<String> out = channelTopics(env, "outgoing", "topic");
        out.addAll(channelTopics(env, "incoming", "dead-letter-queue.topic"));
        return out;
    }

    Set<String> topics(Map<String, String> env) {
        Set<String> all = consumedTopics(env);
        all.addAll(producedTopics(env));
        return all;
    }

    private Set<String> channelTopics(Map<String, String> env, String direction, String attribute) {
        Set<String> out = new TreeSet<>();
        for (String key : properties.keySet()) {
            Matcher m = CHANNEL_TOPIC.matcher(key);
            if (m.matches() && m.group(1).equals(direction) && m.group(3).equals(attribute)) {
                out.add(value(key, env).orElseThrow());
            }
        }
        return out;
    }

    Set<String> consumerGroups(Map<String, String> env) {
        Set<String> out = new TreeSet<>();
        for (String key : properties.keySet()) {
            if (GROUP_ID.matcher(key).matches()) {
                out.add(value(key, env).orElseThrow());
            }
        }
        return out;
    }

    /** The database name at the end of the JDBC URL, if the service has a datasource. */
    Optional<String> databaseName(Map<String, String> env) {
        return value("quarkus.datasource.jdbc.url", env).map(url -> {
            String path = url.replaceFirst("\\?.*$", "");
            return path.substring(path.lastIndexOf('/') + 1);
        });
    }

    private static Set<String> kafkaClientConfigs() {
        Set<String> names = new TreeSet<>();
        names.addAll(ProducerConfig.configNames());
        names.addAll(ConsumerConfig.configNames());
        names.addAll(AdminClientConfig.configNames());
        return names;
    }

    /**
     * Keys of the {@code @ConfigMapping} interfaces in a source tree: the prefix, then each method
     * in kebab case, descending into nested interfaces. A light parse that fits how the services
     * write their mappings (no {@code @WithName}, no maps).
     */
    static final class ConfigMappingKeys {
        private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
        private static final Pattern INTERFACE = Pattern.compile("\\binterface\\s+(\\w+)[^{]*\\{");
        private static final Pattern METHOD = Pattern.compile("([A-Za-z_][\\w.<>?, ]*?)\\s+(\\w+)\\s*\\(\\s*\\)\\s*;");

        private ConfigMappingKeys() {
        }

        static Set<String> under(Path sources) {
            Set<String> keys = new TreeSet<>();
            if (!Files.isDirectory(sources)) {
                return keys;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String src = RepoFiles.read(f);
                    Matcher mapping = MAPPING.matcher(src);
                    if (mapping.find()) {
                        keys.addAll(of(mapping.group(1), stripComments(src.substring(mapping.end()))));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return keys;
        }

        static Set<String> of(String prefix, String source) {
            Map<String, String> bodies = new LinkedHashMap<>();
            Matcher m = INTERFACE.matcher(source);
            while (m.find()) {
                bodies.put(m.group(1), body(source, m.end()));
            }
            if (bodies.isEmpty()) {
                return Set.of();
            }
            Set<String> keys = new TreeSet<>();
            collect(prefix, bodies.keySet().iterator().next(), bodies, keys, 0);
            return keys;
        }

        private static void collect(String prefix, String iface, Map<String, String> bodies, Set<String> keys,
                int depth) {
            if (depth > 8) {
                return;
            }
            String direct = withoutNested(bodies.get(iface));
            Matcher m = METHOD.matcher(direct);
            while (m.find()) {
                String type = m.group(1).trim();
                String key = prefix + "." + kebab(m.group(2));
                if (bodies.containsKey(type)) {
                    collect(key, type, bodies, keys, depth + 1);
                } else {
                    keys.add(key);
                }
            }
        }

        /** The text between the brace before {@code start} and its matching close. */
        private static String body(String src, int start) {
            int depth = 1;
            for (int i = start; i < src.length(); i++) {
                char c = src.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return src.substring(start, i);
                }
            }
            throw new IllegalStateException("unbalanced braces");
        }

        private static String withoutNested(String body) {
            StringBuilder out = new StringBuilder();
            int depth = 0;
            for (char c : body.toCharArray()) {
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                } else if (depth == 0) {
                    out.append(c);
                }
            }
            // a nested "interface Foo" header is left behind without its body; drop it
            return out.toString().replaceAll("\\binterface\\s+\\w+", " ");
        }

        private static String stripComments(String src) {
            return src.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
        }

        static String kebab(String camel) {
            return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        }
    }

    /** The service's environment-variable-visible keys, for error messages. */
    List<String> envNames() {
        return keys.stream().map(k -> expressionNames.contains(k) ? k : envName(k)).sorted().distinct().toList();
    }
}
