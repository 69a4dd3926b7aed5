package org.polevents.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Deployment" section documents only variables the services really read: each
 * {@code `NAME`} in the first column of its tables must reach a config key of a service the row
 * names (or of every service for "all"), be an ENV of the images, or be a compose variable.
 */
class ReadmeDeploymentTest {
    private static final Pattern VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]*)`");

    private static String deploymentSection() {
        String readme = RepoFiles.read(RepoFiles.path("README.md"));
        int start = readme.indexOf("\n## Deployment");
        assertThat(start).as("README has a ## Deployment section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    @Test
    void hasComposeAndKubernetesInstructions() {
        String section = deploymentSection();
        assertThat(section).contains("### Compose", "### Kubernetes", "kubectl apply -k deploy/k8s",
                "docker compose -f deploy/compose/docker-compose.yml", "./mvnw package -DskipTests");
    }

    @Test
    void everyDocumentedVariableIsReadBySomething() {
        Set<String> imageEnv = new TreeSet<>();
        RepoFiles.services().forEach(s -> imageEnv.addAll(Dockerfile.parse(Dockerfile.of(s)).env().keySet()));
        Set<String> composeVariables = ComposeFile.variables();
        List<String> checked = new ArrayList<>();
        for (String line : deploymentSection().lines().toList()) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            List<String> services = servicesNamed(cells[cells.length - 1]);
            Matcher m = VARIABLE.matcher(cells[1]);
            while (m.find()) {
                String variable = m.group(1);
                checked.add(variable);
                boolean read = imageEnv.contains(variable) || composeVariables.contains(variable)
                        || services.stream().anyMatch(s -> ServiceConfig.of(s).accepts(variable));
                assertThat(read).as("README documents %s for %s, but nothing reads it", variable, services).isTrue();
            }
        }
        assertThat(checked).contains("KAFKA_SASL_JAAS_CONFIG", "QUARKUS_DATASOURCE_JDBC_URL");
    }

    /** Services a table row names in its last column ("all", "ingest, store", "ingest / extract"), else all. */
    private static List<String> servicesNamed(String cell) {
        List<String> named = RepoFiles.services().stream()
                .filter(s -> cell.contains(s.replace("-service", ""))).toList();
        return named.isEmpty() ? RepoFiles.services() : named;
    }
}
