-- Runs once, when the PostgreSQL container starts with an empty data directory.
-- One database per service that keeps state: ingest-service (dedup memory), store-service (events).
-- Each service creates its own tables with Flyway at start.
CREATE DATABASE polevents_ingest;
CREATE DATABASE polevents_store;
