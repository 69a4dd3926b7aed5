package org.polevents.store.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * Where the next page starts: the sort, the sort key and the insertion sequence of the last row
 * returned. Clients see it as an opaque URL-safe token; it is only valid with the sort it was
 * made for.
 *
 * @param sort the sort the cursor belongs to
 * @param key  the last row's sort key (Long, Double or String as the sort field's kind says)
 * @param seq  the last row's insertion sequence
 */
public record Cursor(Sort sort, Object key, long seq) {
    private static final String VERSION = "c1";

    public Cursor {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(key, "key");
    }

    /** The opaque token. */
    public String encode() {
        String raw = VERSION + "\n" + sort.text() + "\n" + seq + "\n" + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a token made by {@link #encode()} for the given sort.
     *
     * @throws IllegalArgumentException if the token is malformed or was made for another sort
     */
    public static Cursor decode(String token, Sort expected) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed cursor");
        }
        String[] parts = raw.split("\n", 4);
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("malformed cursor");
        }
        if (!parts[1].equals(expected.text())) {
            throw new IllegalArgumentException("cursor was made for sort '" + parts[1] + "', not '" + expected.text() + "'");
        }
        try {
            long seq = Long.parseLong(parts[2]);
            Object key = switch (expected.field().kind) {
                case LONG -> Long.parseLong(parts[3]);
                case DOUBLE -> Double.parseDouble(parts[3]);
                case TEXT -> parts[3];
            };
            return new Cursor(expected, key, seq);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed cursor");
        }
    }
}
