package org.polevents.ingest.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@link SeenStore} in this process's memory, in primitive arrays (open addressing) so that a
 * million remembered segments cost tens of megabytes, not hundreds. One lock guards everything:
 * a claim is a few microseconds, and "first seen wins" needs the check and the insert together.
 */
final class InMemorySeenStore implements SeenStore {
    private final Map<Kind, ExactTable> exact = new EnumMap<>(Kind.class);
    private final Map<Kind, NearTable> near = new EnumMap<>(Kind.class);
    private OwnerTable owners = new OwnerTable();

    @Override
    public synchronized List<Claim> claimExact(Kind kind, List<ExactKey> keys, Instant now) {
        ExactTable table = exact.computeIfAbsent(kind, k -> new ExactTable());
        int minute = minutes(now);
        List<Claim> out = new ArrayList<>(keys.size());
        for (ExactKey key : keys) {
            int slot = table.find(key.hash());
            if (slot < 0) {
                slot = table.insert(key.hash(), owners.pack(key.owner()), minute);
                out.add(new Claim(key.owner(), 1));
            } else {
                table.hits[slot]++;
                table.lastSeen[slot] = Math.max(table.lastSeen[slot], minute);
                out.add(new Claim(owners.unpack(table.owners[slot]), table.hits[slot]));
            }
        }
        return out;
    }

    @Override
    public synchronized List<NearMatch> claimNear(Kind kind, List<NearKey> keys, double threshold, Instant now) {
        NearTable table = near.computeIfAbsent(kind, k -> new NearTable());
        int minute = minutes(now);
        List<NearMatch> out = new ArrayList<>(keys.size());
        int[][] candidates = {new int[64]};
        for (NearKey key : keys) {
            int size = 0;
            for (long band : key.bands()) {
                size = table.entriesWithBand(band, candidates, size);
            }
            int[] c = candidates[0];
            java.util.Arrays.sort(c, 0, size);
            int best = -1;
            double bestSimilarity = 0;
            boolean self = false;
            for (int k = 0; k < size; k++) {
                int entry = c[k];
                if (k > 0 && c[k - 1] == entry) {
                    continue;
                }
                double s = table.similarity(entry, key.signature());
                if (s < threshold) {
                    continue;
                }
                if (owners.unpack(table.owners[entry]).equals(key.owner())) {
                    self = true;
                    table.lastSeen[entry] = Math.max(table.lastSeen[entry], minute);
                } else if (s > bestSimilarity) {
                    best = entry;
                    bestSimilarity = s;
                }
            }
            if (best >= 0) {
                table.lastSeen[best] = Math.max(table.lastSeen[best], minute);
                out.add(new NearMatch(owners.unpack(table.owners[best]), bestSimilarity));
            } else {
                if (!self) {
                    table.add(owners.pack(key.owner()), key.signature(), key.bands(), minute);
                }
                out.add(NearMatch.none());
            }
        }
        return out;
    }

    @Override
    public synchronized long purgeOlderThan(Instant cutoff) {
        int minute = minutes(cutoff);
        long removed = 0;
        for (ExactTable t : exact.values()) {
            removed += t.removeOlderThan(minute);
        }
        for (NearTable t : near.values()) {
            removed += t.removeOlderThan(minute);
        }
        compactOwners();
        return removed;
    }

    /** Rebuilds the owner table so purged articles' ids are forgotten too. */
    private void compactOwners() {
        OwnerTable fresh = new OwnerTable();
        for (ExactTable t : exact.values()) {
            for (int i = 0; i < t.keys.length; i++) {
                if (t.used[i]) {
                    t.owners[i] = fresh.pack(owners.unpack(t.owners[i]));
                }
            }
        }
        for (NearTable t : near.values()) {
            for (int i = 0; i < t.count; i++) {
                t.owners[i] = fresh.pack(owners.unpack(t.owners[i]));
            }
        }
        owners = fresh;
    }

    @Override
    public synchronized long size() {
        long n = 0;
        for (ExactTable t : exact.values()) {
            n += t.size;
        }
        for (NearTable t : near.values()) {
            n += t.count;
        }
        return n;
    }

