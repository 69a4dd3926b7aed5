package org.polevents.deploy.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.polevents.infra.ScramUser;

/**
 * The SCRAM users of a local stack whose broker requires SASL: the broker's own and one per
 * service, as a Strimzi deployment has. Passwords are random (128 bits) and kept in
 * {@code kafka-users.properties}, readable by the owner only, because the broker learns its users
 * once, when its storage is formatted: a restart on the same data folder must log in with the same
 * passwords.
 */
final class ScramUsersFile {
    static final String BROKER = "polevents-broker";
    static final List<String> SERVICES = List.of("ingest-service", "extract-service", "store-service");

    private ScramUsersFile() {
    }

    /** User name of a service: {@code ingest-service} logs in as {@code polevents-ingest}. */
    static String userOf(String service) {
        return "polevents-" + service.replace("-service", "");
    }

    /** Broker user first, then the services' users in {@link #SERVICES} order, keyed by user name. */
    static Map<String, ScramUser> readOrCreate(Path dataDir) {
        Path file = dataDir.resolve("kafka-users.properties");
        Properties stored = new Properties();
        try {
            if (Files.isRegularFile(file)) {
                try (Reader r = Files.newBufferedReader(file)) {
                    stored.load(r);
                }
            }
            Map<String, ScramUser> users = new LinkedHashMap<>();
            boolean created = false;
            for (String name : names()) {
                String password = stored.getProperty(name);
                if (password == null) {
                    password = randomPassword();
                    stored.setProperty(name, password);
                    created = true;
                }
                users.put(name, new ScramUser(name, password));
            }
            if (created) {
                Files.createDirectories(dataDir);
                try (Writer w = Files.newBufferedWriter(file)) {
                    stored.store(w, "SCRAM users of the local broker (created when its storage was formatted)");
                }
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return users;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names() {
        var names = new java.util.ArrayList<String>();
        names.add(BROKER);
        SERVICES.forEach(s -> names.add(userOf(s)));
        return names;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
