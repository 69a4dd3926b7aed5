package org.polevents.extract.sentence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Splits text into {@link Sentence}s with tokens and POS tags. Loads the OpenNLP English models
 * from the class path once; afterwards thread-safe (the OpenNLP "ThreadSafe" wrappers keep one
 * decoder per thread).
 */
public final class LanguageLayer {
    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /**
     * Abbreviations after which the sentence model wrongly splits. A split after one of these is
     * undone whatever follows, because they never end a sentence in news prose ("Rep. Tlaib").
     */
    private static final Set<String> TITLE_ABBREVIATIONS = Set.of("rep.", "reps.", "sen.", "sens.", "gov.", "gen.",
            "lt.", "col.", "maj.", "capt.", "sgt.", "adm.", "cmdr.", "mr.", "mrs.", "ms.", "dr.", "prof.", "st.",
            "dept.", "gov't", "pres.", "amb.", "sec.", "atty.", "supt.", "rev.", "hon.", "no.", "nos.", "vs.", "v.",
            "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
            "mt.", "ft.", "fig.", "approx.", "est.", "inc.", "corp.", "co.", "ltd.", "e.g.", "i.e.", "cf.", "al.");

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;

    private LanguageLayer(SentenceModel sm, TokenizerModel tm, POSModel pm, int beam) {
        this.sentences = new ThreadSafeSentenceDetectorME(sm);
        this.tokenizer = new ThreadSafeTokenizerME(tm);
        // Greedy decoding (beam 1) instead of the model's beam of 3: 3.5x faster, and on news
        // text the tags we rely on (VERB/NOUN/PROPN/ADP) rarely differ.
        MaxentModel maxent = pm.getArtifact("pos.model");
        POSModel greedy = maxent == null || beam >= 3 ? pm : new POSModel("en", maxent, beam, null, pm.getFactory());
        this.tagger = new ThreadSafePOSTaggerME(greedy, POSTagFormat.UD);
    }

    /** Loads the three models from the class path (the opennlp-models-*-en jars); greedy POS decoding. */
    public static LanguageLayer load() {
        return load(1);
    }

    /**
     * Loads the models with the given POS beam width: 1 is greedy and about 3.5 times faster than
     * the model's own 3, at a small cost in tagging accuracy.
     */
    public static LanguageLayer load(int beam) {
        try (InputStream s = open(SENTENCE_MODEL); InputStream t = open(TOKEN_MODEL); InputStream p = open(POS_MODEL)) {
            return new LanguageLayer(new SentenceModel(s), new TokenizerModel(t), new POSModel(p), beam);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP models", e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = LanguageLayer.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("model not on class path: " + name);
        }
        return in;
    }

    /**
     * Sentences of one paragraph, with offsets shifted by {@code base} (the paragraph's offset in
     * the article). Sentences never cross paragraph boundaries.
     */
    public List<Sentence> analyze(String paragraph, int base) {
        List<Sentence> out = new ArrayList<>();
        for (int[] s : split(paragraph)) {
            Sentence sentence = tokenize(paragraph, s[0], s[1], base);
            if (sentence != null) {
                out.add(sentence);
            }
        }
        return out;
    }

    /** Sentence boundaries [start, end) in {@code text}, after repairing abbreviation splits. */
    List<int[]> split(String text) {
        Span[] spans = sentences.sentPosDetect(text);
        List<int[]> merged = new ArrayList<>();
        for (Span span : spans) {
            int s = span.getStart();
            int e = span.getEnd();
            if (!merged.isEmpty() && shouldJoin(text, merged.get(merged.size() - 1), s)) {
                merged.get(merged.size() - 1)[1] = e;
            } else {
                merged.add(new int[] {s, e});
            }
        }
        if (merged.isEmpty() && !text.isBlank()) {
            merged.add(new int[] {0, text.length()});
        }
        return merged;
    }

