package org.polevents.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One service of the pipeline running as its own JVM from its built Quarkus application, with its
 * output in a log file. Ready when {@code /q/health/ready} answers 200.
 */
final class ServiceProcess implements AutoCloseable {
    /** Environment variable with JVM options added to every service's command line (whitespace-separated). */
    static final String EXTRA_JAVA_OPTIONS = "POLEVENTS_SERVICE_JAVA_OPTS";
    /** Everything needed to start (and restart) one service. */
    record Spec(String name, Path app, int port, String heap, List<String> jvmOptions, Map<String, String> env,
            Path logDir) {
        Spec {
            jvmOptions = List.copyOf(jvmOptions);
        }
    }

    private final Spec spec;
    private final Process process;
    private final Path log;

    private ServiceProcess(Spec spec, Process process, Path log) {
        this.spec = spec;
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(String name, Path app, int port, String heap, Map<String, String> env, Path logDir) {
        return start(name, app, port, heap, List.of(), env, logDir);
    }

    /** @param jvmOptions JVM options of this service (JIT, GC), before any from {@value #EXTRA_JAVA_OPTIONS} */
    static ServiceProcess start(String name, Path app, int port, String heap, List<String> jvmOptions,
            Map<String, String> env, Path logDir) {
        return start(new Spec(name, app, port, heap, jvmOptions, Map.copyOf(env), logDir));
    }

    static ServiceProcess start(Spec spec) {
        String name = spec.name();
        Path app = spec.app();
        int port = spec.port();
        Map<String, String> env = spec.env();
        Path logDir = spec.logDir();
        if (!Files.isRegularFile(app)) {
            throw new IllegalStateException(name + " is not built: " + app + " is missing (run ./mvnw package -DskipTests)");
        }
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + ".log");
            List<String> cmd = command(spec, System.getenv(EXTRA_JAVA_OPTIONS));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            pb.environment().putAll(env);
            pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            return new ServiceProcess(spec, pb.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** The service's command line: heap, GC, its own JVM options, then {@code extra} (may be null), then the jar. */
    static List<String> command(Spec spec, String extra) {
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx" + spec.heap(), "-XX:+UseSerialGC"));
        cmd.addAll(spec.jvmOptions());
        // further JVM options for the services only (profiling, JIT experiments), not for this JVM
        if (extra != null && !extra.isBlank()) {
            cmd.addAll(List.of(extra.trim().split("\\s+")));
        }
        cmd.addAll(List.of("-jar", spec.app().toString()));
        return cmd;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name() + " exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + name(), e);
            }
            pause(Duration.ofMillis(300));
        }
        throw new IllegalStateException(name() + " not ready after " + timeout + "; see " + log);
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String name() {
        return spec.name();
    }

    Spec spec() {
        return spec;
    }

    String url() {
        return "http://127.0.0.1:" + spec.port();
    }

    /** {@code kill -9}: no shutdown hooks, no offset commits, no flushing. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
