package org.polevents.store.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.store.query.Report;

/**
 * One stored event: the event contract's fields, plus every report of it (which article said
 * it, in which sentence).
 */
public record EventDetail(@JsonUnwrapped PoliticalEvent event, List<Report> reports) {
}
