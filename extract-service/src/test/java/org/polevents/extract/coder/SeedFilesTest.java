package org.polevents.extract.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.extract.cli.ExtractCommandTestAccess;

/** Runs the coder over the shared seed articles: events come out, nothing throws. */
class SeedFilesTest {
    static final Path SEEDS = Path.of("../shared/eval/seeds");

    @Test
    void codesEverySeedArticleWithoutError() throws IOException {
        Path seeds = Files.isDirectory(SEEDS) ? SEEDS : Path.of("../../shared/eval/seeds");
        assumeTrue(Files.isDirectory(seeds), "seed articles not present");
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "no seed articles");
        EventCoder coder = EventCoder.load();
        List<PoliticalEvent> all = new ArrayList<>();
        var seen = new HashSet<String>();
        for (Path f : files) {
            var batch = ExtractCommandTestAccess.toBatch(f, seen);
            for (PoliticalEvent e : coder.code(batch)) {
                assertThat(batch.text().substring(e.evidence().start(), e.evidence().end()))
                        .isEqualTo(e.evidence().text());
                all.add(e);
            }
        }
        assertThat(all).isNotEmpty();
        assertThat(all).extracting(PoliticalEvent::id).doesNotHaveDuplicates();
    }
}