    private static int minutes(Instant t) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, t.getEpochSecond() / 60));
    }

    /** long key → (packed owner, hits, last seen minute), open addressing with linear probing. */
    static final class ExactTable {
        long[] keys = new long[1024];
        long[] owners = new long[1024];
        int[] hits = new int[1024];
        int[] lastSeen = new int[1024];
        boolean[] used = new boolean[1024];
        int size;

        int find(long key) {
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; used[i]; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return i;
                }
            }
            return -1;
        }

        int insert(long key, long owner, int minute) {
            if ((size + 1) * 4 > keys.length * 3) {
                rehash(keys.length * 2);
            }
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (used[i]) {
                i = (i + 1) & mask;
            }
            used[i] = true;
            keys[i] = key;
            owners[i] = owner;
            hits[i] = 1;
            lastSeen[i] = minute;
            size++;
            return i;
        }

        long removeOlderThan(int minute) {
            int before = size;
            ExactTable kept = new ExactTable();
            kept.rehash(keys.length);
            for (int i = 0; i < keys.length; i++) {
                if (used[i] && lastSeen[i] >= minute) {
                    int slot = kept.insert(keys[i], owners[i], lastSeen[i]);
                    kept.hits[slot] = hits[i];
                }
            }
            copyFrom(kept);
            return before - size;
        }

        private void rehash(int capacity) {
            ExactTable bigger = new ExactTable();
            bigger.keys = new long[capacity];
            bigger.owners = new long[capacity];
            bigger.hits = new int[capacity];
            bigger.lastSeen = new int[capacity];
            bigger.used = new boolean[capacity];
            for (int i = 0; i < keys.length; i++) {
                if (used[i]) {
                    int slot = bigger.insert(keys[i], owners[i], lastSeen[i]);
                    bigger.hits[slot] = hits[i];
                }
            }
            copyFrom(bigger);
        }

        private void copyFrom(ExactTable o) {
            keys = o.keys;
            owners = o.owners;
            hits = o.hits;
            lastSeen = o.lastSeen;
            used = o.used;
            size = o.size;
        }
    }

    /**
     * Signatures in one byte arena plus a band → entry multimap (open addressing, duplicates
     * allowed). Band keys are folded to 32 bits: a collision only adds a candidate, which the
     * signature comparison then rejects.
     */
    static final class NearTable {
        private static final int EMPTY = -1;
        long[] owners = new long[256];
        int[] lastSeen = new int[256];
        byte[] arena = new byte[0];
        int signatureLength = -1;
        int count;
        int[] bandKeys = new int[4096];
        int[] bandEntries = filled(4096);
        int bandSize;

        private static int[] filled(int n) {
            int[] a = new int[n];
            java.util.Arrays.fill(a, EMPTY);
            return a;
        }

        byte[] signature(int entry) {
            return java.util.Arrays.copyOfRange(arena, entry * signatureLength, (entry + 1) * signatureLength);
        }

        /** Estimated similarity of {@code signature} to entry's, without copying it out. */
        double similarity(int entry, byte[] signature) {
            if (signature.length != signatureLength) {
                return 0;
            }
            int base = entry * signatureLength;
            int equal = 0;
            for (int i = 0; i < signatureLength; i += 2) {
                if (arena[base + i] == signature[i] && arena[base + i + 1] == signature[i + 1]) {
                    equal++;
                }
            }
            return equal / (signatureLength / 2.0);
        }

        void add(long owner, byte[] signature, long[] bands, int minute) {
            if (signatureLength < 0) {
                signatureLength = signature.length;
            } else if (signature.length != signatureLength) {
                throw new IllegalArgumentException("all signatures of one kind must have the same length");
            }
            if (count == owners.length) {
                owners = java.util.Arrays.copyOf(owners, count * 2);
                lastSeen = java.util.Arrays.copyOf(lastSeen, count * 2);
            }
            if ((count + 1) * signatureLength > arena.length) {
                arena = java.util.Arrays.copyOf(arena, Math.max(1024, arena.length * 2));
            }
            int entry = count++;
            owners[entry] = owner;
            lastSeen[entry] = minute;
            System.arraycopy(signature, 0, arena, entry * signatureLength, signatureLength);
            for (long band : bands) {
                putBand(fold(band), entry);
            }
        }

        /** Adds the entries having {@code band} to {@code out} (from index {@code size}); returns the new size. */
        int entriesWithBand(long band, int[][] out, int size) {
            int key = fold(band);
            int mask = bandKeys.length - 1;
            for (int i = mix(key) & mask; bandEntries[i] != EMPTY; i = (i + 1) & mask) {
                if (bandKeys[i] == key) {
                    if (size == out[0].length) {
                        out[0] = java.util.Arrays.copyOf(out[0], size * 2);
                    }
                    out[0][size++] = bandEntries[i];
                }
            }
            return size;
        }

        private static int fold(long band) {
            return (int) (band ^ (band >>> 32));
        }

        private void putBand(int key, int entry) {
            if ((bandSize + 1) * 4 > bandKeys.length * 3) {
                int[] oldKeys = bandKeys;
                int[] oldEntries = bandEntries;
                bandKeys = new int[oldKeys.length * 2];
                bandEntries = filled(oldKeys.length * 2);
                bandSize = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldEntries[i] != EMPTY) {
                        putBand(oldKeys[i], oldEntries[i]);
                    }
                }
            }
            int mask = bandKeys.length - 1;
            int i = mix(key) & mask;
            while (bandEntries[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            bandKeys[i] = key;
            bandEntries[i] = entry;
            bandSize++;
        }

        long removeOlderThan(int minute) {
            int[] renumbered = new int[count];
            NearTable kept = new NearTable();
            for (int i = 0; i < count; i++) {
                if (lastSeen[i] >= minute) {
                    renumbered[i] = kept.count;
                    kept.add(owners[i], signature(i), new long[0], lastSeen[i]);
                } else {
                    renumbered[i] = EMPTY;
                }
            }
            for (int i = 0; i < bandKeys.length; i++) {
                if (bandEntries[i] != EMPTY && renumbered[bandEntries[i]] != EMPTY) {
                    kept.putBand(bandKeys[i], renumbered[bandEntries[i]]);
                }
            }
            long removed = count - kept.count;
            owners = kept.owners;
            lastSeen = kept.lastSeen;
            arena = kept.arena;
            signatureLength = kept.signatureLength < 0 ? signatureLength : kept.signatureLength;
            count = kept.count;
            bandKeys = kept.bandKeys;
            bandEntries = kept.bandEntries;
            bandSize = kept.bandSize;
            return removed;
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
