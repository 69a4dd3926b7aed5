package org.polevents.extract.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.polevents.extract.sentence.Sentence;

/**
 * Every name, demonym, capital, organisation, person and role word the coder knows, indexed by
 * first word for longest-match lookup. Immutable after loading, so thread-safe.
 */
public final class ActorDictionary {
    static final String COUNTRIES = "dictionaries/countries.tsv";
    static final String ACTORS = "dictionaries/actors.tsv";
    static final String ROLES = "dictionaries/roles.tsv";
    static final String GAZETTEER = "dictionaries/gazetteer.tsv";
    /** GeoNames feature codes of gazetteer rows that are regions or waters rather than settlements. */
    private static final java.util.Set<String> REGION_FEATURES = java.util.Set.of("RGN", "SEA", "GULF", "STRT", "OCN",
            "CNL", "BAY", "PEN", "ISL", "ISLS");

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

    private ActorDictionary() {
    }

    /** Loads the dictionaries from the class path. */
    public static ActorDictionary load() {
        ActorDictionary d = new ActorDictionary();
        for (String[] row : rows(COUNTRIES)) {
            String iso = row[0];
            for (String name : split(row, 1)) {
                d.add(name, Kind.COUNTRY, iso, "GOV", null, name, null, null, true, false);
            }
            for (String name : split(row, 2)) {
                d.add(name, Kind.DEMONYM, iso, "GOV", null, name, null, null, false, false);
            }
            for (String name : split(row, 3)) {
                d.add(name, Kind.CAPITAL, iso, "GOV", null, name, null, null, false, false);
            }
        }
        for (String[] row : rows(GAZETTEER)) {
            // regions, seas and straits, under every spelling: "South China Sea", "Latin American"
            // and "New Mexico" are places, so the country word inside them is not read as an actor
            if (row.length > 3 && (row[3].startsWith("ADM") || REGION_FEATURES.contains(row[3]))) {
                d.add(row[0], Kind.PLACE, dash(row[2]), null, null, row[0], null, null, false, false);
                for (String alt : split(row, 1)) {
                    d.add(alt, Kind.PLACE, dash(row[2]), null, null, row[0], null, null, false, false);
                }
            }
        }
        for (String[] row : rows(ACTORS)) {
            Kind kind = Kind.valueOf(row[1].trim());
            String[] names = row[0].split("\\|");
            for (String name : names) {
                d.add(name, kind, dash(row[2]), dash(row[3]), dash(row[4]), names[0], date(row[5]), date(row[6]), true,
                        false);
            }
        }
        for (String[] row : rows(ROLES)) {
            boolean strong = row[2].trim().equals("STRONG");
            boolean anchored = row[2].trim().equals("ANCHORED");
            boolean anaphor = row.length > 4 && row[4].trim().equals("Y");
            for (String word : row[0].split("\\|")) {
                d.add(word, Kind.ROLE, dash(row[3]), row[1].trim(), null, word, null, null, strong, anaphor, anchored);
                String plural = plural(word);
                if (!plural.equals(word)) {
                    d.add(plural, Kind.ROLE, dash(row[3]), row[1].trim(), null, word, null, null, strong, anaphor,
                            anchored);
                }
            }
        }
        for (List<Entry> list : d.byFirstWord.values()) {
            list.sort(Comparator.comparingInt((Entry e) -> -e.words().length));
        }
        return d;
    }

    private static String plural(String word) {
        if (word.endsWith("s") || word.endsWith(".") || word.endsWith("people") || word.endsWith("police")
                || word.endsWith("military") || word.endsWith("intelligence") || word.endsWith("media")) {
            return word;
        }
        if (word.endsWith("y") && !word.endsWith("ey") && !word.endsWith("ay")) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (word.endsWith("man")) {
            return word.substring(0, word.length() - 3) + "men";
        }
        return word + "s";
    }

