package org.polevents.deploy.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The checkout the deployment descriptors live in, and plain readers for its files. */
final class RepoFiles {
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    private RepoFiles() {
    }

    /** The repository root: the nearest ancestor of the working directory holding mvnw and deploy/. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("mvnw")) && Files.isDirectory(p.resolve("deploy"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root (mvnw + deploy/) above " + dir);
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service modules, named in the parent POM: every {@code <module>} ending in -service. */
    static List<String> services() {
        List<String> out = new ArrayList<>();
        Matcher m = MODULE.matcher(read(path("pom.xml")));
        while (m.find()) {
            if (m.group(1).trim().endsWith("-service")) {
                out.add(m.group(1).trim());
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no *-service modules in pom.xml");
        }
        return out;
    }

    static Map<String, Object> yaml(Path file) {
        List<Map<String, Object>> docs = yamlAll(file);
        if (docs.size() != 1) {
            throw new IllegalStateException(file + " holds " + docs.size() + " YAML documents, expected 1");
        }
        return docs.get(0);
    }

    /** Every non-empty document of a (multi-document) YAML file, as plain maps and lists. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yamlAll(Path file) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : yaml.loadAll(read(file))) {
            if (doc != null) {
                docs.add((Map<String, Object>) doc);
            }
        }
        return docs;
    }
}
