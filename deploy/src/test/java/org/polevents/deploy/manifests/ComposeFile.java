package org.polevents.deploy.manifests;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * deploy/compose/docker-compose.yml, read as compose does it with no variables set: every
 * {@code ${VAR:-default}} takes its default and {@code $$} stands for {@code $}.
 */
final class ComposeFile {
    static final Path FILE = RepoFiles.path("deploy/compose/docker-compose.yml");
    /** The variable of the one-shot topic container: {@code name:partitions} separated by blanks. */
    static final String TOPICS_VARIABLE = "POLEVENTS_TOPICS";
    private static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

    private final Map<String, Object> root;

    private ComposeFile(Map<String, Object> root) {
        this.root = root;
    }

    static ComposeFile load() {
        return new ComposeFile(RepoFiles.yaml(FILE));
    }

    Path dir() {
        return FILE.getParent();
    }

    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> services() {
        return (Map<String, Map<String, Object>>) root.get("services");
    }

    Map<String, Object> service(String name) {
        Map<String, Object> s = services().get(name);
        if (s == null) {
            throw new AssertionError("compose has no service " + name + "; it has " + services().keySet());
        }
        return s;
    }

    /** A service's environment (map or list form), interpolated. */
    Map<String, String> env(String service) {
        Object env = service(service).get("environment");
        Map<String, String> out = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : interpolate(String.valueOf(v))));
        } else if (env instanceof List<?> l) {
            for (Object item : l) {
                String s = String.valueOf(item);
                int eq = s.indexOf('=');
                out.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : interpolate(s.substring(eq + 1)));
            }
        }
        return out;
    }

    /** A string as compose sees it with an empty shell environment. */
    static String interpolate(String value) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String op = m.group(2);
            String replacement = op != null && op.endsWith("-") ? m.group(3) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString().replace("$$", "$");
    }

    /** Names of the variables the file reads from the shell or an .env file. */
    static Set<String> variables() {
        Set<String> out = new TreeSet<>();
        Matcher m = VARIABLE.matcher(RepoFiles.read(FILE));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The service whose environment holds the topic list (the one-shot topic creator). */
    String topicCreator() {
        return services().keySet().stream().filter(s -> env(s).containsKey(TOPICS_VARIABLE)).findFirst()
                .orElseThrow(() -> new AssertionError("no compose service sets " + TOPICS_VARIABLE));
    }

    /** Topic name to partition count, as the topic creator makes them. */
    Map<String, Integer> topics() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String spec : env(topicCreator()).get(TOPICS_VARIABLE).trim().split("\\s+")) {
            int colon = spec.lastIndexOf(':');
            out.put(spec.substring(0, colon), Integer.parseInt(spec.substring(colon + 1)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> dependsOn(String service) {
        Object d = service(service).get("depends_on");
        if (d instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (d instanceof List<?> l) {
            l.forEach(s -> out.put(String.valueOf(s), Map.of("condition", "service_started")));
        }
        return out;
    }

    /** The healthcheck command as one string. */
    String healthcheck(String service) {
        Object hc = service(service).get("healthcheck");
        if (!(hc instanceof Map<?, ?> m) || m.get("test") == null) {
            return "";
        }
        Object test = m.get("test");
        return test instanceof List<?> l ? String.join(" ", l.stream().map(String::valueOf).toList())
                : String.valueOf(test);
    }

    /** Container ports of the {@code ports:} entries ("8081:8081", "127.0.0.1:8081:8081/tcp"). */
    List<Integer> containerPorts(String service) {
        Object ports = service(service).getOrDefault("ports", List.of());
        return ((List<?>) ports).stream().map(p -> {
            String s = interpolate(String.valueOf(p)).replaceFirst("/(tcp|udp)$", "");
            return Integer.parseInt(s.substring(s.lastIndexOf(':') + 1));
        }).toList();
    }

    String image(String service) {
        return interpolate(String.valueOf(service(service).get("image")));
    }
}
