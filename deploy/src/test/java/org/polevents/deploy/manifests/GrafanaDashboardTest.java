package org.polevents.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * deploy/grafana/polevents-dashboard.json against the meters the services register. Micrometer's
 * Prometheus names: dots to underscores, counters end in {@code _total}, timers in
 * {@code _seconds_count/_sum/_max}.
 */
class GrafanaDashboardTest {
    private static final Path DASHBOARD = RepoFiles.path("deploy/grafana/polevents-dashboard.json");
    private static final Pattern METER = Pattern.compile(
            "(counter|Counter\\.builder|timer|Timer\\.builder|gauge|Gauge\\.builder|summary|DistributionSummary\\.builder)"
                    + "\\(\\s*\"(polevents\\.[a-z0-9._]+)\"");
    private static final Pattern PROMETHEUS_NAME = Pattern.compile("\\b([a-z_][a-z0-9_]*)\\b(?=\\s*[{\\[)]|\\s*$)");

    /** Prometheus series name to the service that registers it, from the services' main sources. */
    static Map<String, String> serviceMeters() {
        Map<String, String> out = new TreeMap<>();
        for (String service : RepoFiles.services()) {
            try (Stream<Path> files = Files.walk(RepoFiles.path(service).resolve("src/main/java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = METER.matcher(RepoFiles.read(f));
                    while (m.find()) {
                        String base = m.group(2).replace('.', '_');
                        String kind = m.group(1).toLowerCase();
                        String series = kind.startsWith("counter") ? base + "_total"
                                : kind.startsWith("timer") ? base + "_seconds_count"
                                : kind.contains("summary") ? base + "_count" : base;
                        out.put(series, service);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static JsonNode dashboard() throws IOException {
        return new ObjectMapper().readTree(DASHBOARD.toFile());
    }

    private static List<String> expressions(JsonNode dashboard) {
        List<String> out = new ArrayList<>();
        dashboard.findValues("expr").forEach(e -> out.add(e.asText()));
        return out;
    }

    /** Metric names an expression selects (identifiers followed by a selector, range or end). */
    static Set<String> metricNames(String expr) {
        Set<String> out = new TreeSet<>();
        // label lists of by/without and quoted label values are not series names
        String bare = expr.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("\\b(by|without)\\s*\\([^)]*\\)", " ");
        Matcher m = PROMETHEUS_NAME.matcher(bare);
        while (m.find()) {
            String name = m.group(1);
            if (name.contains("_") && !name.startsWith("__")) {
                out.add(name);
            }
        }
        return out;
    }

    @Test
    void metricNameExtractionFindsSelectedSeries() {
        assertThat(metricNames("sum by (outcome) (rate(polevents_ingest_articles_total[$__rate_interval]))"))
                .containsExactly("polevents_ingest_articles_total");
        assertThat(metricNames("max by (job) (kafka_consumer_fetch_manager_records_lag_max{job=~\"$job\"})"))
                .containsExactly("kafka_consumer_fetch_manager_records_lag_max");
        assertThat(metricNames("sum by (client_id) (rate(kafka_consumer_fetch_manager_records_consumed_total[5m]))"))
                .containsExactly("kafka_consumer_fetch_manager_records_consumed_total");
        assertThat(metricNames("sum(increase(polevents_store_dead_lettered_total[1h]))"))
                .containsExactly("polevents_store_dead_lettered_total");
    }

    @Test
    void isAGrafanaDashboardOfPrometheusQueries() throws IOException {
        JsonNode d = dashboard();
        assertThat(d.path("title").asText()).isNotBlank();
        assertThat(d.path("uid").asText()).isNotBlank();
        assertThat(d.path("panels").size()).isGreaterThan(5);
        assertThat(expressions(d)).isNotEmpty().allSatisfy(e -> assertThat(e).isNotBlank());
        d.path("panels").forEach(p -> {
            if (!"row".equals(p.path("type").asText())) {
                assertThat(p.path("datasource").path("type").asText()).as(p.path("title").asText()).isEqualTo("prometheus");
            }
        });
    }

    @Test
    void everyPoleventsSeriesOnTheDashboardIsRegisteredByAService() throws IOException {
        Map<String, String> meters = serviceMeters();
        assertThat(meters).as("meters found in the services' sources").isNotEmpty();
        Set<String> used = new TreeSet<>();
        expressions(dashboard()).forEach(e -> used.addAll(metricNames(e)));
        assertThat(used.stream().filter(n -> n.startsWith("polevents_")).toList())
                .as("dashboard series no service exports").allMatch(meters::containsKey);
    }

    @Test
    void everyMeterTheServicesRegisterIsOnTheDashboard() throws IOException {
        Set<String> used = new TreeSet<>();
        expressions(dashboard()).forEach(e -> used.addAll(metricNames(e)));
        assertThat(used).as("add a panel for each new meter").containsAll(serviceMeters().keySet());
    }

    @Test
    void showsConsumerLagHttpAndJvmMetrics() throws IOException {
        Set<String> used = new TreeSet<>();
        expressions(dashboard()).forEach(e -> used.addAll(metricNames(e)));
        assertThat(used).contains("kafka_consumer_fetch_manager_records_lag_max", "http_server_requests_seconds_count",
                "jvm_memory_used_bytes");
    }
}
