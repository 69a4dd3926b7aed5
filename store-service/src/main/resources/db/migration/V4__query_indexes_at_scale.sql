-- Indexes for filtered pages over a million events (figures in the README, ./benchmark store).

-- Date-range filters: the overlap of an event's days with [from, to], found in a GiST index of
-- day ranges instead of scanning every newer event. Must match EventQueryBuilder's expression
-- and condition exactly.
CREATE INDEX events_date_range_idx ON events USING gist (daterange(date_from, date_to, '[]'))
    WHERE date_from IS NOT NULL;

-- Evidence text search (q=...): ILIKE '%word%' over every report's sentence uses trigrams.
-- pg_trgm ships with PostgreSQL and is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX event_mentions_evidence_trgm_idx ON event_mentions USING gin (evidence_text gin_trgm_ops);

-- sort=-mentions / mentions and minMentions walk this index instead of sorting every row.
CREATE INDEX events_mentions_sort_idx ON events (mentions, seq);

-- Location country, status and the actor organisations, each with the insertion order so that
-- the default sort (newest first) reads a page straight from the index.
CREATE INDEX events_location_country_idx ON events (location_country, seq);
CREATE INDEX events_target_org_idx ON events (upper(target_org), seq);
CREATE INDEX events_source_org_idx ON events (upper(source_org), seq);
