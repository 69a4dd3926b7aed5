package org.polevents.store.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Set;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.contracts.SegmentBatch;

/**
 * Reads and checks topic payloads. Everything that makes a record unstorable is found here and
 * reported as an {@link UnprocessableRecord} whose message names the problem. Thread-safe.
 */
public final class RecordDecoder {
    /** The 16 PLOVER event types. */
    static final Set<String> PLOVER_TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT");
    private static final int MAX_CHARS = 10_000_000;

    private final ObjectMapper json;

    public RecordDecoder(ObjectMapper json) {
        this.json = json;
    }

    public PoliticalEvent event(String payload) {
        PoliticalEvent e = read(payload, PoliticalEvent.class, "PoliticalEvent");
        require(!e.id().isBlank(), "event id is blank");
        require(!e.articleId().isBlank(), "event " + e.id() + " has a blank articleId");
        String type = e.type().strip().toUpperCase(Locale.ROOT);
        require(PLOVER_TYPES.contains(type), "event " + e.id() + " has type '" + e.type() + "', not a PLOVER type");
        require(e.evidence().start() >= 0 && e.evidence().end() >= e.evidence().start(),
                "event " + e.id() + " has evidence offsets [" + e.evidence().start() + "," + e.evidence().end() + ")");
        require(!Double.isNaN(e.confidence()), "event " + e.id() + " has confidence NaN");
        if (type.equals(e.type())) {
            return e;
        }
        return new PoliticalEvent(e.id(), e.articleId(), e.outlet(), e.url(), e.publishedAt(), type, e.mode(),
                e.cameo(), e.source(), e.target(), e.location(), e.date(), e.datePrecision(), e.status(),
                e.quantity(), e.evidence(), e.confidence(), e.coderVersion(), e.mentions());
    }

    public SegmentBatch article(String payload) {
        SegmentBatch b = read(payload, SegmentBatch.class, "SegmentBatch");
        require(!b.articleId().isBlank(), "article id is blank");
        return b;
    }

    private <T> T read(String payload, Class<T> type, String name) {
        if (payload == null || payload.isBlank()) {
            throw new UnprocessableRecord("empty record value, expected a " + name);
        }
        if (payload.length() > MAX_CHARS) {
            throw new UnprocessableRecord("record value of " + payload.length() + " chars exceeds " + MAX_CHARS);
        }
        try {
            T value = json.readValue(payload, type);
            if (value == null) {
                throw new UnprocessableRecord("record value is JSON null, expected a " + name);
            }
            return value;
        } catch (JsonProcessingException e) {
            // the original message names the missing field or the bad token; the location is noise
            throw new UnprocessableRecord("not a valid " + name + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(JsonProcessingException e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof NullPointerException && t.getMessage() != null) {
            // the contract records name the missing field in requireNonNull
            return "missing required field '" + t.getMessage() + "'";
        }
        String m = t instanceof JsonProcessingException j ? j.getOriginalMessage() : t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }

    private static void require(boolean ok, String reason) {
        if (!ok) {
            throw new UnprocessableRecord(reason);
        }
    }
}
