package org.polevents.deploy.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The figures score.py prints for one evaluation run, and the gates that can be set on them. */
final class Scores {
    private final JsonNode result;

    private Scores(JsonNode result) {
        this.result = result;
    }

    static Scores run(Path script, Path goldDir, Evaluation.Output o, PrintStream log) throws IOException, InterruptedException {
        List<String> base = List.of("python3", script.toString(), "--gold", goldDir.resolve("gold-events.jsonl").toString(),
                "--pred", o.events().toString(), "--segments-gold", goldDir.resolve("gold-segments.jsonl").toString(),
                "--segments", o.segments().toString());
        List<String> human = new ArrayList<>(base);
        human.addAll(List.of("--show-errors", "10"));
        log.print(exec(human));
        List<String> machine = new ArrayList<>(base);
        machine.add("--json");
        return new Scores(new ObjectMapper().readTree(exec(machine)));
    }

    private static String exec(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("score.py failed: " + out);
        }
        return out;
    }

    boolean meets(Double minTypeF1, Double minFullF1, Double minFullPrecision, boolean strictSegments, PrintStream log) {
        List<String> failures = new ArrayList<>();
        JsonNode type = result.path("events").path("type");
        JsonNode full = result.path("events").path("full");
        check(failures, "type-level F1", type.path("f1").asDouble(), minTypeF1);
        check(failures, "full-match F1", full.path("f1").asDouble(), minFullF1);
        check(failures, "full-match precision", full.path("precision").asDouble(), minFullPrecision);
        if (strictSegments) {
            JsonNode s = result.path("segments");
            for (String key : List.of("drop_missed", "identical_segments_kept_twice", "gold_evidence_lost")) {
                if (s.path(key).asInt() != 0) {
                    failures.add(key + " = " + s.path(key).asInt() + ", must be 0");
                }
            }
        }
        failures.forEach(f -> log.println("EVAL GATE FAILED: " + f));
        return failures.isEmpty();
    }

    private static void check(List<String> failures, String name, double value, Double min) {
        if (min != null && value < min) {
            failures.add(name + " = " + value + ", below " + min);
        }
    }
}
