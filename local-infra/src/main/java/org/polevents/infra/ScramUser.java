package org.polevents.infra;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A SASL/SCRAM user of the embedded broker: a name and its password.
 *
 * <p>Both are limited to letters, digits, {@code . _ -}: Kafka's {@code StorageTool --add-scram}
 * argument and the JAAS line clients send are both parsed from text, and this alphabet needs no
 * quoting in either. {@link #toString()} hides the password.
 */
public record ScramUser(String name, String password) {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+");

    public ScramUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        if (!SAFE.matcher(name).matches() || !SAFE.matcher(password).matches()) {
            throw new IllegalArgumentException("SCRAM user names and passwords may hold only letters, digits and . _ -");
        }
    }

    /** The client-side {@code sasl.jaas.config} value that logs in as this user. */
    public String jaasConfig() {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + name
                + "\" password=\"" + password + "\";";
    }

    @Override
    public String toString() {
        return "ScramUser[" + name + "]";
    }
}
