package org.polevents.store.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.store.persist.EventRows;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads generated articles with PostgreSQL COPY: the rows are {@link EventRows}' — exactly what
 * the event writer inserts — with each event's further reports as its mentions and
 * {@code mentions} their count of articles, plus each article's coder version. Not thread-safe.
 */
final class BulkLoader {
    private static final int CHUNK = 20_000;
    private final CopyManager copy;
    private final StringBuilder events = new StringBuilder(1 << 24);
    private final StringBuilder mentions = new StringBuilder(1 << 24);
    private final StringBuilder articles = new StringBuilder(1 << 20);
    /** Later articles given their row early (by a further report they made); a short window. */
    private final Set<String> versioned = new HashSet<>();
    private int pending;
    long eventRows;
    long mentionRows;

    BulkLoader(Connection c) throws SQLException {
        this.copy = c.unwrap(PGConnection.class).getCopyAPI();
    }

    void add(BenchData.Article a) throws SQLException, IOException {
        // an article may already have its row from a further report it made of an earlier event
        if (!versioned.remove(a.id())) {
            articleRow(a.id());
        }
        for (int i = 0; i < a.reports().size(); i++) {
            PoliticalEvent e = a.reports().get(i);
            List<PoliticalEvent> further = a.furtherReports().get(i);
            List<Object> row = EventRows.event(e);
            row.set(EventRows.EVENT_COLUMNS.indexOf("mentions"), 1 + further.size());
            line(events, row);
            line(mentions, EventRows.mention(e.id(), e));
            for (PoliticalEvent f : further) {
                line(mentions, EventRows.mention(e.id(), f));
                if (versioned.add(f.articleId())) {
                    articleRow(f.articleId());
                }
                mentionRows++;
            }
            eventRows++;
            mentionRows++;
            if (++pending >= CHUNK) {
                flush();
            }
        }
    }

    private void articleRow(String id) {
        articles.append(id).append('\t').append(BenchData.VERSION).append("\t2025-06-01 00:00:00+00\t{}\n");
    }

    void flush() throws SQLException, IOException {
        copy.copyIn("COPY events (" + String.join(", ", EventRows.EVENT_COLUMNS) + ") FROM STDIN",
                new StringReader(events.toString()));
        copy.copyIn("COPY event_mentions (" + String.join(", ", EventRows.MENTION_COLUMNS) + ") FROM STDIN",
                new StringReader(mentions.toString()));
        copy.copyIn("COPY article_coder_versions (article_id, coder_version, coded_at, superseded) FROM STDIN",
                new StringReader(articles.toString()));
        events.setLength(0);
        mentions.setLength(0);
        articles.setLength(0);
        pending = 0;
    }

    private static void line(StringBuilder sb, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append('\t');
            }
            Object v = values.get(i);
            if (v == null) {
                sb.append("\\N");
            } else {
                escape(sb, v.toString());
            }
        }
        sb.append('\n');
    }

    private static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(ch);
            }
        }
    }
}
