package org.polevents.extract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.contracts.SegmentBatch;

class ExtractCommandTest {
    @TempDir
    Path dir;

    @Test
    void paragraphsAreNonBlankLinesJoinedByBlankLines() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "Title\n\n  First para.  \nSecond para.\n");
        SegmentBatch b = ExtractCommand.toBatch(f, new HashSet<>());
        assertThat(b.text()).isEqualTo("Title\n\nFirst para.\n\nSecond para.");
        assertThat(b.segments()).allSatisfy(s -> assertThat(b.text().substring(s.start(), s.end())).isEqualTo(s.text()));
    }

    @Test
    void repeatedParagraphsAcrossFilesYieldEventsOnce() throws Exception {
        String p = "Mexican authorities detained a former Honduran minister in Monterrey on Friday.";
        Files.writeString(dir.resolve("1.txt"), p + "\n" + p + "\n");
        Files.writeString(dir.resolve("2.html"), "<html><body><p>" + p + "</p><script>x()</script></body></html>");
        Path out = dir.resolve("events.jsonl");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = ExtractCommand.run(new String[] {"--out", out.toString(), dir.toString()}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(rc).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1);
        PoliticalEvent e = new ObjectMapper().readValue(lines.get(0), PoliticalEvent.class);
        assertThat(e.type()).isEqualTo("COERCE");
    }

    @Test
    void missingInputIsAnErrorNotACrash() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = ExtractCommand.run(new String[] {dir.resolve("nope.txt").toString()}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(rc).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope.txt");
    }

    @Test
    void noArgumentsPrintsUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(ExtractCommand.run(new String[0], System.out, new PrintStream(err, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
    }

    @Test
    void htmlBecomesParagraphs() {
        assertThat(ExtractCommand.htmlToText("<p>One &amp; two</p><p>Three</p>")).contains("One & two\n").contains("Three");
    }

    @Test
    void keptSegmentsAreRecodedAtTheirOriginalOffsets() throws Exception {
        String p = "Mexican authorities detained a former Honduran minister in Monterrey on Friday.";
        Path segments = Files.writeString(dir.resolve("segments.jsonl"),
                "{\"articleId\":\"a\",\"id\":\"a#0\",\"start\":0,\"end\":5,\"text\":\"Title\"}\n"
                        + "{\"articleId\":\"a\",\"id\":\"a#2\",\"start\":40,\"end\":" + (40 + p.length())
                        + ",\"text\":\"" + p + "\"}\n");
        Path out = dir.resolve("events.jsonl");
        int rc = ExtractCommand.run(new String[] {"--out", out.toString(), "--segments", segments.toString()},
                System.out, System.err);
        assertThat(rc).isZero();
        PoliticalEvent e = new ObjectMapper().readValue(Files.readAllLines(out).get(0), PoliticalEvent.class);
        assertThat(e.articleId()).isEqualTo("a");
        assertThat(e.evidence().start()).isEqualTo(40);
        assertThat(e.evidence().text()).isEqualTo(p);
    }

    @Test
    void aKeptSegmentWhoseOffsetsDisagreeWithItsTextIsAnInputError() throws Exception {
        Path segments = Files.writeString(dir.resolve("segments.jsonl"),
                "{\"articleId\":\"a\",\"start\":0,\"end\":9,\"text\":\"Title\"}\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = ExtractCommand.run(new String[] {"--segments", segments.toString()}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(rc).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("segments.jsonl:1");
    }

    @Test
    void filesAndSegmentsTogetherAreAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = ExtractCommand.run(new String[] {"--segments", "s.jsonl", "a.txt"}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(rc).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not both");
    }
}
