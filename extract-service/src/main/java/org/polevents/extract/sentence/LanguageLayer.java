package org.polevents.extract.sentence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        return SentenceBoundaries.repair(text, sentences.sentPosDetect(text));
    }

    private Sentence tokenize(String paragraph, int from, int to, int base) {
        String sentenceText = paragraph.substring(from, to);
        // the tokenizer mangles curly apostrophes ("Lukashenk" + "o's"); folding keeps offsets
        String folded = fold(sentenceText);
        Span[] raw = tokenizer.tokenizePos(folded);
        List<int[]> spans = new ArrayList<>(raw.length);
        for (Span span : raw) {
            spans.add(new int[] {span.getStart(), span.getEnd()});
        }
        List<String> tokens = new ArrayList<>(raw.length + 4);
        List<int[]> offsets = new ArrayList<>(raw.length + 4);
        for (int[] span : WordPieces.merge(folded, spans)) {
            int s = span[0];
            int e = span[1];
            String t = folded.substring(s, e);
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
                    && SentenceBoundaries.TITLE_ABBREVIATIONS.contains(tokens.get(i).toLowerCase(Locale.ROOT) + ".")) {
                tokens.set(i, tokens.get(i) + ".");
                offsets.get(i)[1] = offsets.get(i + 1)[1];
                tokens.remove(i + 1);
                offsets.remove(i + 1);
            }
        }
        int last = tokens.size() - 1;
        String t = tokens.get(last);
        if (t.length() > 2 && t.endsWith(".") && t.indexOf('.') == t.length() - 1
                && !SentenceBoundaries.TITLE_ABBREVIATIONS.contains(t.toLowerCase(Locale.ROOT))) {
            int[] o = offsets.get(last);
            tokens.set(last, t.substring(0, t.length() - 1));
            offsets.set(last, new int[] {o[0], o[1] - 1});
            tokens.add(".");
            offsets.add(new int[] {o[1] - 1, o[1]});
        }
    }

    /** Em dashes glued to words ("Taliban\u2014the group") are separate tokens, written "-". */
    private static void splitDashes(String t, int s, List<String> tokens, List<int[]> offsets) {
        int from = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\u2014') {
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

    /**
     * Curly quotes and apostrophes to ASCII, and en dashes and Unicode hyphens to "-": outlets
     * write "low\u2013intensity" and "Port\u2010au\u2010Prince" for the hyphenated words the
     * dictionaries spell with "-". One char for one, so offsets stay valid.
     */
    static String fold(String s) {
        int i = 0;
        while (i < s.length() && !folds(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        char[] out = s.toCharArray();
        for (; i < out.length; i++) {
            switch (out[i]) {
                case '\u2019', '\u2018' -> out[i] = '\'';
                case '\u201c', '\u201d' -> out[i] = '"';
                case '\u2013', '\u2010', '\u2011' -> out[i] = '-';
                default -> {
                }
            }
        }
        return new String(out);
    }

    private static boolean folds(char c) {
        return c == '\u2019' || c == '\u2018' || c == '\u201c' || c == '\u201d' || c == '\u2013' || c == '\u2010'
                || c == '\u2011';
    }
}
