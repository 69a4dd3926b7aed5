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
    record Rule(String name, boolean keep, Boundary boundary, int maxWords, List<LinePattern> patterns) {
        boolean matches(String line, String lowerLine, int words) {
            if (words > maxWords) {
                return false;
            }
            for (LinePattern p : patterns) {
                if (p.matches(line, lowerLine)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A compiled pattern plus what makes it cheap on long lines: anchored patterns are tried at
     * the start only ({@code lookingAt}); unanchored ones that begin with literal words run only
     * when the lower-cased line contains one of those words (plain {@code indexOf} is much faster
     * than letting the regex engine try every position).
     */
    record LinePattern(Pattern pattern, boolean anchored, List<String> hints) {
        static LinePattern of(String line) {
            List<String> explicit = null;
            String regex = line;
            if (line.startsWith("{")) {
                int close = line.indexOf("} ");
                if (close < 0) {
                    throw new PatternSyntaxException("hint {words} must be followed by a space", line, 0);
                }
                explicit = List.of(line.substring(1, close).toLowerCase(Locale.ROOT).split("\\|"));
                regex = line.substring(close + 2);
            }
            Pattern p = Pattern.compile(regex);
            String body = regex.startsWith("(?i)") ? regex.substring(4) : regex;
            boolean anchored = body.startsWith("^") && !topLevelAlternation(body);
            List<String> hints = explicit != null ? explicit : anchored ? List.<String>of() : literalHints(body);
            return new LinePattern(p, anchored, hints);
        }

        boolean matches(String line, String lowerLine) {
            if (!hints.isEmpty()) {
                boolean any = false;
                for (String h : hints) {
                    if (lowerLine.contains(h)) {
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    return false;
                }
            }
            Matcher m = pattern.matcher(line);
            return anchored ? m.lookingAt() : m.find();
        }
    }

    private static boolean topLevelAlternation(String regex) {
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower-case literal words a match must contain, read from the start of the pattern: a plain
     * literal ("mandatory credit"), or a group of plain alternatives ("(?:getty images|ap photo)").
     * Empty when the start is not plain enough (then the pattern always runs).
     */
    static List<String> literalHints(String regex) {
        if (topLevelAlternation(regex)) {
            return List.of();
        }
        String mandatory = longestTopLevelLiteral(regex);
        if (mandatory.length() >= 4) {
            return List.of(mandatory);
        }
        if (regex.startsWith("(?:")) {
            int depth = 0;
            int end = -1;
            for (int i = 0; i < regex.length(); i++) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    end = i;
                    break;
                }
            }
            if (end < 0 || (end + 1 < regex.length() && "?*{".indexOf(regex.charAt(end + 1)) >= 0)) {
                return List.of();
            }
            List<String> hints = new ArrayList<>();
            int depth2 = 0;
            int start = 3;
            for (int i = 3; i <= end; i++) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '(' || c == '[') {
                    depth2++;
                } else if ((c == ')' || c == ']') && depth2 > 0) {
                    depth2--;
                } else if ((c == '|' && depth2 == 0) || i == end) {
                    String lit = leadingLiteral(regex.substring(start, i));
                    if (lit.length() < 2) {
                        return List.of();
                    }
                    hints.add(lit);
                    start = i + 1;
                }
            }
            return hints;
        }
        String lit = leadingLiteral(regex);
        return lit.length() >= 3 ? List.of(lit) : List.of();
    }

    /**
     * The longest run of plain characters outside any group or class, which every match must
     * contain (a character followed by a quantifier ends the run without it). Lower-cased.
     */
    private static String longestTopLevelLiteral(String regex) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i <= regex.length(); i++) {
            char c = i < regex.length() ? regex.charAt(i) : '\0';
            boolean plain = depth == 0 && i < regex.length()
                    && (Character.isLetterOrDigit(c) || c == ' ' || c == '/' || c == ',');
            if (plain && !(i + 1 < regex.length() && "?*{+".indexOf(regex.charAt(i + 1)) >= 0)) {
                run.append(Character.toLowerCase(c));
                continue;
            }
            String candidate = run.toString().strip();
            if (candidate.length() > best.length()) {
                best = candidate;
            }
            run.setLength(0);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return best;
    }

    /** The plain characters a regex starts with, lower-cased; a char made optional is left out. */
    private static String leadingLiteral(String regex) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (Character.isLetterOrDigit(c) || c == ' ' || c == '/' || c == '-' || c == ',') {
                if (i + 1 < regex.length() && "?*{".indexOf(regex.charAt(i + 1)) >= 0) {
                    break;
                }
                out.append(Character.toLowerCase(c));
            } else {
                break;
            }
        }
        return out.toString();
    }

    enum Boundary { NONE, BEFORE, AFTER, AFTER_IF_BOILERPLATE_FOLLOWS }

    private final List<Rule> rules;
    private final Set<String> stopwords;
    private final Set<String> foreignStopwords;

    private BoilerplateRules(List<Rule> rules, Set<String> stopwords, Set<String> foreignStopwords) {
        this.rules = List.copyOf(rules);
        this.stopwords = Set.copyOf(stopwords);
        this.foreignStopwords = Set.copyOf(foreignStopwords);
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
        Set<String> foreignStopwords = new HashSet<>();
        String name = null;
        boolean keep = false;
        boolean words = false;
        Boundary boundary = Boundary.NONE;
        int maxWords = Integer.MAX_VALUE;
        List<LinePattern> patterns = new ArrayList<>();
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
                    if (name.equals("@stopwords") || name.equals("@foreign-stopwords")) {
                        Set<String> target = name.equals("@stopwords") ? stopwords : foreignStopwords;
                        for (String w : line.split("\\s+")) {
                            target.add(w.toLowerCase(Locale.ROOT));
                        }
                    }
                    continue;
                }
                try {
                    patterns.add(LinePattern.of(line));
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
        foreignStopwords.removeAll(stopwords);
        return new BoilerplateRules(rules, stopwords, foreignStopwords);
    }

    /** The first rule matching {@code line} (of {@code words} words), or null. */
    Rule match(String line, int words) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (Rule rule : rules) {
            if (rule.matches(line, lower, words)) {
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

    boolean isForeignStopword(String token) {
        return foreignStopwords.contains(token);
    }

    boolean hasStopwords() {
        return !stopwords.isEmpty();
    }
}
