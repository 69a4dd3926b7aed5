package org.polevents.extract.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.polevents.contracts.SegmentBatch;

/** Lets tests in other packages build batches the way the command does. */
public final class ExtractCommandTestAccess {
    private ExtractCommandTestAccess() {
    }

    public static SegmentBatch toBatch(Path file, Set<String> seen) throws IOException {
        return ExtractCommand.toBatch(file, seen);
    }
}
