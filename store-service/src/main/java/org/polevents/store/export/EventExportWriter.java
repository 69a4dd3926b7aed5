package org.polevents.store.export;

import java.io.IOException;
import java.io.Writer;
import org.polevents.contracts.PoliticalEvent;

/**
 * Writes one export: {@link #begin}, then {@link #event} per event in order, then {@link #end}.
 * Not thread-safe; one instance per export.
 */
public interface EventExportWriter {
    default void begin(Writer out) throws IOException {
    }

    void event(Writer out, PoliticalEvent e) throws IOException;

    default void end(Writer out) throws IOException {
    }
}
