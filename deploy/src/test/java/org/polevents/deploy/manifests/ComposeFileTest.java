package org.polevents.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** deploy/compose/docker-compose.yml against the services' own configuration. */
class ComposeFileTest {
    private static final ComposeFile COMPOSE = ComposeFile.load();
    private static final Pattern CREATE_DATABASE = Pattern.compile("(?i)CREATE\\s+DATABASE\\s+\"?(\\w+)\"?");

    static List<String> services() {
        return RepoFiles.services();
    }

    @ParameterizedTest
    @MethodSource("services")
    void buildsEachServiceFromItsModuleWithItsDockerfile(String service) {
        Map<?, ?> build = (Map<?, ?>) COMPOSE.service(service).get("build");
        assertThat(build).as(service + " build").isNotNull();
        Path context = COMPOSE.dir().resolve(String.valueOf(build.get("context"))).normalize();
        assertThat(context).isEqualTo(RepoFiles.path(service));
        Path dockerfile = context.resolve(String.valueOf(build.get("dockerfile"))).normalize();
        assertThat(dockerfile).isEqualTo(Dockerfile.of(service)).isRegularFile();
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyEnvironmentVariableReachesAConfigKeyOfTheService(String service) {
        ServiceConfig config = ServiceConfig.of(service);
        Set<String> imageEnv = Dockerfile.parse(Dockerfile.of(service)).env().keySet();
        assertThat(COMPOSE.env(service).keySet())
                .as("%s: variables the service would ignore (it reads %s)", service, config.envNames())
                .allMatch(env -> config.accepts(env) || imageEnv.contains(env));
    }

    @ParameterizedTest
    @MethodSource("services")
    void publishesAndProbesTheServicesOwnPort(String service) {
        int port = ServiceConfig.of(service).defaultHttpPort();
        assertThat(ServiceConfig.of(service).value("quarkus.http.port", COMPOSE.env(service))).contains(
                String.valueOf(port));
        assertThat(COMPOSE.containerPorts(service)).containsExactly(port);
        assertThat(Dockerfile.parse(Dockerfile.of(service)).exposedPorts()).containsExactly(port);
        assertThat(COMPOSE.healthcheck(service)).contains("/q/health/ready").contains(String.valueOf(port));
    }

    @ParameterizedTest
    @MethodSource("services")
    void waitsForTheTopicsAndItsDatabase(String service) {
        Map<String, Object> deps = COMPOSE.dependsOn(service);
        assertThat(condition(deps, COMPOSE.topicCreator())).isEqualTo("service_completed_successfully");
        ServiceConfig config = ServiceConfig.of(service);
        if (config.hasDatasource()) {
            String host = jdbcHost(config.value("quarkus.datasource.jdbc.url", COMPOSE.env(service)).orElseThrow());
            assertThat(COMPOSE.services()).containsKey(host);
            assertThat(condition(deps, host)).isEqualTo("service_healthy");
            assertThat(COMPOSE.healthcheck(host)).isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void pointsAtTheComposeBroker(String service) {
        String bootstrap = ServiceConfig.of(service).value("kafka.bootstrap.servers", COMPOSE.env(service)).orElseThrow();
        String host = bootstrap.split(",")[0].replaceFirst(":\\d+$", "");
        assertThat(COMPOSE.services()).as("bootstrap host " + host).containsKey(host);
        assertThat(COMPOSE.env(host).get("KAFKA_ADVERTISED_LISTENERS")).contains("//" + bootstrap.split(",")[0]);
    }

    @ParameterizedTest
    @MethodSource("services")
    void createsEveryTopicTheServiceUses(String service) {
        Map<String, Integer> created = COMPOSE.topics();
        ServiceConfig config = ServiceConfig.of(service);
        assertThat(created.keySet()).containsAll(config.topics(COMPOSE.env(service)));
        for (String consumed : config.consumedTopics(COMPOSE.env(service))) {
            assertThat(created.get(consumed)).as("partitions of " + consumed + " (room to scale out)")
                    .isGreaterThan(1);
        }
    }

    @Test
    void createsNoTopicNoServiceUses() {
        Set<String> used = new TreeSet<>();
        for (String s : services()) {
            used.addAll(ServiceConfig.of(s).topics(COMPOSE.env(s)));
        }
        assertThat(used).containsExactlyInAnyOrderElementsOf(COMPOSE.topics().keySet());
    }

    @ParameterizedTest
    @MethodSource("services")
    void theInitScriptCreatesTheServicesDatabase(String service) {
        ServiceConfig config = ServiceConfig.of(service);
        if (!config.hasDatasource()) {
            return;
        }
        String db = config.databaseName(COMPOSE.env(service)).orElseThrow();
        assertThat(db).isEqualTo(config.databaseName(Map.of()).orElseThrow());
        String host = jdbcHost(config.value("quarkus.datasource.jdbc.url", COMPOSE.env(service)).orElseThrow());
        assertThat(createdDatabases(host)).contains(db);
    }

    @Test
    void prometheusScrapesEveryServiceUnderAProfile() {
        Map<String, Object> prometheus = COMPOSE.service("prometheus");
        assertThat((List<?>) prometheus.get("profiles")).isNotEmpty();
        assertThat(String.valueOf(prometheus.get("volumes"))).contains("./prometheus.yml:");
        Map<String, Object> config = RepoFiles.yaml(COMPOSE.dir().resolve("prometheus.yml"));
        List<?> jobs = (List<?>) config.get("scrape_configs");
        for (String service : services()) {
            String target = service + ":" + ServiceConfig.of(service).defaultHttpPort();
            assertThat(jobs).as("scrape job for " + target).anySatisfy(j -> {
                Map<?, ?> job = (Map<?, ?>) j;
                assertThat(job.get("metrics_path")).isEqualTo("/q/metrics");
                assertThat(String.valueOf(job.get("static_configs"))).contains(target);
            });
        }
    }

    private static String condition(Map<String, Object> deps, String name) {
        assertThat(deps).containsKey(name);
        return String.valueOf(((Map<?, ?>) deps.get(name)).get("condition"));
    }

    private static String jdbcHost(String url) {
        Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+)").matcher(url);
        assertThat(m.find()).as(url).isTrue();
        return m.group(1);
    }

    /** Databases created by the SQL files mounted into the PostgreSQL container's init directory. */
    private static Set<String> createdDatabases(String postgresService) {
        Set<String> out = new TreeSet<>();
        for (Object v : (List<?>) COMPOSE.service(postgresService).getOrDefault("volumes", List.of())) {
            String[] parts = String.valueOf(v).split(":");
            if (parts.length >= 2 && parts[1].equals("/docker-entrypoint-initdb.d")) {
                Path dir = COMPOSE.dir().resolve(parts[0]).normalize();
                try (var files = Files.list(dir)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                        Matcher m = CREATE_DATABASE.matcher(RepoFiles.read(f));
                        while (m.find()) {
                            out.add(m.group(1));
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return out;
    }
}
