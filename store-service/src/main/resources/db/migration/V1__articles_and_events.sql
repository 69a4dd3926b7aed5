-- Articles as they left ingest-service (segments.dedup): the cleaned text is kept so that the
-- evidence offsets of every event can be shown in context.
CREATE TABLE articles (
    id           text PRIMARY KEY,
    parent_id    text,
    url          text,
    outlet       text,
    title        text,
    -- kept as sent (ISO-8601 date or timestamp, or anything else an outlet printed)
    published_at text,
    language     text,
    cleaned      text        NOT NULL,
    segments     jsonb       NOT NULL DEFAULT '[]'::jsonb,
    received_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX articles_parent_idx ON articles (parent_id);

-- One row per real-world event. The row's fields are those of the first report; later reports
-- of the same event add rows to event_mentions and raise mentions (GDELT NumMentions).
CREATE TABLE events (
    id               text PRIMARY KEY,
    -- insertion order: the keyset of pagination and the SSE event id (Last-Event-ID)
    seq              bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    article_id       text             NOT NULL,
    outlet           text,
    url              text,
    published_at     text,
    type             text             NOT NULL,
    mode             text,
    cameo            text,
    source_text      text,
    source_name      text,
    source_country   text,
    source_sector    text,
    source_org       text,
    target_text      text,
    target_name      text,
    target_country   text,
    target_sector    text,
    target_org       text,
    location_text    text,
    location_name    text,
    location_country text,
    location_lat     double precision,
    location_lon     double precision,
    event_date       text,
    date_precision   text,
    status           text,
    quantity_amount  double precision,
    quantity_unit    text,
    evidence_text    text             NOT NULL,
    evidence_start   integer          NOT NULL,
    evidence_end     integer          NOT NULL,
    confidence       double precision NOT NULL DEFAULT 0,
    coder_version    text,
    mentions         integer          NOT NULL DEFAULT 1,
    -- derived columns, computed by the writer, so that filters and merging use indexes
    date_from        date,
    date_to          date,
    published_day    date,
    -- event day when known, else the day of publication: the merge window and the aggregate day
    anchor_day       date,
    merge_key        text             NOT NULL,
    stored_at        timestamptz      NOT NULL DEFAULT now(),
    updated_at       timestamptz      NOT NULL DEFAULT now()
);

CREATE INDEX events_merge_idx ON events (merge_key, anchor_day);
CREATE INDEX events_type_idx ON events (type, seq);
CREATE INDEX events_cameo_idx ON events (cameo text_pattern_ops);
CREATE INDEX events_source_country_idx ON events (source_country, seq);
CREATE INDEX events_target_country_idx ON events (target_country, seq);
CREATE INDEX events_dates_idx ON events (date_from, date_to);
CREATE INDEX events_anchor_idx ON events (anchor_day);
CREATE INDEX events_article_idx ON events (article_id);

-- Every report of a stored event: which article said it, in which sentence. Keyed by the id the
-- extractor gave the report, which makes a redelivered record a no-op.
CREATE TABLE event_mentions (
    mention_id     text PRIMARY KEY,
    event_id       text             NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    article_id     text             NOT NULL,
    outlet         text,
    url            text,
    published_at   text,
    evidence_text  text             NOT NULL,
    evidence_start integer          NOT NULL,
    evidence_end   integer          NOT NULL,
    confidence     double precision NOT NULL DEFAULT 0,
    coder_version  text,
    received_at    timestamptz      NOT NULL DEFAULT now()
);

CREATE INDEX event_mentions_event_idx ON event_mentions (event_id);
CREATE INDEX event_mentions_article_idx ON event_mentions (article_id, event_id);
