package org.polevents.ingest.boilerplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.polevents.ingest.boilerplate.BoilerplateRules.Boundary;
import org.polevents.ingest.boilerplate.BoilerplateRules.Rule;
import org.polevents.ingest.boilerplate.Verdict.Kind;
import org.polevents.ingest.clean.Tokens;
import org.polevents.ingest.segment.Block;

/**
 * Classifies the blocks of one pushed text as content, short line or boilerplate.
 *
 * <p>Works on the whole pushed text before it is split into articles, because glued articles
 * share their page furniture. Stateless after construction and thread-safe.
 */
public final class BoilerplateFilter {
    /** A block with at least this many words is a paragraph even without final punctuation. */
    static final int PARAGRAPH_WORDS = 20;
    /** A block ending like a sentence with at least this many words is a paragraph. */
    static final int SENTENCE_WORDS = 5;
    /** Stopword rule: only lines this long; shorter lines are headlines, which have few stopwords. */
    static final int KEYWORD_LIST_MIN_WORDS = 10;
    static final double KEYWORD_LIST_MAX_STOPWORDS = 0.08;
    /** Another language in Latin script is only judged on lines this long. */
    static final int FOREIGN_SENTENCE_MIN_WORDS = 8;
    /** Foreign-script rule: a line with less than this share of the page's script is foreign. */
    static final double FOREIGN_SCRIPT_MAX_SHARE = 0.5;
    /** Pull-quotes: only lines of this many words; shorter ones are headings. */
    static final int PULL_QUOTE_MIN_WORDS = 6;
    static final int PULL_QUOTE_MAX_WORDS = 45;
    /** Captions printed twice (alt text and caption): only lines up to this many words. */
    static final int CAPTION_MAX_WORDS = 40;
    static final int TOC_MIN_ENTRIES = 3;
    static final int TOC_MAX_WORDS = 12;

    private final BoilerplateRules rules;
    private final double pullQuoteContainment;
    private final int pullQuoteWindow;

    /**
     * @param pullQuoteContainment share of a short line's word pairs that must occur in a nearby
     *                             longer paragraph for the line to be a pull-quote (0–1)
     * @param pullQuoteWindow      how many blocks before and after to look for that paragraph
     */
    public BoilerplateFilter(BoilerplateRules rules, double pullQuoteContainment, int pullQuoteWindow) {
        this.rules = rules;
        this.pullQuoteContainment = pullQuoteContainment;
        this.pullQuoteWindow = pullQuoteWindow;
    }

    public List<Verdict> classify(List<Block> blocks) {
        int n = blocks.size();
        Kind[] kind = new Kind[n];
        String[] reason = new String[n];
        int[] related = new int[n];
        Arrays.fill(related, -1);
        boolean[] before = new boolean[n];
        boolean[] after = new boolean[n];
        boolean[] afterIfBoilerplate = new boolean[n];

        // letters per script, per block and for the page, in one pass over the text
        List<Map<Character.UnicodeScript, Integer>> scripts = new ArrayList<>(n);
        Map<Character.UnicodeScript, Integer> page = new EnumMap<>(Character.UnicodeScript.class);
        for (Block b : blocks) {
            Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
            Tokens.countScripts(b.string(), counts);
            counts.forEach((k, v) -> page.merge(k, v, Integer::sum));
            scripts.add(counts);
        }
        Character.UnicodeScript script = page.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            if (b.tokens().isEmpty()) {
                mark(kind, reason, i, "no-text");
                continue;
            }
            Rule rule = rules.match(b.string(), b.words());
            if (rule != null) {
                before[i] = rule.boundary() == Boundary.BEFORE;
                after[i] = rule.boundary() == Boundary.AFTER;
                afterIfBoilerplate[i] = rule.boundary() == Boundary.AFTER_IF_BOILERPLATE_FOLLOWS;
                if (!rule.keep()) {
                    mark(kind, reason, i, rule.name());
                    continue;
                }
            }
            int letters = scripts.get(i).values().stream().mapToInt(Integer::intValue).sum();
            if (script != null && letters >= 3
                    && scripts.get(i).getOrDefault(script, 0) < FOREIGN_SCRIPT_MAX_SHARE * letters) {
                mark(kind, reason, i, "foreign-script");
                continue;
            }
            if (script == Character.UnicodeScript.LATIN && rules.hasStopwords() && b.words() >= FOREIGN_SENTENCE_MIN_WORDS) {
                double stop = stopwordShare(b);
                int foreign = foreignStopwords(b);
                if (foreign >= 2 && foreign > stop * b.words()) {
                    // more function words of another language than of English: another language
                    // in the same script (C4 keeps only lines identified as English)
                    mark(kind, reason, i, "non-english");
                    continue;
                }
                if (!b.endsLikeSentence() && b.words() >= KEYWORD_LIST_MIN_WORDS && stop < KEYWORD_LIST_MAX_STOPWORDS) {
                    mark(kind, reason, i, "keyword-list");
                    continue;
                }
            }
            kind[i] = isParagraph(b) ? Kind.CONTENT : Kind.SHORT;
        }
        captionsPrintedTwice(blocks, kind, reason, related);
        tablesOfContents(blocks, kind, reason);
        pullQuotes(blocks, kind, reason, related);
        strandedShortLines(blocks, kind, reason);

