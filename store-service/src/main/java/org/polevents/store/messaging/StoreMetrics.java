package org.polevents.store.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.polevents.store.persist.StoreOutcome;

/**
 * Counters of what the sinks did, exported at {@code /q/metrics} as
 * {@code polevents_store_events_total{outcome=stored|merged|duplicate|stale}} (stale: a report of a
 * superseded coder version, ignored), {@code polevents_store_reports_superseded_total} (reports
 * removed because a newer coder version of their article arrived),
 * {@code polevents_store_events_superseded_total} (stored events deleted because all their reports
 * were superseded), {@code polevents_store_articles_recoded_total} (articles whose coder version
 * changed),
 * {@code polevents_store_articles_total}, {@code polevents_store_dead_lettered_total{channel}} and
 * {@code polevents_store_retries_total{channel}}.
 */
// created at start so the counters are exported (as zeros) before the first record
@Startup
@ApplicationScoped
public class StoreMetrics {
    private final Counter stored;
    private final Counter merged;
    private final Counter duplicates;
    private final Counter stale;
    private final Counter supersededReports;
    private final Counter supersededEvents;
    private final Counter recoded;
    private final Counter articles;
    private final MeterRegistry registry;

    public StoreMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.stored = outcome("stored");
        this.merged = outcome("merged");
        this.duplicates = outcome("duplicate");
        this.stale = outcome("stale");
        this.supersededReports = Counter.builder("polevents.store.reports.superseded")
                .description("reports removed because a newer coder version of their article arrived")
                .register(registry);
        this.supersededEvents = Counter.builder("polevents.store.events.superseded")
                .description("stored events deleted because every report of them was superseded")
                .register(registry);
        this.recoded = Counter.builder("polevents.store.articles.recoded")
                .description("articles whose stored reports were replaced by a newer coder version")
                .register(registry);
        this.articles = Counter.builder("polevents.store.articles").description("articles upserted")
                .register(registry);
        // register the dead-letter counters up front so dashboards see zeros, not gaps
        deadLettered(Channels.EVENTS_IN, 0);
        deadLettered(Channels.SEGMENTS_IN, 0);
    }

    private Counter outcome(String outcome) {
        return Counter.builder("polevents.store.events").tag("outcome", outcome)
                .description("event reports written, by outcome").register(registry);
    }

    void event(StoreOutcome o) {
        switch (o.kind()) {
            case STORED -> stored.increment();
            case MERGED -> merged.increment();
            case DUPLICATE -> duplicates.increment();
            case STALE -> stale.increment();
        }
        if (o.superseded()) {
            recoded.increment();
            supersededReports.increment(o.supersededReports());
            supersededEvents.increment(o.supersededEvents());
        }
    }

    void article() {
        articles.increment();
    }

    void deadLettered(String channel) {
        deadLettered(channel, 1);
    }

    private void deadLettered(String channel, double n) {
        Counter.builder("polevents.store.dead.lettered").tag("channel", channel)
                .description("records sent to the dead-letter topic").register(registry).increment(n);
    }

    void retried(String channel) {
        Counter.builder("polevents.store.retries").tag("channel", channel)
                .description("write attempts retried after a transient failure").register(registry).increment();
    }
}
