package org.polevents.ingest.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compact owner ids for the in-memory store. Segment owners look like {@code articleId#7}; the
 * article part is stored once and each entry keeps two ints, which is most of the memory saved
 * against one String per remembered segment. Not thread-safe (guarded by the store's lock).
 */
final class OwnerTable {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> prefixes = new ArrayList<>();

    /** Packs an owner into a long: prefix index in the high half, numeric suffix (or -1) low. */
    long pack(String owner) {
        int hash = owner.lastIndexOf('#');
        int suffix = -1;
        String prefix = owner;
        if (hash > 0 && hash < owner.length() - 1 && hash >= owner.length() - 9) {
            try {
                suffix = Integer.parseInt(owner.substring(hash + 1));
                prefix = owner.substring(0, hash);
            } catch (NumberFormatException e) {
                suffix = -1;
            }
            if (suffix < 0) {
                prefix = owner;
                suffix = -1;
            }
        }
        Integer id = ids.get(prefix);
        if (id == null) {
            id = prefixes.size();
            prefixes.add(prefix);
            ids.put(prefix, id);
        }
        return ((long) id << 32) | (suffix & 0xFFFFFFFFL);
    }

    String unpack(long packed) {
        String prefix = prefixes.get((int) (packed >>> 32));
        int suffix = (int) packed;
        return suffix < 0 ? prefix : prefix + "#" + suffix;
    }

    int size() {
        return prefixes.size();
    }
}
