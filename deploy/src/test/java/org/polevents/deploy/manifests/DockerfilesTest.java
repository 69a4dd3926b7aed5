package org.polevents.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** deploy/docker/&lt;service&gt;.Dockerfile: one JVM-mode image per service module. */
class DockerfilesTest {
    static final Pattern SECRET_NAME = Pattern.compile("(?i).*(pass(word)?|secret|token|jaas|credential|api_?key).*");

    static List<String> services() {
        return RepoFiles.services();
    }

    private static Dockerfile dockerfile(String service) {
        Path file = Dockerfile.of(service);
        assertThat(file).as("image definition of " + service).isRegularFile();
        return Dockerfile.parse(file);
    }

    @ParameterizedTest
    @MethodSource("services")
    void buildsOnAPublicJava17RuntimeImageInOneStage(String service) {
        List<String> from = dockerfile(service).all("FROM");
        assertThat(from).hasSize(1);
        assertThat(from.get(0)).matches(
                "(registry\\.access\\.redhat\\.com/ubi9/openjdk-17-runtime|eclipse-temurin:17[^ ]*jre[^ ]*)(:[^ ]+)?");
    }

    @ParameterizedTest
    @MethodSource("services")
    void copiesTheFourQuarkusFastJarLayersInOrder(String service) {
        assertThat(dockerfile(service).copySources()).containsExactly("target/quarkus-app/lib/",
                "target/quarkus-app/*.jar", "target/quarkus-app/app/", "target/quarkus-app/quarkus/");
    }

    @ParameterizedTest
    @MethodSource("services")
    void runsAsANonRootUser(String service) {
        List<String> users = dockerfile(service).all("USER");
        assertThat(users).isNotEmpty();
        assertThat(users.get(users.size() - 1)).doesNotMatch("(root|0)(:.*)?");
    }

    @ParameterizedTest
    @MethodSource("services")
    void exposesTheServicesDefaultHttpPort(String service) {
        assertThat(dockerfile(service).exposedPorts()).containsExactly(ServiceConfig.of(service).defaultHttpPort());
    }

    @ParameterizedTest
    @MethodSource("services")
    void bakesInNoSecrets(String service) {
        Dockerfile d = dockerfile(service);
        assertThat(d.env().keySet()).noneMatch(k -> SECRET_NAME.matcher(k).matches());
        assertThat(d.copySources()).noneMatch(s -> s.matches("(?i).*\\.(jks|p12|pfx|pem|key|env)$"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void sendsOnlyThePackagedApplicationAsBuildContext(String service) {
        Path ignore = Path.of(Dockerfile.of(service) + ".dockerignore");
        assertThat(ignore).isRegularFile();
        List<String> lines = RepoFiles.read(ignore).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(lines).containsExactly("*", "!target/quarkus-app/");
        assertThat(Files.isDirectory(RepoFiles.path(service))).isTrue();
    }
}
