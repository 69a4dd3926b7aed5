-- Dedup memory of ingest-service: "first seen wins", shared by every ingest instance.
-- Entries not seen for the retention window are purged by last_seen (JdbcSeenStore.purgeOlderThan).

-- Exact keys: 64-bit hashes of normalised segments (kind 1), of segments per outlet (kind 2).
CREATE TABLE dedup_exact (
    kind       smallint    NOT NULL,
    hash       bigint      NOT NULL,
    owner      text        NOT NULL,   -- segment id of the first occurrence
    hits       bigint      NOT NULL DEFAULT 1,
    first_seen timestamptz NOT NULL,
    last_seen  timestamptz NOT NULL,
    PRIMARY KEY (kind, hash)
);
CREATE INDEX dedup_exact_last_seen ON dedup_exact (last_seen);

-- Near-duplicate signatures (SuperMinHash, 16-bit components) of segments (3) and articles (4).
CREATE TABLE dedup_near (
    kind       smallint    NOT NULL,
    owner      text        NOT NULL,   -- segment or article id
    signature  bytea       NOT NULL,
    first_seen timestamptz NOT NULL,
    last_seen  timestamptz NOT NULL,
    PRIMARY KEY (kind, owner)
);
CREATE INDEX dedup_near_last_seen ON dedup_near (last_seen);

-- LSH band keys of each signature: candidates are signatures sharing a band.
CREATE TABLE dedup_near_band (
    kind  smallint NOT NULL,
    band  bigint   NOT NULL,
    owner text     NOT NULL,
    PRIMARY KEY (kind, band, owner),
    FOREIGN KEY (kind, owner) REFERENCES dedup_near (kind, owner) ON DELETE CASCADE
);
CREATE INDEX dedup_near_band_owner ON dedup_near_band (kind, owner);
