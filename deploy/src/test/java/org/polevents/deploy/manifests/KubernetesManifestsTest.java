package org.polevents.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polevents.deploy.manifests.KubeManifests.container;
import static org.polevents.deploy.manifests.KubeManifests.list;
import static org.polevents.deploy.manifests.KubeManifests.map;
import static org.polevents.deploy.manifests.KubeManifests.name;
import static org.polevents.deploy.manifests.KubeManifests.podSpec;
import static org.polevents.deploy.manifests.KubeManifests.podTemplateMetadata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** deploy/k8s (what {@code kubectl apply -k} sends) against the services' own configuration. */
class KubernetesManifestsTest {
    private static final KubeManifests K8S = KubeManifests.load();
    /** Secret keys the Strimzi User Operator writes for a SCRAM-SHA-512 KafkaUser. */
    private static final Set<String> KAFKA_USER_SECRET_KEYS = Set.of("password", "sasl.jaas.config");

    static List<String> services() {
        return RepoFiles.services();
    }

    private static Map<String, Object> deployment(String service) {
        return K8S.get("Deployment", service);
    }

    private static Map<String, String> env(String service) {
        return K8S.env(container(deployment(service)));
    }

    @Test
    void everyResourceIsWellFormedAndNoSecretIsCommitted() {
        assertThat(K8S.resources()).isNotEmpty().allSatisfy(r -> {
            assertThat(r).containsKeys("apiVersion", "kind", "metadata");
            assertThat(map(r.get("metadata"))).containsKey("name");
            assertThat(map(r.get("metadata")).keySet()).as("metadata of " + r.get("kind"))
                    .isSubsetOf("name", "namespace", "labels", "annotations");
        });
        assertThat(K8S.ofKind("Secret")).as("Secrets are created with kubectl, not applied from the repo").isEmpty();
    }