    private static boolean shouldJoin(String text, int[] previous, int nextStart) {
        String prev = text.substring(previous[0], previous[1]).stripTrailing();
        int lastSpace = Math.max(prev.lastIndexOf(' '), prev.lastIndexOf('('));
        String lastWord = prev.substring(lastSpace + 1).toLowerCase(Locale.ROOT);
        if (TITLE_ABBREVIATIONS.contains(lastWord)) {
            return true;
        }
        // Real sentences do not start in lower case or with a closing bracket; a split before one
        // is the model stopping at "U.S." or "(D-Mich.)".
        int i = nextStart;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (Character.isLowerCase(c) || c == ')' || c == ',' || c == ';') {
            return true;
        }
        // "H.R. 23", "No. 5": a number right after a short abbreviation continues the sentence
        if (Character.isDigit(c) && lastWord.length() <= 5 && lastWord.endsWith(".")) {
            return true;
        }
        // "U.S. Treasury", "U.N. envoy": an initialism rarely ends a sentence before a capitalised noun
        // that continues the name; we only join before a few such heads to stay safe.
        if (lastWord.matches("(?:[a-z]\\.){2,}")) {
            String next = text.substring(i, Math.min(text.length(), i + 20)).split("[^A-Za-z]", 2)[0];
            return INITIALISM_CONTINUATIONS.contains(next.toLowerCase(Locale.ROOT));
        }
        return false;
    }

    private static final Set<String> INITIALISM_CONTINUATIONS = Set.of("treasury", "department", "state", "congress",
            "house", "senate", "army", "navy", "president", "officials", "forces", "secretary", "embassy", "envoy",
            "ambassador", "military", "government", "administration", "troops", "security", "special", "mission",
            "sanctions", "delegation", "representative", "general", "court", "agency", "central", "commander");

    private Sentence tokenize(String paragraph, int from, int to, int base) {
        String sentenceText = paragraph.substring(from, to);
        // the tokenizer mangles curly apostrophes ("Lukashenk" + "o's"); folding keeps offsets
        Span[] raw = tokenizer.tokenizePos(fold(sentenceText));
        List<String> tokens = new ArrayList<>(raw.length + 4);
        List<int[]> offsets = new ArrayList<>(raw.length + 4);
        for (Span span : raw) {
            int s = span.getStart();
            int e = span.getEnd();
            String t = fold(sentenceText.substring(s, e));
            // separate possessive 's so "Taliban's" is the actor "Taliban" plus a marker
            if (t.length() > 2 && (t.endsWith("'s") || t.endsWith("'S")) && !t.equals("let's")) {
                tokens.add(t.substring(0, t.length() - 2));
                offsets.add(new int[] {s, e - 2});
                tokens.add("'s");
                offsets.add(new int[] {e - 2, e});
            } else if (t.length() > 1 && t.endsWith("'") && Character.isLetter(t.charAt(t.length() - 2))
                    && (t.charAt(t.length() - 2) == 's')) {
                // plural possessive: "Belarus'"
                tokens.add(t.substring(0, t.length() - 1));
                offsets.add(new int[] {s, e - 1});
                tokens.add("'s");
                offsets.add(new int[] {e - 1, e});
            } else {
                splitDashes(t, s, tokens, offsets);
            }
        }
        if (tokens.isEmpty()) {
            return null;
        }
        repairPeriods(tokens, offsets);
        repairHyphens(tokens, offsets);
        String[] toks = tokens.toArray(String[]::new);
        String[] tags = tagger.tag(toks);
        int n = toks.length;
        int[] starts = new int[n];
        int[] ends = new int[n];
        int abs = base + from;
        for (int i = 0; i < n; i++) {
            starts[i] = abs + offsets.get(i)[0];
            ends[i] = abs + offsets.get(i)[1];
        }
        String[] lowers = new String[n];
        for (int i = 0; i < n; i++) {
            lowers[i] = toks[i].toLowerCase(Locale.ROOT);
        }
        return new Sentence(sentenceText, abs, base + to, toks, starts, ends, tags, lowers);
    }

