-- Keyset pagination by event date (sort=date / -date) walks this index instead of sorting every
-- matching row; the expression must match Sort.Field.DATE exactly.
CREATE INDEX events_date_sort_idx ON events ((COALESCE(event_date, '')), seq);
