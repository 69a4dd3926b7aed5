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
            while (k < s.size() && DIRECTIONS.contains(s.lower(k))) {
                k++; // "in eastern Congo", "in northern Gaza"
            }
            if (k + 1 < s.size() && PLACE_NOUNS.contains(s.lower(k)) && s.lower(k + 1).equals("of")) {
                k += 2; // "in the town of Goma"
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
        return destination != null ? destination : namedPlace(s);
    }

    /** "the town of Goma", "the Jenin refugee camp", "Borno state": a place named by its kind. */
    private Location namedPlace(Sentence s) {
        for (int i = 0; i + 1 < s.size(); i++) {
            String w = s.lower(i);
            if (PLACE_NOUNS.contains(w) && s.lower(i + 1).equals("of") && i + 2 < s.size() && s.isCapitalized(i + 2)) {
                Location loc = match(s, i + 2);
                if (loc != null) {
                    return loc;
                }
            }
            if (s.isCapitalized(i) && i > 0 && (PLACE_NOUNS.contains(s.lower(i + 1))
                    || i + 2 < s.size() && s.lower(i + 1).equals("refugee") && PLACE_NOUNS.contains(s.lower(i + 2)))) {
                Location loc = match(s, i);
                if (loc != null) {
                    return loc;
                }
            }
        }
        return null;
    }

    private static final Set<String> DIRECTIONS = Set.of("northern", "southern", "eastern", "western", "central",
            "north-eastern", "north-western", "south-eastern", "south-western", "northeastern", "northwestern",
            "southeastern", "southwestern");
    private static final Set<String> PLACE_NOUNS = Set.of("town", "city", "village", "province", "region",
            "district", "state", "port", "camp", "governorate", "oblast", "county", "area", "enclave", "strip");

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