    /**
     * The tokenizer splits "Sen." into "Sen" + "." but leaves "Kharkiv." whole at the end of a
     * sentence; both are undone so titles stay one token and names carry no period.
     */
    private static void repairPeriods(List<String> tokens, List<int[]> offsets) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i + 1).equals(".") && offsets.get(i)[1] == offsets.get(i + 1)[0] && i + 2 < tokens.size()
                    && TITLE_ABBREVIATIONS.contains(tokens.get(i).toLowerCase(Locale.ROOT) + ".")) {
                tokens.set(i, tokens.get(i) + ".");
                offsets.get(i)[1] = offsets.get(i + 1)[1];
                tokens.remove(i + 1);
                offsets.remove(i + 1);
            }
        }
        int last = tokens.size() - 1;
        String t = tokens.get(last);
        if (t.length() > 2 && t.endsWith(".") && t.indexOf('.') == t.length() - 1
                && !TITLE_ABBREVIATIONS.contains(t.toLowerCase(Locale.ROOT))) {
            int[] o = offsets.get(last);
            tokens.set(last, t.substring(0, t.length() - 1));
            offsets.set(last, new int[] {o[0], o[1] - 1});
            tokens.add(".");
            offsets.add(new int[] {o[1] - 1, o[1]});
        }
    }

    /** "Tehrik- i-Taliban", "UN -sponsored": hyphenated words the tokenizer cut apart are rejoined. */
    private static void repairHyphens(List<String> tokens, List<int[]> offsets) {
        // "Al" "-" "Shabaab" written without spaces is one word
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i + 1).equals("-") && offsets.get(i)[1] == offsets.get(i + 1)[0]
                    && offsets.get(i + 1)[1] == offsets.get(i + 2)[0] && Character.isLetter(tokens.get(i).charAt(0))
                    && Character.isLetter(tokens.get(i + 2).charAt(0))) {
                tokens.set(i, tokens.get(i) + "-" + tokens.get(i + 2));
                offsets.get(i)[1] = offsets.get(i + 2)[1];
                tokens.remove(i + 2);
                offsets.remove(i + 2);
                tokens.remove(i + 1);
                offsets.remove(i + 1);
                i--;
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String a = tokens.get(i);
            String b = tokens.get(i + 1);
            boolean adjacent = offsets.get(i)[1] == offsets.get(i + 1)[0];
            if (adjacent && a.length() > 1 && b.length() > 1 && (a.endsWith("-") || b.startsWith("-"))
                    && !a.equals("-") && !b.equals("-")) {
                tokens.set(i, a + b);
                offsets.get(i)[1] = offsets.get(i + 1)[1];
                tokens.remove(i + 1);
                offsets.remove(i + 1);
                i--;
            }
        }
    }

    /** Em/en dashes glued to words ("Taliban—the group") are separate tokens. */
    private static void splitDashes(String t, int s, List<String> tokens, List<int[]> offsets) {
        int from = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\u2014' || c == '\u2013') {
                if (i > from) {
                    tokens.add(t.substring(from, i));
                    offsets.add(new int[] {s + from, s + i});
                }
                tokens.add("-");
                offsets.add(new int[] {s + i, s + i + 1});
                from = i + 1;
            }
        }
        if (from < t.length()) {
            tokens.add(from == 0 ? t : t.substring(from));
            offsets.add(new int[] {s + from, s + t.length()});
        }
    }

    /** Curly quotes and apostrophes to ASCII; lengths are kept so offsets stay valid. */
    static String fold(String s) {
        if (s.indexOf('\u2019') < 0 && s.indexOf('\u2018') < 0 && s.indexOf('\u201c') < 0 && s.indexOf('\u201d') < 0) {
            return s;
        }
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
    }
}
