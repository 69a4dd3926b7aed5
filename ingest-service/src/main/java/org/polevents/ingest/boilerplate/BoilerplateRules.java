package org.polevents.ingest.boilerplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The line rules of {@code boilerplate-rules.txt} (format described in that file). Immutable and
 * thread-safe.
 */
public final class BoilerplateRules {
    private static final Pattern HEADER = Pattern.compile("^\\[(@?[\\w-]+)((?:\\s+[\\w-]+(?:=[\\w-]+)?)*)\\s*]$");

    /** A rule: its name, what it does, and its patterns. */
    record Rule(String name, boolean keep, Boundary boundary, int maxWords, List<Pattern> patterns) {
        boolean matches(String line, int words) {
            if (words > maxWords) {
                return false;
            }
            for (Pattern p : patterns) {
                if (p.matcher(line).find()) {
                    return true;
                }
            }
            return false;
        }
    }

    enum Boundary { NONE, BEFORE, AFTER, AFTER_IF_BOILERPLATE_FOLLOWS }

    private final List<Rule> rules;
    private final Set<String> stopwords;

    private BoilerplateRules(List<Rule> rules, Set<String> stopwords) {
        this.rules = List.copyOf(rules);
        this.stopwords = Set.copyOf(stopwords);
    }

    /**
     * Loads rules from {@code location}: {@code classpath:/name} for a resource, else a file path.
     *
     * @throws IllegalArgumentException for a missing file or a bad pattern, naming the line
     */
    public static BoilerplateRules load(String location) {
        try (InputStream in = open(location)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), location);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read boilerplate rules " + location, e);
        }
    }

    public static BoilerplateRules defaults() {
        return load("classpath:/boilerplate-rules.txt");
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String name = location.substring("classpath:".length());
            InputStream in = BoilerplateRules.class.getResourceAsStream(name.startsWith("/") ? name : "/" + name);
            if (in == null) {
                throw new IllegalArgumentException("no boilerplate rules resource " + location);
            }
            return in;
        }
        Path path = Path.of(location.startsWith("file:") ? location.substring(5) : location);
        if (!Files.isReadable(path)) {
            throw new IllegalArgumentException("no boilerplate rules file " + path);
        }
        return Files.newInputStream(path);
    }

    static BoilerplateRules parse(String text, String origin) {
        List<Rule> rules = new ArrayList<>();
        Set<String> stopwords = new HashSet<>();
        String name = null;
        boolean keep = false;
        boolean words = false;
        Boundary boundary = Boundary.NONE;
        int maxWords = Integer.MAX_VALUE;
        List<Pattern> patterns = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            for (String raw; (raw = r.readLine()) != null; ) {
                lineNo++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Matcher h = HEADER.matcher(line);
                if (line.startsWith("[") && h.matches()) {
                    if (name != null && !words) {
                        rules.add(new Rule(name, keep, boundary, maxWords, patterns));
                    }
                    name = h.group(1);
                    keep = false;
                    words = false;
                    boundary = Boundary.NONE;
                    maxWords = Integer.MAX_VALUE;
                    patterns = new ArrayList<>();
                    for (String attr : h.group(2).strip().split("\\s+")) {
                        if (attr.isEmpty()) {
                            continue;
                        }
                        String[] kv = attr.split("=", 2);
                        switch (kv[0]) {
                            case "keep" -> keep = true;
                            case "words" -> words = true;
                            case "max-words" -> maxWords = Integer.parseInt(kv[1]);
                            case "boundary" -> boundary = Boundary.valueOf(kv[1].toUpperCase(Locale.ROOT).replace('-', '_'));
                            default -> throw new IllegalArgumentException(origin + ":" + lineNo + ": unknown attribute " + attr);
                        }
                    }
                    continue;
                }
                if (name == null) {
                    throw new IllegalArgumentException(origin + ":" + lineNo + ": pattern before any [section]");
                }
                if (words) {
                    if (name.equals("@stopwords")) {
                        for (String w : line.split("\\s+")) {
                            stopwords.add(w.toLowerCase(Locale.ROOT));
                        }
                    }
                    continue;
                }
                try {
                    // Unicode classes: \w, \W and \b must treat Cyrillic or Arabic letters as letters
                    patterns.add(Pattern.compile(line, Pattern.UNICODE_CHARACTER_CLASS));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(origin + ":" + lineNo + ": bad pattern: " + e.getDescription(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (name != null && !words) {
            rules.add(new Rule(name, keep, boundary, maxWords, patterns));
        }
        return new BoilerplateRules(rules, stopwords);
    }

    /** The first rule matching {@code line} (of {@code words} words), or null. */
    Rule match(String line, int words) {
        for (Rule rule : rules) {
            if (rule.matches(line, words)) {
                return rule;
            }
        }
        return null;
    }

    List<Rule> rules() {
        return rules;
    }

    boolean isStopword(String token) {
        return stopwords.contains(token);
    }

    boolean hasStopwords() {
        return !stopwords.isEmpty();
    }
}
