package org.polevents.deploy.manifests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources {@code kubectl apply -k deploy/k8s} would send, read from the files
 * kustomization.yaml lists (plain YAML, no generators), plus the kustomization's image overrides.
 */
final class KubeManifests {
    static final Path DIR = RepoFiles.path("deploy/k8s");

    private final Map<String, Object> kustomization;
    private final List<Map<String, Object>> resources;

    private KubeManifests(Map<String, Object> kustomization, List<Map<String, Object>> resources) {
        this.kustomization = kustomization;
        this.resources = resources;
    }

    static KubeManifests load() {
        Map<String, Object> k = RepoFiles.yaml(DIR.resolve("kustomization.yaml"));
        List<Map<String, Object>> all = new ArrayList<>();
        for (String file : resourceFiles(k)) {
            Path p = DIR.resolve(file);
            if (!Files.isRegularFile(p)) {
                throw new AssertionError("kustomization.yaml lists " + file + ", which is not a file in deploy/k8s");
            }
            all.addAll(RepoFiles.yamlAll(p));
        }
        return new KubeManifests(k, List.copyOf(all));
    }

    static List<String> resourceFiles(Map<String, Object> kustomization) {
        return list(kustomization.get("resources")).stream().map(String::valueOf).toList();
    }

    Map<String, Object> kustomization() {
        return kustomization;
    }

    List<Map<String, Object>> resources() {
        return resources;
    }

    List<Map<String, Object>> ofKind(String kind) {
        return resources.stream().filter(r -> kind.equals(r.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(r -> name.equals(name(r))).findFirst();
    }

    Map<String, Object> get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("deploy/k8s has no " + kind + " " + name));
    }

    static String name(Map<String, Object> resource) {
        return String.valueOf(map(resource.get("metadata")).get("name"));
    }

    /** The first container of a Deployment's pod template. */
    static Map<String, Object> container(Map<String, Object> deployment) {
        return map(list(podSpec(deployment).get("containers")).get(0));
    }

    static Map<String, Object> podSpec(Map<String, Object> deployment) {
        return map(map(map(deployment.get("spec")).get("template")).get("spec"));
    }

    static Map<String, Object> podTemplateMetadata(Map<String, Object> deployment) {
        return map(map(map(deployment.get("spec")).get("template")).get("metadata"));
    }

    /**
     * The environment a container starts with: ConfigMaps of {@code envFrom} (which must exist
     * among the resources), then {@code env}. Values of secret references read as "<secret>".
     */
    Map<String, String> env(Map<String, Object> container) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Object from : list(container.get("envFrom"))) {
            Map<String, Object> f = map(from);
            if (f.containsKey("configMapRef")) {
                String cm = String.valueOf(map(f.get("configMapRef")).get("name"));
                map(get("ConfigMap", cm).get("data")).forEach((k, v) -> out.put(k, String.valueOf(v)));
            } else if (f.containsKey("secretRef")) {
                throw new AssertionError("envFrom secretRef hides which variables are set; use env with secretKeyRef");
            }
        }
        for (Object e : list(container.get("env"))) {
            Map<String, Object> var = map(e);
            out.put(String.valueOf(var.get("name")), var.containsKey("value") ? String.valueOf(var.get("value")) : "<secret>");
        }
        return out;
    }

    /** The image after the kustomization's {@code images:} overrides. */
    String image(Map<String, Object> container) {
        String image = String.valueOf(container.get("image"));
        int colon = image.lastIndexOf(':');
        String name = colon > image.lastIndexOf('/') ? image.substring(0, colon) : image;
        String tag = colon > image.lastIndexOf('/') ? image.substring(colon + 1) : "latest";
        for (Object o : list(kustomization.get("images"))) {
            Map<String, Object> rule = map(o);
            if (name.equals(rule.get("name"))) {
                name = String.valueOf(rule.getOrDefault("newName", name));
                tag = String.valueOf(rule.getOrDefault("newTag", tag));
            }
        }
        return name + ":" + tag;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }
}
