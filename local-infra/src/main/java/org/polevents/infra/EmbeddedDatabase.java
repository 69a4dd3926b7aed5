package org.polevents.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server started from the zonky binaries on Maven Central.
 *
 * <p>With a data directory the cluster survives a restart of this process (the embedded default);
 * without one it lives in a temporary directory (tests). The superuser is {@code postgres} with no
 * password, listening on loopback only.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String USER = "postgres";
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on {@code port} (0 picks a free one) with its cluster in {@code dataDir}. */
    public static EmbeddedDatabase start(Path dataDir, int port) {
        return start(dataDir, port, java.util.Map.of());
    }

    /** The same with further server settings (e.g. {@code shared_preload_libraries} for profiling). */
    public static EmbeddedDatabase start(Path dataDir, int port, java.util.Map<String, String> serverConfig) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port == 0 ? FreePorts.next() : port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200");
            serverConfig.forEach(builder::setServerConfig);
            return new EmbeddedDatabase(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL in " + dataDir, e);
        }
    }

    /** A throw-away server on a free port. */
    public static EmbeddedDatabase ephemeral() {
        try {
            return start(Files.createTempDirectory("polevents-pg"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the database if it does not exist and returns its JDBC URL. */
    public String createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a plain identifier: " + name);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public int port() {
        return postgres.getPort();
    }

    public DataSource dataSource(String database) {
        return postgres.getDatabase(USER, database);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
