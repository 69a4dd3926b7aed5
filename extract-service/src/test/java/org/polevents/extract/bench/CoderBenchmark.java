package org.polevents.extract.bench;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.contracts.Segment;
import org.polevents.contracts.SegmentBatch;
import org.polevents.extract.coder.CoderWarmUp;
import org.polevents.extract.coder.EventCoder;
import org.polevents.extract.sentence.LanguageLayer;

/**
 * Throughput of the full coder (OpenNLP sentences, tokens and POS; actors; triggers; roles;
 * status, date, place; ids) on one thread, over a 60-sentence news article
 * ({@code src/test/resources/bench/news.txt}). Run from {@code extract-service/}:
 *
 * <pre>
 * ../mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx256m -cp target/test-classes:target/classes:$(cat target/cp.txt) org.polevents.extract.bench.CoderBenchmark
 * </pre>
 *
 * It prints JMH's articles/s and the derived sentences/s. The coder holds the OpenNLP models
 * (about 2 MB on disk, some 60 MB on the heap) and the dictionaries; 256 MB of heap is ample.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Threads(1)
public class CoderBenchmark {
    EventCoder coder;
    SegmentBatch article;

    @Setup
    public void setUp() throws IOException {
        coder = EventCoder.load();
        article = article();
    }

    @Benchmark
    public void codeArticle(Blackhole bh) {
        List<PoliticalEvent> events = coder.code(article);
        bh.consume(events);
    }

    static SegmentBatch article() {
        return CoderWarmUp.article();
    }

    static int sentences(SegmentBatch a) {
        LanguageLayer layer = LanguageLayer.load();
        int n = 0;
        for (Segment s : a.segments()) {
            n += layer.analyze(s.text(), s.start()).size();
        }
        return n;
    }

    public static void main(String[] args) throws RunnerException, IOException {
        Options opt = new OptionsBuilder().include(CoderBenchmark.class.getSimpleName()).forks(1).threads(1).build();
        Collection<RunResult> results = new Runner(opt).run();
        int sentences = sentences(article());
        for (RunResult r : results) {
            double articlesPerSecond = r.getPrimaryResult().getScore();
            System.out.printf("%s: %.1f articles/s x %d sentences = %.0f sentences/s (one thread, wall clock)%n",
                    r.getParams().getBenchmark(), articlesPerSecond, sentences, articlesPerSecond * sentences);
        }
        cpuTime(sentences);
    }

    /**
     * The same work timed in thread CPU time, which stays meaningful on a machine shared with
     * other jobs (wall-clock JMH figures there measure the scheduler as much as the coder).
     */
    static void cpuTime(int sentences) throws IOException {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        EventCoder coder = EventCoder.load();
        SegmentBatch a = article();
        for (int i = 0; i < 200; i++) {
            coder.code(a);
        }
        int runs = 300;
        long cpu = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < runs; i++) {
            coder.code(a);
        }
        double seconds = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("cpu time: %.0f sentences per CPU-second (one thread); heap in use after GC: %d MB%n",
                runs * sentences / seconds, (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
