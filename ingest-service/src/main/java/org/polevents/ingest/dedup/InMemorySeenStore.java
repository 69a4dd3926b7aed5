package org.polevents.ingest.dedup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        for (NearKey key : keys) {
            int best = -1;
            double bestSimilarity = 0;
            boolean self = false;
            Set<Integer> seen = new HashSet<>();
            for (long band : key.bands()) {
                for (int entry : table.entriesWithBand(band)) {
                    if (!seen.add(entry)) {
                        continue;
                    }
                    double s = Fingerprints.similarity(key.signature(), table.signatures.get(entry));
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

    /** Signatures in arrays plus a band → entry multimap (open addressing, duplicates allowed). */
    static final class NearTable {
        long[] owners = new long[256];
        int[] lastSeen = new int[256];
        List<byte[]> signatures = new ArrayList<>();
        int count;
        long[] bandKeys = new long[4096];
        int[] bandEntries = new int[4096];
        boolean[] bandUsed = new boolean[4096];
        int bandSize;

        void add(long owner, byte[] signature, long[] bands, int minute) {
            if (count == owners.length) {
                owners = java.util.Arrays.copyOf(owners, count * 2);
                lastSeen = java.util.Arrays.copyOf(lastSeen, count * 2);
            }
            int entry = count++;
            owners[entry] = owner;
            lastSeen[entry] = minute;
            signatures.add(signature.clone());
            for (long band : bands) {
                putBand(band, entry);
            }
        }

        List<Integer> entriesWithBand(long band) {
            List<Integer> out = new ArrayList<>(2);
            int mask = bandKeys.length - 1;
            for (int i = mix(band) & mask; bandUsed[i]; i = (i + 1) & mask) {
                if (bandKeys[i] == band) {
                    out.add(bandEntries[i]);
                }
            }
            return out;
        }

        private void putBand(long band, int entry) {
            if ((bandSize + 1) * 4 > bandKeys.length * 3) {
                long[] oldKeys = bandKeys;
                int[] oldEntries = bandEntries;
                boolean[] oldUsed = bandUsed;
                bandKeys = new long[oldKeys.length * 2];
                bandEntries = new int[oldKeys.length * 2];
                bandUsed = new boolean[oldKeys.length * 2];
                bandSize = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldUsed[i]) {
                        putBand(oldKeys[i], oldEntries[i]);
                    }
                }
            }
            int mask = bandKeys.length - 1;
            int i = mix(band) & mask;
            while (bandUsed[i]) {
                i = (i + 1) & mask;
            }
            bandUsed[i] = true;
            bandKeys[i] = band;
            bandEntries[i] = entry;
            bandSize++;
        }

        long removeOlderThan(int minute) {
            int[] renumbered = new int[count];
            NearTable kept = new NearTable();
            for (int i = 0; i < count; i++) {
                if (lastSeen[i] >= minute) {
                    renumbered[i] = kept.count;
                    kept.add(owners[i], signatures.get(i), new long[0], lastSeen[i]);
                } else {
                    renumbered[i] = -1;
                }
            }
            for (int i = 0; i < bandKeys.length; i++) {
                if (bandUsed[i] && renumbered[bandEntries[i]] >= 0) {
                    kept.putBand(bandKeys[i], renumbered[bandEntries[i]]);
                }
            }
            long removed = count - kept.count;
            owners = kept.owners;
            lastSeen = kept.lastSeen;
            signatures = kept.signatures;
            count = kept.count;
            bandKeys = kept.bandKeys;
            bandEntries = kept.bandEntries;
            bandUsed = kept.bandUsed;
            bandSize = kept.bandSize;
            return removed;
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
