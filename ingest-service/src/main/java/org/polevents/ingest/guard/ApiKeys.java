package org.polevents.ingest.guard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * The set of accepted API keys. Keys are compared by SHA-256 digest in constant time, so neither
 * the comparison time nor a heap dump of this object reveals a key. Thread-safe (immutable).
 */
public final class ApiKeys {
    private final List<byte[]> digests;
    private final boolean required;

    private ApiKeys(List<byte[]> digests, boolean required) {
        this.digests = digests;
        this.required = required;
    }

    /** No key needed: for a closed network only. */
    public static ApiKeys notRequired() {
        return new ApiKeys(List.of(), false);
    }

    /** Keys shorter than 16 characters are refused: they can be guessed. */
    public static ApiKeys of(List<String> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("at least one API key is required when authentication is enabled "
                    + "(set POLEVENTS_INGEST_AUTH_API_KEYS, or POLEVENTS_INGEST_AUTH_ENABLED=false for a closed network)");
        }
        for (String k : keys) {
            if (k.strip().length() < 16) {
                throw new IllegalArgumentException("API keys must have at least 16 characters");
            }
        }
        return new ApiKeys(keys.stream().map(k -> digest(k.strip())).toList(), true);
    }

    public boolean required() {
        return required;
    }

    /** Whether a request presenting this key (null when none) may write. */
    public boolean accepts(String presented) {
        if (!required) {
            return true;
        }
        if (presented == null || presented.isBlank()) {
            return false;
        }
        byte[] d = digest(presented.strip());
        boolean ok = false;
        for (byte[] known : digests) {
            ok |= MessageDigest.isEqual(known, d);
        }
        return ok;
    }

    /** The key a request presents: {@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}. */
    public static String presented(String authorization, String xApiKey) {
        if (xApiKey != null && !xApiKey.isBlank()) {
            return xApiKey;
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7);
        }
        return null;
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
