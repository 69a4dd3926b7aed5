-- Which coder version an article's stored reports come from. Event ids include the coder version,
-- so re-coding an article with a new version gives new ids; without this table the old version's
-- reports would stay beside the new ones. The writer consults and updates a row under a
-- per-article advisory lock (see EventWriter and VersionRule).
CREATE TABLE article_coder_versions (
    article_id    text PRIMARY KEY,
    -- the version whose reports are stored for the article ('' when reports carried none)
    coder_version text        NOT NULL,
    -- when that version coded the article: the Kafka timestamp of its first report seen
    coded_at      timestamptz NOT NULL,
    -- versions replaced for this article: their late or redelivered reports are ignored
    superseded    text[]      NOT NULL DEFAULT '{}',
    changed_at    timestamptz NOT NULL DEFAULT now()
);

-- Articles stored before this migration: the version of their latest report is current.
INSERT INTO article_coder_versions (article_id, coder_version, coded_at)
SELECT DISTINCT ON (article_id) article_id, COALESCE(coder_version, ''), received_at
FROM event_mentions
ORDER BY article_id, received_at DESC, mention_id DESC;
