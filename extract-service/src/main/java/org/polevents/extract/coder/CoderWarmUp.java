package org.polevents.extract.coder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.polevents.contracts.Segment;
import org.polevents.contracts.SegmentBatch;

/**
 * Codes a bundled wire-style article (not from any evaluation set) over and over for a while, so
 * that the JIT compiler has compiled the coder's hot paths before the first real article arrives.
 * Without it the first half-minute after a start codes several times slower than the steady state,
 * and articles pushed then wait seconds in extract-service (the load benchmark's cold start).
 */
public final class CoderWarmUp {
    private static final String ARTICLE = "/warmup/news.txt";

    private CoderWarmUp() {
    }

    /** The bundled article as one segment per non-blank line, offsets into the lines joined by blank lines. */
    public static SegmentBatch article() {
        String text;
        try (InputStream in = CoderWarmUp.class.getResourceAsStream(ARTICLE)) {
            if (in == null) {
                throw new IllegalStateException(ARTICLE + " is missing from the classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder joined = new StringBuilder();
        List<Segment> segments = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (joined.length() > 0) {
                joined.append("\n\n");
            }
            int start = joined.length();
            joined.append(line.strip());
            segments.add(new Segment("warmup#" + segments.size(), line.strip(), start, joined.length()));
        }
        return new SegmentBatch("warmup", "warmup", null, "warmup", null, "2025-03-12T00:00:00Z", "en",
                joined.toString(), segments);
    }

    /**
     * Codes the bundled article until {@code budget} has passed (at least once unless the budget is
     * zero).
     *
     * @return how many times the article was coded
     */
    public static int run(EventCoder coder, Duration budget) {
        if (budget.isZero() || budget.isNegative()) {
            return 0;
        }
        SegmentBatch article = article();
        long end = System.nanoTime() + budget.toNanos();
        int rounds = 0;
        do {
            coder.code(article);
            rounds++;
        } while (System.nanoTime() < end);
        return rounds;
    }
}
