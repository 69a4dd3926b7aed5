package org.polevents.extract.coder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

    /** The bundled article, a paragraph per line ({@link ParagraphArticle}). */
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
        return ParagraphArticle.of("warmup", "warmup", "2025-03-12T00:00:00Z", text, null);
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