        List<Verdict> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean nextDropped = i + 1 < n && kind[i + 1] == Kind.BOILERPLATE;
            out.add(new Verdict(kind[i], reason[i] == null ? null : "boilerplate:" + reason[i], related[i], before[i],
                    after[i] || (afterIfBoilerplate[i] && nextDropped)));
        }
        return out;
    }

    static boolean isParagraph(Block b) {
        return b.words() >= PARAGRAPH_WORDS || (b.words() >= SENTENCE_WORDS && b.endsLikeSentence());
    }

    private static void mark(Kind[] kind, String[] reason, int i, String why) {
        kind[i] = Kind.BOILERPLATE;
        reason[i] = why;
    }

    private int foreignStopwords(Block b) {
        int n = 0;
        for (String t : b.tokens()) {
            if (rules.isForeignStopword(t)) {
                n++;
            }
        }
        return n;
    }

    private double stopwordShare(Block b) {
        int stop = 0;
        for (String t : b.tokens()) {
            if (rules.isStopword(t)) {
                stop++;
            }
        }
        return (double) stop / b.words();
    }

    /**
     * An image's alt text and caption often come out as the same line twice in a row; a paragraph
     * printed twice (ending like a sentence) is left to dedup, which keeps its first copy.
     */
    private static void captionsPrintedTwice(List<Block> blocks, Kind[] kind, String[] reason, int[] related) {
        for (int i = 1; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Block prev = blocks.get(i - 1);
            if (kind[i] == Kind.BOILERPLATE || kind[i - 1] == Kind.BOILERPLATE || b.blankBefore() > 1
                    || b.words() > CAPTION_MAX_WORDS || b.endsLikeSentence() || !b.key().equals(prev.key())) {
                continue;
            }
            mark(kind, reason, i - 1, "image-caption");
            mark(kind, reason, i, "image-caption");
            related[i] = i - 1;
        }
    }

    /**
     * A run of short entries (usually a list) whose entries reappear later as headings of the same
     * page is a table of contents; the headings are kept where they stand.
     */
    private static void tablesOfContents(List<Block> blocks, Kind[] kind, String[] reason) {
        int n = blocks.size();
        Map<String, Integer> lastIndex = new HashMap<>();
        for (int i = 0; i < n; i++) {
            lastIndex.put(blocks.get(i).key(), i);
        }
        int i = 0;
        while (i < n) {
            if (!tocCandidate(blocks.get(i), kind[i])) {
                i++;
                continue;
            }
            // the run ends where the entries start over: the first heading the contents point to
            int end = i;
            java.util.Set<String> inRun = new java.util.HashSet<>();
            while (end < n && tocCandidate(blocks.get(end), kind[end]) && inRun.add(blocks.get(end).key())) {
                end++;
            }
            int entries = end - i;
            if (entries >= TOC_MIN_ENTRIES) {
                int reappearing = 0;
                for (int k = i; k < end; k++) {
                    Integer last = lastIndex.get(blocks.get(k).key());
                    if (last != null && last >= end) {
                        reappearing++;
                    }
                }
                if (reappearing >= TOC_MIN_ENTRIES && reappearing >= 0.8 * entries) {
                    for (int k = i; k < end; k++) {
                        mark(kind, reason, k, "table-of-contents");
                    }
                }
            }
            i = end;
        }
    }

    private static boolean tocCandidate(Block b, Kind kind) {
        return kind == Kind.SHORT && b.words() <= TOC_MAX_WORDS && !b.endsLikeSentence();
    }

    /**
     * A pull-quote repeats (part of) a sentence of a nearby paragraph in large type. Found by
     * containment of its word pairs in a longer nearby paragraph, which tolerates the small edits
     * editors make ("sending other signals" quoted as "sending signals").
     */
    private void pullQuotes(List<Block> blocks, Kind[] kind, String[] reason, int[] related) {
        int n = blocks.size();
        long[][] pairs = new long[n][];
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            if (kind[i] == Kind.BOILERPLATE || b.words() < PULL_QUOTE_MIN_WORDS || b.words() > PULL_QUOTE_MAX_WORDS) {
                continue;
            }
            long[] mine = pairs(blocks, pairs, i);
            for (int j = Math.max(0, i - pullQuoteWindow); j <= Math.min(n - 1, i + pullQuoteWindow); j++) {
                Block p = blocks.get(j);
                if (j == i || kind[j] != Kind.CONTENT || p.words() < 1.5 * b.words()) {
                    continue;
                }
                if (contained(mine, pairs(blocks, pairs, j), pullQuoteContainment)) {
                    mark(kind, reason, i, "pull-quote");
                    related[i] = j;
                    break;
                }
            }
        }
    }

    private static long[] pairs(List<Block> blocks, long[][] cache, int i) {
        if (cache[i] == null) {
            List<String> t = blocks.get(i).tokens();
            long[] out = new long[Math.max(0, t.size() - 1)];
            for (int k = 0; k + 1 < t.size(); k++) {
                out[k] = t.get(k).hashCode() * 0x9E3779B97F4A7C15L + t.get(k + 1).hashCode();
            }
            Arrays.sort(out);
            cache[i] = out;
        }
        return cache[i];
    }

    /** True when at least {@code share} of {@code part} occurs in {@code whole} (both sorted). */
    private static boolean contained(long[] part, long[] whole, double share) {
        if (part.length == 0) {
            return false;
        }
        // stop as soon as too many are missing: most neighbours are unrelated and fail in a few probes
        int allowedMisses = (int) Math.floor(part.length * (1 - share) + 1e-9);
        int misses = 0;
        for (long x : part) {
            if (Arrays.binarySearch(whole, x) < 0 && ++misses > allowedMisses) {
                return false;
            }
        }
        return true;
    }

    /**
     * The context step of jusText: a short line (not a paragraph, no rule fired) is judged by its
     * neighbours. One that introduces content (a headline, a section heading, a dateline) is kept;
     * one stranded between boilerplate, or between boilerplate and the page edge, is boilerplate
     * too (the browser list under a browser notice, a stray menu label).
     */
    private static void strandedShortLines(List<Block> blocks, Kind[] kind, String[] reason) {
        int n = blocks.size();
        Kind[] before = kind.clone();
        for (int i = 0; i < n; i++) {
            if (before[i] != Kind.SHORT) {
                continue;
            }
            Kind next = nextJudged(blocks, before, i);
            if (next == Kind.CONTENT) {
                continue;
            }
            Kind prev = null;
            for (int k = i - 1; k >= 0; k--) {
                if (before[k] != Kind.SHORT) {
                    prev = before[k];
                    break;
                }
            }
            boolean prevBad = prev == null || prev == Kind.BOILERPLATE;
            boolean nextBad = next == null || next == Kind.BOILERPLATE;
            boolean anyBoilerplate = prev == Kind.BOILERPLATE || next == Kind.BOILERPLATE;
            if (prevBad && nextBad && anyBoilerplate) {
                mark(kind, reason, i, "stray-short-line");
            }
        }
    }

    /**
     * The kind of the next paragraph or boilerplate block after {@code i}, looking past a few
     * small widgets (a headline followed by "Share" and then the story still introduces content).
     */
    private static Kind nextJudged(List<Block> blocks, Kind[] kind, int i) {
        int widgets = 0;
        for (int k = i + 1; k < blocks.size(); k++) {
            if (kind[k] == Kind.SHORT) {
                continue;
            }
            if (kind[k] == Kind.BOILERPLATE && blocks.get(k).words() <= 4 && widgets < 4) {
                widgets++;
                continue;
            }
            return kind[k];
        }
        return widgets > 0 ? Kind.BOILERPLATE : null;
    }
}