    @Test
    void exampleSecretsHoldOnlyPlaceholders() throws Exception {
        try (Stream<Path> files = Files.list(KubeManifests.DIR.resolve("examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                assertThat(KubeManifests.resourceFiles(K8S.kustomization())).noneMatch(r -> r.contains(f.getFileName().toString()));
                for (Map<String, Object> r : RepoFiles.yamlAll(f)) {
                    if ("Secret".equals(r.get("kind"))) {
                        assertThat(map(r.get("stringData")).values()).as(f + " " + name(r))
                                .allSatisfy(v -> assertThat(String.valueOf(v)).contains("CHANGE_ME"));
                        assertThat(r).doesNotContainKey("data");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void probesPointAtQuarkusHealthOnTheHttpPort(String service) {
        Map<String, Object> c = container(deployment(service));
        assertThat(probePath(c, "readinessProbe")).isEqualTo("/q/health/ready");
        assertThat(probePath(c, "livenessProbe")).isEqualTo("/q/health/live");
        if (c.containsKey("startupProbe")) {
            assertThat(probePath(c, "startupProbe")).isEqualTo("/q/health/started");
        }
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            if (c.containsKey(probe)) {
                Object port = map(map(c.get(probe)).get("httpGet")).get("port");
                assertThat(containerPort(c, port)).as(probe).isEqualTo(ServiceConfig.of(service).defaultHttpPort());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void containerPortServiceAndScrapeAnnotationsAgreeWithTheServicePort(String service) {
        int port = ServiceConfig.of(service).defaultHttpPort();
        Map<String, Object> d = deployment(service);
        Map<String, Object> c = container(d);
        assertThat(list(c.get("ports"))).extracting(p -> map(p).get("containerPort")).containsExactly(port);
        assertThat(ServiceConfig.of(service).value("quarkus.http.port", env(service))).contains(String.valueOf(port));

        Map<String, Object> svc = map(K8S.get("Service", service).get("spec"));
        Map<String, Object> svcPort = map(list(svc.get("ports")).get(0));
        assertThat(svcPort.get("port")).isEqualTo(port);
        assertThat(containerPort(c, svcPort.get("targetPort"))).isEqualTo(port);
        Map<String, Object> podLabels = map(podTemplateMetadata(d).get("labels"));
        assertThat(podLabels).containsAllEntriesOf(map(svc.get("selector")));
        assertThat(podLabels).containsAllEntriesOf(map(map(map(d.get("spec")).get("selector")).get("matchLabels")));

        Map<String, Object> annotations = map(podTemplateMetadata(d).get("annotations"));
        assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/path", "/q/metrics")
                .containsEntry("prometheus.io/port", String.valueOf(port));
    }

    @ParameterizedTest
    @MethodSource("services")
    void setsCpuAndMemoryRequestsAndLimits(String service) {
        Map<String, Object> resources = map(container(deployment(service)).get("resources"));
        assertThat(map(resources.get("requests"))).containsKeys("cpu", "memory");
        assertThat(map(resources.get("limits"))).containsKeys("cpu", "memory");
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyEnvironmentVariableReachesAConfigKeyOfTheService(String service) {
        ServiceConfig config = ServiceConfig.of(service);
        Set<String> imageEnv = Dockerfile.parse(Dockerfile.of(service)).env().keySet();
        assertThat(env(service).keySet())
                .as("%s: variables the service would ignore (it reads %s)", service, config.envNames())
                .allMatch(e -> config.accepts(e) || imageEnv.contains(e));
    }

    @ParameterizedTest
    @MethodSource("services")
    void credentialsComeOnlyFromSecrets(String service) {
        Map<String, Object> c = container(deployment(service));
        for (Object o : list(c.get("env"))) {
            Map<String, Object> var = map(o);
            if (DockerfilesTest.SECRET_NAME.matcher(String.valueOf(var.get("name"))).matches()) {
                assertThat(map(var.get("valueFrom"))).as(String.valueOf(var.get("name"))).containsKey("secretKeyRef");
            }
        }
        for (Map<String, Object> cm : K8S.ofKind("ConfigMap")) {
            assertThat(map(cm.get("data")).keySet()).as(name(cm))
                    .noneMatch(k -> DockerfilesTest.SECRET_NAME.matcher(k).matches());
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void everySecretItReadsIsCreatedByStrimziOrDocumentedAsAnExample(String service) throws Exception {
        Set<String> kafkaUsers = new HashSet<>();
        K8S.ofKind("KafkaUser").forEach(u -> kafkaUsers.add(name(u)));
        Map<String, Set<String>> examples = exampleSecrets();
        Map<String, Object> c = container(deployment(service));
        for (Object o : list(c.get("env"))) {
            Map<String, Object> ref = map(map(map(o).get("valueFrom")).get("secretKeyRef"));
            if (ref.isEmpty()) {
                continue;
            }
            String secret = String.valueOf(ref.get("name"));
            String key = String.valueOf(ref.get("key"));
            boolean strimzi = kafkaUsers.contains(secret) && KAFKA_USER_SECRET_KEYS.contains(key);
            assertThat(strimzi || examples.getOrDefault(secret, Set.of()).contains(key))
                    .as("%s reads %s/%s: neither a KafkaUser's Secret nor an example in deploy/k8s/examples", service,
                            secret, key)
                    .isTrue();
        }
        for (Object o : list(podSpec(deployment(service)).get("volumes"))) {
            Map<String, Object> secret = map(map(o).get("secret"));
            if (!secret.isEmpty()) {
                assertThat(String.valueOf(secret.get("secretName"))).isEqualTo(strimziCluster() + "-cluster-ca-cert");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void theKafkaTruststoreIsMountedFromTheClusterCa(String service) {
        String location = env(service).get("KAFKA_SSL_TRUSTSTORE_LOCATION");
        if (location == null) {
            return;
        }
        Map<String, Object> c = container(deployment(service));
        Map<String, Object> mount = list(c.get("volumeMounts")).stream().map(KubeManifests::map)
                .filter(m -> location.startsWith(m.get("mountPath") + "/")).findFirst()
                .orElseThrow(() -> new AssertionError("nothing mounted at " + location));
        Map<String, Object> volume = list(podSpec(deployment(service)).get("volumes")).stream().map(KubeManifests::map)
                .filter(v -> mount.get("name").equals(v.get("name"))).findFirst().orElseThrow();
        String file = location.substring(String.valueOf(mount.get("mountPath")).length() + 1);
        assertThat(list(map(volume.get("secret")).get("items"))).extracting(i -> map(i).get("path")).contains(file);
    }

    @Test
    void bootstrapAndSecurityMatchTheStrimziClusterTheTopicsBelongTo() {
        String cluster = strimziCluster();
        for (String service : services()) {
            Map<String, String> env = env(service);
            String bootstrap = ServiceConfig.of(service).value("kafka.bootstrap.servers", env).orElseThrow();
            assertThat(bootstrap).as(service).startsWith(cluster + "-kafka-bootstrap:");
        }
        Path example = KubeManifests.DIR.resolve("examples/strimzi-kafka.example.yaml");
        if (Files.isRegularFile(example)) {
            Map<String, Object> kafka = RepoFiles.yamlAll(example).stream().filter(r -> "Kafka".equals(r.get("kind")))
                    .findFirst().orElseThrow();
            assertThat(name(kafka)).isEqualTo(cluster);
            Map<String, String> env = env(services().get(0));
            int port = Integer.parseInt(env.get("KAFKA_BOOTSTRAP_SERVERS").replaceFirst(".*:", ""));
            Map<String, Object> listener = list(map(map(kafka.get("spec")).get("kafka")).get("listeners")).stream()
                    .map(KubeManifests::map).filter(l -> Integer.valueOf(port).equals(l.get("port"))).findFirst()
                    .orElseThrow(() -> new AssertionError("example cluster has no listener on " + port));
            assertThat(env.get("KAFKA_SECURITY_PROTOCOL"))
                    .isEqualTo(Boolean.TRUE.equals(listener.get("tls")) ? "SASL_SSL" : "SASL_PLAINTEXT");
            assertThat(map(listener.get("authentication")).get("type"))
                    .isEqualTo(env.get("KAFKA_SASL_MECHANISM").toLowerCase());
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyTopicTheServiceUsesIsAKafkaTopicWithRoomToScaleOut(String service) {
        Map<String, Integer> topics = kafkaTopics();
        ServiceConfig config = ServiceConfig.of(service);
        assertThat(topics.keySet()).containsAll(config.topics(env(service)));
        for (String consumed : config.consumedTopics(env(service))) {
            assertThat(topics.get(consumed)).as("partitions of " + consumed).isGreaterThan(1);
        }
    }

    @Test
    void kafkaTopicsMatchTheComposeTopicsAndPartitions() {
        assertThat(kafkaTopics()).isEqualTo(new TreeMap<>(ComposeFile.load().topics()));
    }

    @ParameterizedTest
    @MethodSource("services")
    void theKafkaUserMayDoExactlyWhatTheServiceNeeds(String service) {
        Map<String, Object> c = container(deployment(service));
        String user = list(c.get("env")).stream().map(KubeManifests::map)
                .filter(v -> "KAFKA_SASL_JAAS_CONFIG".equals(v.get("name"))).findFirst()
                .map(v -> String.valueOf(map(map(v.get("valueFrom")).get("secretKeyRef")).get("name")))
                .orElseThrow(() -> new AssertionError(service + " sets no KAFKA_SASL_JAAS_CONFIG"));
        List<Map<String, Object>> acls = list(map(map(K8S.get("KafkaUser", user).get("spec")).get("authorization"))
                .get("acls")).stream().map(KubeManifests::map).toList();
        ServiceConfig config = ServiceConfig.of(service);
        Map<String, String> env = env(service);
        config.consumedTopics(env).forEach(t -> assertThat(operations(acls, "topic", t)).as(t).contains("Read"));
        config.producedTopics(env).forEach(t -> assertThat(operations(acls, "topic", t)).as(t).contains("Write"));
        config.consumerGroups(env).forEach(g -> assertThat(operations(acls, "group", g)).as(g).contains("Read"));
        Set<String> granted = new TreeSet<>();
        acls.stream().filter(a -> "topic".equals(map(a.get("resource")).get("type")))
                .forEach(a -> granted.add(String.valueOf(map(a.get("resource")).get("name"))));
        assertThat(granted).as("topics " + user + " may touch").isEqualTo(config.topics(env));
    }

    @ParameterizedTest
    @MethodSource("services")
    void imagesAreTheOnesComposeBuilds(String service) {
        assertThat(K8S.image(container(deployment(service)))).isEqualTo(ComposeFile.load().image(service));
    }

    @ParameterizedTest
    @MethodSource("services")
    void databaseNamesAreTheServicesDefaults(String service) {
        ServiceConfig config = ServiceConfig.of(service);
        assertThat(config.databaseName(env(service))).isEqualTo(config.databaseName(Map.of()));
        if (config.hasDatasource()) {
            assertThat(env(service)).containsKeys("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
        }
    }

    @Test
    void extractServiceScalesOnCpuNoFurtherThanItsPartitions() {
        Map<String, Object> hpa = K8S.get("HorizontalPodAutoscaler", "extract-service");
        assertThat(hpa.get("apiVersion")).isEqualTo("autoscaling/v2");
        Map<String, Object> spec = map(hpa.get("spec"));
        assertThat(map(spec.get("scaleTargetRef"))).containsEntry("kind", "Deployment").containsEntry("name",
                "extract-service");
        Map<String, Object> metric = map(list(spec.get("metrics")).get(0));
        assertThat(map(metric.get("resource"))).containsEntry("name", "cpu");
        int min = (Integer) spec.get("minReplicas");
        int max = (Integer) spec.get("maxReplicas");
        assertThat(min).isGreaterThanOrEqualTo(1);
        assertThat(max).isGreaterThan(min);
        Map<String, Integer> partitions = kafkaTopics();
        for (String t : ServiceConfig.of("extract-service").consumedTopics(env("extract-service"))) {
            assertThat(max).as("replicas beyond the partitions of " + t + " sit idle").isLessThanOrEqualTo(partitions.get(t));
        }
        Map<String, Object> d = deployment("extract-service");
        assertThat(map(d.get("spec"))).as("the HPA owns the replica count").doesNotContainKey("replicas");
        assertThat(map(map(container(d).get("resources")).get("requests"))).containsKey("cpu");
    }

    /** KafkaTopic topic name (spec.topicName, else metadata.name) to partitions. */
    private static Map<String, Integer> kafkaTopics() {
        Map<String, Integer> out = new TreeMap<>();
        for (Map<String, Object> t : K8S.ofKind("KafkaTopic")) {
            Map<String, Object> spec = map(t.get("spec"));
            out.put(String.valueOf(spec.getOrDefault("topicName", name(t))), (Integer) spec.get("partitions"));
        }
        return out;
    }

    /** The single strimzi.io/cluster label every KafkaTopic and KafkaUser carries. */
    private static String strimziCluster() {
        Set<String> clusters = new TreeSet<>();
        Stream.concat(K8S.ofKind("KafkaTopic").stream(), K8S.ofKind("KafkaUser").stream())
                .forEach(r -> clusters.add(String.valueOf(map(map(r.get("metadata")).get("labels")).get("strimzi.io/cluster"))));
        assertThat(clusters).hasSize(1).doesNotContain("null");
        return clusters.iterator().next();
    }

    private static List<Object> operations(List<Map<String, Object>> acls, String type, String name) {
        return acls.stream().filter(a -> type.equals(map(a.get("resource")).get("type"))
                && name.equals(map(a.get("resource")).get("name"))).flatMap(a -> list(a.get("operations")).stream())
                .toList();
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return String.valueOf(map(map(container.get(probe)).get("httpGet")).get("path"));
    }

    /** A port given by number or by the name of one of the container's ports. */
    private static int containerPort(Map<String, Object> container, Object port) {
        if (port instanceof Integer i) {
            return i;
        }
        return list(container.get("ports")).stream().map(KubeManifests::map).filter(p -> port.equals(p.get("name")))
                .map(p -> (Integer) p.get("containerPort")).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port));
    }

    private static Map<String, Set<String>> exampleSecrets() throws Exception {
        Map<String, Set<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(KubeManifests.DIR.resolve("examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                for (Map<String, Object> r : RepoFiles.yamlAll(f)) {
                    if ("Secret".equals(r.get("kind"))) {
                        out.computeIfAbsent(name(r), k -> new TreeSet<>()).addAll(map(r.get("stringData")).keySet());
                    }
                }
            }
        }
        return out;
    }
}
