package org.polevents.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The embedded default's API key: generated once per data folder (random, 256 bits), kept in
 * {@code api-key} readable by the owner only, and reused by {@code push}.
 */
final class ApiKeyFile {
    private ApiKeyFile() {
    }

    static Path path(Path dataDir) {
        return dataDir.resolve("api-key");
    }

    static Optional<String> read(Path dataDir) {
        try {
            Path p = path(dataDir);
            return Files.isRegularFile(p) ? Optional.of(Files.readString(p).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String readOrCreate(Path dataDir) {
        return read(dataDir).orElseGet(() -> {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try {
                Files.createDirectories(dataDir);
                Path p = path(dataDir);
                Files.writeString(p, key);
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return key;
        });
    }
}