    private void add(String phrase, Kind kind, String country, String sector, String org, String name, LocalDate from,
            LocalDate until, boolean strong, boolean anaphor) {
        add(phrase, kind, country, sector, org, name, from, until, strong, anaphor, false);
    }

    private void add(String phrase, Kind kind, String country, String sector, String org, String name, LocalDate from,
            LocalDate until, boolean strong, boolean anaphor, boolean anchored) {
        String surface = phrase.trim();
        if (surface.isEmpty()) {
            return;
        }
        String[] words = words(surface);
        // Acronyms and capitalised one-word names only match with the same capitalisation, so the
        // pronoun "us", the verb "is" and the noun "house" are not actors.
        // Names that start in lower case by nature ("al-Qaeda", "el-Sisi") match in any case.
        boolean caseSensitive = words.length == 1 && Character.isUpperCase(surface.charAt(0))
                && (kind == Kind.ORG || kind == Kind.PERSON);
        Entry e = new Entry(words, surface, caseSensitive, kind, country, sector, org, name, from, until, strong,
                anaphor, anchored);
        byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(e);
    }

    /** Splits a dictionary phrase the way the language layer splits text (possessive 's apart). */
    static String[] words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.toLowerCase(Locale.ROOT).split(" +")) {
            if (w.length() > 2 && w.endsWith("'s")) {
                out.add(w.substring(0, w.length() - 2));
                out.add("'s");
            } else if (w.length() > 2 && w.endsWith("s'")) {
                out.add(w.substring(0, w.length() - 1));
                out.add("'s");
            } else {
                out.add(w);
            }
        }
        return out.toArray(String[]::new);
    }

    /** The longest entry starting at token {@code i} valid on {@code day}, or null. */
    Entry match(Sentence s, int i, LocalDate day) {
        List<Entry> candidates = byFirstWord.get(s.lower(i));
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            String[] w = e.words();
            if (i + w.length > s.size()) {
                continue;
            }
            if (e.caseSensitive() && !caseMatches(e.surface(), s.tokens()[i])) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < w.length && ok; k++) {
                ok = w[k].equals(s.lower(i + k));
            }
            if (ok && e.validOn(day)) {
                if (w.length > 1 && w[0].equals("the") && overtaken(s, i, w.length, day)) {
                    return null; // "the West Bank": the name after the article reaches further than "the West"
                }
                return e;
            }
        }
        return null;
    }

    /** The one-word entry spelled {@code word} valid on {@code day} ("UN", "Qatari"), or null. */
    Entry single(String word, LocalDate day) {
        List<Entry> candidates = byFirstWord.get(word.toLowerCase(Locale.ROOT));
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            if (e.words().length == 1 && (!e.caseSensitive() || caseMatches(e.surface(), word)) && e.validOn(day)) {
                return e;
            }
        }
        return null;
    }

    /** Whether a name starting right after token {@code i} ends later than {@code i + length}. */
    private boolean overtaken(Sentence s, int i, int length, LocalDate day) {
        Entry next = match(s, i + 1, day);
        return next != null && 1 + next.words().length > length;
    }

    private static boolean caseMatches(String surface, String token) {
        if (surface.equals(surface.toUpperCase(Locale.ROOT))) {
            return surface.equals(token) || surface.equalsIgnoreCase(token) && token.length() > 5;
        }
        return Character.isUpperCase(token.charAt(0));
    }

    private static String dash(String s) {
        String t = s.trim();
        return t.equals("-") || t.isEmpty() ? null : t;
    }

    private static LocalDate date(String s) {
        String t = dash(s);
        return t == null ? null : LocalDate.parse(t);
    }

    private static String[] split(String[] row, int col) {
        if (row.length <= col || row[col].isBlank()) {
            return new String[0];
        }
        return row[col].split("\\|");
    }

    /** Non-comment, non-blank TAB-separated rows of a class-path resource. */
    public static List<String[]> rows(String resource) {
        InputStream in = ActorDictionary.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("dictionary not on class path: " + resource));
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
