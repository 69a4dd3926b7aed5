package org.polevents.store.persist;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.store.config.StoreConfig;
import org.polevents.store.query.AggregateRow;
import org.polevents.store.query.Cursor;
import org.polevents.store.query.EventFilter;
import org.polevents.store.query.EventReader;
import org.polevents.store.query.EventRow;
import org.polevents.store.query.Page;
import org.polevents.store.query.Report;
import org.polevents.store.query.ReportReader;
import org.polevents.store.query.Sort;

/**
 * The event store as the service sees it: writes in a JTA transaction, reads on auto-commit
 * connections from the Agroal pool. SQL failures surface as {@link StoreFailure}, unchecked so
 * that the transaction rolls back.
 */
@ApplicationScoped
public class EventRepository {
    private final DataSource dataSource;
    private final EventWriter writer;
    private final EventReader reader = new EventReader();
    private final ReportReader reports;

    public EventRepository(DataSource dataSource, StoreConfig config, ObjectMapper json) {
        this.dataSource = dataSource;
        this.writer = new EventWriter(new MentionMerger(config.merge().windowDays(), config.merge().maxDistanceKm()),
                config.merge().enabled(), Clock.systemUTC());
        this.reports = new ReportReader(json);
    }

    /**
     * Stores one report: new event, merged mention, or nothing if already stored or coded by a
     * superseded coder version.
     *
     * @param producedAt when the report was produced (its record timestamp), or null if unknown
     */
    @Transactional
    public StoreOutcome store(PoliticalEvent event, Instant producedAt) {
        try (Connection c = dataSource.getConnection()) {
            return writer.write(c, event, producedAt);
        } catch (SQLException e) {
            throw new StoreFailure("could not store event " + event.id(), e);
        }
    }

    /**
     * Stores several reports in one transaction, in list order, each as {@link #store} would have
     * right after the ones before it.
     *
     * @return each report's outcome, in list order
     */
    @Transactional
    public List<StoreOutcome> storeAll(List<ReportToStore> reports) {
        try (Connection c = dataSource.getConnection()) {
            return writer.writeAll(c, reports);
        } catch (SQLException e) {
            throw new StoreFailure("could not store " + reports.size() + " events", e);
        }
    }

    public Page page(EventFilter filter, Sort sort, Cursor after, int limit) {
        return read(c -> reader.page(c, filter, sort, after, limit));
    }

    public List<EventRow> since(EventFilter filter, long afterSeq, int limit) {
        return read(c -> reader.since(c, filter, afterSeq, limit));
    }

    public List<AggregateRow> aggregate(EventFilter filter, int maxRows) {
        return read(c -> reader.aggregate(c, filter, maxRows));
    }

    /**
     * A stored event by id, or by the id of any report merged into it (the id a subscriber saw on
     * {@code events.extracted}).
     */
    public Optional<EventRow> find(String id) {
        return read(c -> {
            Optional<EventRow> direct = reader.byId(c, id);
            if (direct.isPresent()) {
                return direct;
            }
            Optional<String> owner = reports.eventOfReport(c, id);
            return owner.isPresent() ? reader.byId(c, owner.get()) : Optional.<EventRow>empty();
        });
    }

    public List<Report> reports(String eventId) {
        return read(c -> reports.reports(c, eventId));
    }

    /** Work on one pooled connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreFailure("query failed", e);
        }
    }
}
