package org.polevents.store.live;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.polevents.store.config.StoreConfig;
import org.polevents.store.persist.EventRepository;
import org.polevents.store.query.EventFilter;
import org.polevents.store.query.EventRow;

/**
 * Streams stored events matching a filter, in insertion order, from a given sequence on.
 * Thread-safe; one instance serves every subscriber.
 */
@ApplicationScoped
public class LiveFeed {
    private final BroadcastProcessor<Long> wakes = BroadcastProcessor.create();
    private final EventRepository repository;
    private final StoreConfig config;

    public LiveFeed(EventRepository repository, StoreConfig config) {
        this.repository = repository;
        this.config = config;
    }

    /** Tells subscribers that new events were stored. Cheap; call after each write. */
    public void wake() {
        wakes.onNext(1L);
    }

    /** The sequence of the newest stored event, or 0: where a subscriber without history starts. */
    public long head() {
        List<EventRow> rows = repository.page(EventFilter.none(), org.polevents.store.query.Sort.DEFAULT, null, 1).rows();
        return rows.isEmpty() ? 0 : rows.get(0).seq();
    }

    /**
     * Matching events stored after {@code afterSeq}, then each new one as it is stored; never
     * completes. Database reads run on worker threads.
     */
    public Multi<EventRow> subscribe(EventFilter filter, long afterSeq) {
        AtomicLong last = new AtomicLong(afterSeq);
        Multi<Long> triggers = Multi.createBy().merging().streams(
                Multi.createFrom().item(0L),
                Multi.createFrom().ticks().every(config.live().pollInterval()),
                wakes.onOverflow().drop());
        return triggers.onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .concatMap(t -> Multi.createFrom().iterable(fetch(filter, last)));
    }

    private List<EventRow> fetch(EventFilter filter, AtomicLong last) {
        List<EventRow> rows = repository.since(filter, last.get(), config.live().batchSize());
        if (!rows.isEmpty()) {
            last.set(rows.get(rows.size() - 1).seq());
        }
        return rows;
    }
}
