package org.polevents.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;

/**
 * One coded political event: the value on {@code events.extracted}, keyed by {@code id}.
 *
 * <p>{@code id} is deterministic: the same article, evidence and coder version give the same id.
 * {@code type} is one of the 16 PLOVER types; {@code cameo} a CAMEO code; {@code status} one of
 * occurred, ongoing, planned, hypothetical, negated; {@code date} an ISO date (or year-month /
 * year, as {@code datePrecision} says) or null; {@code confidence} lies in [0, 1];
 * {@code mentions} counts the reports merged into this event (1 when extracted).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PoliticalEvent(String id, String articleId, String outlet, String url, String publishedAt,
        String type, String mode, String cameo, Actor source, Actor target, Location location,
        String date, String datePrecision, String status, Quantity quantity, Evidence evidence,
        double confidence, String coderVersion, int mentions) {
    public PoliticalEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
        if (mentions < 1) {
            mentions = 1;
        }
    }
}
