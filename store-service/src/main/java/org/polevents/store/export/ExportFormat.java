package org.polevents.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Locale;

/** The export formats, with their media type and file extension. */
public enum ExportFormat {
    JSONL("application/x-ndjson", "jsonl"),
    CSV("text/csv", "csv"),
    GDELT("text/tab-separated-values", "tsv"),
    PLOVER("application/json", "json");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Reads {@code jsonl}, {@code csv}, {@code tsv} / {@code gdelt}, {@code plover}; null means JSONL. */
    public static ExportFormat parse(String s) {
        if (s == null || s.isBlank()) {
            return JSONL;
        }
        String t = s.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "jsonl", "ndjson" -> JSONL;
            case "csv" -> CSV;
            case "tsv", "gdelt" -> GDELT;
            case "plover", "json" -> PLOVER;
            default -> throw new IllegalArgumentException("unknown export format '" + s + "'; use one of "
                    + Arrays.toString(new String[] {"jsonl", "csv", "tsv", "plover"}));
        };
    }

    /** A fresh writer for one export. */
    public EventExportWriter writer(ObjectMapper json) {
        return switch (this) {
            case JSONL -> new JsonLinesWriter(json);
            case CSV -> new CsvWriter();
            case GDELT -> new GdeltTsvWriter();
            case PLOVER -> new PloverJsonWriter(json);
        };
    }
}
