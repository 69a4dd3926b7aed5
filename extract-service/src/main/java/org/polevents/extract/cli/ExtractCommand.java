package org.polevents.extract.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.contracts.SegmentBatch;
import org.polevents.extract.coder.EventCoder;
import org.polevents.extract.coder.ParagraphArticle;

/**
 * {@code extract [--out FILE] FILE|DIR...}: each file is one article; a paragraph is a non-blank
 * line; the article text is its paragraphs joined by blank lines, so segment and evidence offsets
 * index it. A paragraph already seen in an earlier file (or earlier in the same one) is dropped,
 * first seen wins, so repeated copies do not yield duplicate events. Directories contribute their
 * {@code .txt}, {@code .html} and {@code .htm} files in name order.
 */
public final class ExtractCommand {
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style|noscript)[^>]*>.*?</\\1>");
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)</?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|title)[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private ExtractCommand() {
    }

    /** Runs the command; returns the process exit code (0 ok, 1 input error, 2 usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path outFile = null;
        Path segmentsFile = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out") || args[i].equals("-o")) {
                if (i + 1 >= args.length) {
                    return usage(err, "--out needs a file");
                }
                outFile = Path.of(args[++i]);
            } else if (args[i].equals("--segments")) {
                if (i + 1 >= args.length) {
                    return usage(err, "--segments needs a file");
                }
                segmentsFile = Path.of(args[++i]);
            } else if (args[i].equals("--help") || args[i].equals("-h")) {
                usage(out, null);
                return 0;
            } else if (args[i].startsWith("-")) {
                return usage(err, "unknown option " + args[i]);
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty() == (segmentsFile == null)) {
            return usage(err, segmentsFile == null ? "no input files" : "give files or --segments, not both");
        }
        List<SegmentBatch> batches = new ArrayList<>();
        try {
            if (segmentsFile != null) {
                batches.addAll(KeptSegments.read(segmentsFile));
            } else {
                Set<String> seen = new HashSet<>();
                for (Path f : expand(inputs)) {
                    batches.add(toBatch(f, seen));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            err.println("extract: cannot read input: " + e.getMessage());
            return 1;
        }
        EventCoder coder = EventCoder.load();
        ObjectMapper json = new ObjectMapper();
        int events = 0;
        try (OutputStream sink = outFile == null ? nonClosing(out) : Files.newOutputStream(outFile);
                PrintStream w = new PrintStream(sink, false, StandardCharsets.UTF_8)) {
            for (SegmentBatch batch : batches) {
                for (PoliticalEvent e : coder.code(batch)) {
                    w.println(json.writeValueAsString(e));
                    events++;
                }
            }
            w.flush();
        } catch (IOException e) {
            err.println("extract: " + e.getMessage());
            return 1;
        }
        err.println("extract: " + batches.size() + " articles, " + events + " events, coder " + coder.version());
        return 0;
    }

    private static int usage(PrintStream to, String problem) {
        if (problem != null) {
            to.println("extract: " + problem);
        }
        to.println("usage: extract [--out FILE] FILE|DIR...   (plain-text or .html articles; JSONL events out)");
        to.println("       extract [--out FILE] --segments SEGMENTS.jsonl   (re-code kept segments exported by"
                + " `polevents eval`)");
        return problem == null ? 0 : 2;
    }

    private static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().matches("(?i).*\\.(txt|html?)$")).sorted().forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new IOException("no such file: " + p);
            }
        }
        return out;
    }

    /** One file as one article; {@code seen} carries paragraphs across files. */
    static SegmentBatch toBatch(Path file, Set<String> seen) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        if (file.toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.html?$")) {
            raw = htmlToText(raw);
        }
        String id = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return ParagraphArticle.of(id, null, null, raw, seen);
    }

    /** Minimal tag stripping: block elements become line breaks, entities are decoded. */
    static String htmlToText(String html) {
        String s = SCRIPT.matcher(html).replaceAll(" ");
        s = BLOCK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        return s.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&rsquo;", "\u2019")
                .replace("&lsquo;", "\u2018").replace("&ldquo;", "\u201c").replace("&rdquo;", "\u201d")
                .replace("&mdash;", "\u2014").replace("&ndash;", "\u2013");
    }

    /** Writes through to {@code target} but leaves it open (it is the caller's stdout). */
    private static OutputStream nonClosing(PrintStream target) {
        return new OutputStream() {
            @Override
            public void write(byte[] b, int off, int len) {
                target.write(b, off, len);
            }

            @Override
            public void write(int b) {
                target.write(b);
            }

            @Override
            public void flush() {
                target.flush();
            }

            @Override
            public void close() {
                target.flush();
            }
        };
    }
}
