package org.polevents.extract.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.polevents.contracts.Location;
import org.polevents.extract.actor.ActorDictionary;
import org.polevents.extract.sentence.Sentence;

/**
 * Place names to coordinates. Immutable after loading; thread-safe.
 */
public final class Gazetteer {
    static final String RESOURCE = "dictionaries/gazetteer.tsv";
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "inside", "outside", "across",
            "throughout", "within");
    private static final Set<String> DESTINATION_NOUNS = Set.of("visit", "visits", "trip", "trips", "travel",
            "travelled", "traveled", "arrived", "journey", "visited");

    private record Place(String[] words, String name, String country, String feature, double lat, double lon) {
    }

    private final Map<String, List<Place>> byFirstWord = new HashMap<>();

    private Gazetteer() {
    }

    public static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (String[] row : ActorDictionary.rows(RESOURCE)) {
            String name = row[0];
            List<String> names = new ArrayList<>();
            names.add(name);
            if (!row[1].isBlank()) {
                names.addAll(List.of(row[1].split("\\|")));
            }
            for (String alt : names) {
                String[] words = alt.toLowerCase(Locale.ROOT).split(" +");
                String country = row[2].equals("-") ? null : row[2]; // seas and regions spanning several states
                Place p = new Place(words, name, country, row[3], Double.parseDouble(row[4]), Double.parseDouble(row[5]));
                g.byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(p);
            }
        }
        for (List<Place> list : g.byFirstWord.values()) {
            list.sort(Comparator.comparingInt((Place p) -> -p.words().length));
        }
        return g;
    }

    /** The gazetteer entry named exactly {@code name} (case-insensitive), or null. */
    public Location lookup(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split(" +");
        List<Place> list = byFirstWord.get(words[0]);
        if (list == null) {
            return null;
        }
        for (Place p : list) {
            if (java.util.Arrays.equals(p.words(), words)) {
                return new Location(name, p.name(), p.country(), p.lat(), p.lon());
            }
        }
        return null;
    }

    /**
     * Where the sentence's event took place: the first gazetteer name after a place preposition
     * ("in Tashkent"), else the destination of a visit ("visit to Kabul"); null if none.
     */
    public Location locate(Sentence s) {
        Location destination = null;
        for (int i = 0; i + 1 < s.size(); i++) {
            String w = s.lower(i);
            boolean place = PLACE_PREPOSITIONS.contains(w);
            boolean dest = w.equals("to") && i > 0 && DESTINATION_NOUNS.contains(s.lower(i - 1));
            if (!place && !dest) {
                continue;
            }
            int k = i + 1;
            if (k < s.size() && s.lower(k).equals("the")) {
                k++;
            }
            if (k >= s.size() || !s.isCapitalized(k)) {
                continue;
            }
            Location loc = match(s, k);
            if (loc != null) {
                if (place) {
                    return loc;
                }
                if (destination == null) {
                    destination = loc;
                }
            }
        }
        return destination;
    }

    private Location match(Sentence s, int k) {
        List<Place> list = byFirstWord.get(s.lower(k));
        if (list == null) {
            return null;
        }
        for (Place p : list) {
            String[] w = p.words();
            if (k + w.length > s.size()) {
                continue;
            }
            boolean ok = true;
            for (int j = 1; j < w.length && ok; j++) {
                ok = w[j].equals(s.lower(k + j));
            }
            if (ok) {
                return new Location(s.span(k, k + w.length), p.name(), p.country(), p.lat(), p.lon());
            }
        }
        return null;
    }
}
