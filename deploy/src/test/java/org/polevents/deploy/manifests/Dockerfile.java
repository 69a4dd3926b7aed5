package org.polevents.deploy.manifests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Dockerfile as its instructions: enough to check base image, layers, user, ports and ENV. */
record Dockerfile(Path file, List<Instruction> instructions) {
    private static final Pattern ENV_PAIR = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|\\S*)");

    record Instruction(String keyword, String arguments) {
    }

    /** The image definition of a service module: {@code deploy/docker/<service>.Dockerfile}. */
    static Path of(String service) {
        return RepoFiles.path("deploy/docker/" + service + ".Dockerfile");
    }

    static Dockerfile parse(Path file) {
        List<Instruction> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : RepoFiles.read(file).split("\n", -1)) {
            String trimmed = line.strip();
            if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (trimmed.startsWith("#")) {
                continue; // comment inside a continued instruction
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String text = current.toString().strip();
            current.setLength(0);
            if (text.isEmpty()) {
                continue;
            }
            int space = text.indexOf(' ');
            out.add(new Instruction(text.substring(0, space < 0 ? text.length() : space).toUpperCase(Locale.ROOT),
                    space < 0 ? "" : text.substring(space + 1).strip()));
        }
        return new Dockerfile(file, List.copyOf(out));
    }

    List<String> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    /** Sources of each COPY/ADD, in order (flags such as --chown dropped, destination dropped). */
    List<String> copySources() {
        List<String> out = new ArrayList<>();
        for (Instruction i : instructions) {
            if (i.keyword().equals("COPY") || i.keyword().equals("ADD")) {
                List<String> words = new ArrayList<>(List.of(i.arguments().split("\\s+")));
                words.removeIf(w -> w.startsWith("--"));
                out.addAll(words.subList(0, words.size() - 1));
            }
        }
        return out;
    }

    List<Integer> exposedPorts() {
        List<Integer> out = new ArrayList<>();
        for (String args : all("EXPOSE")) {
            for (String p : args.split("\\s+")) {
                out.add(Integer.parseInt(p.replaceFirst("/(tcp|udp)$", "")));
            }
        }
        return out;
    }

    /** ENV and ARG names with their values (both {@code K=V} and legacy {@code K V} forms). */
    Map<String, String> env() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Instruction i : instructions) {
            if (!i.keyword().equals("ENV") && !i.keyword().equals("ARG")) {
                continue;
            }
            String args = i.arguments();
            if (!args.contains("=") || args.indexOf(' ') >= 0 && args.indexOf(' ') < args.indexOf('=')) {
                int space = args.indexOf(' ');
                out.put(space < 0 ? args : args.substring(0, space), space < 0 ? "" : args.substring(space + 1));
                continue;
            }
            Matcher m = ENV_PAIR.matcher(args);
            while (m.find()) {
                String v = m.group(2);
                if (v.length() >= 2 && (v.startsWith("\"") || v.startsWith("'"))) {
                    v = v.substring(1, v.length() - 1);
                }
                out.put(m.group(1), v);
            }
        }
        return out;
    }
}
