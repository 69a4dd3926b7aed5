-- Near-duplicate candidates are looked up by band: put band first in the key so the lookup is
-- an index range scan whatever the planner estimates for "kind = ? AND band = ANY(?)".
-- (A new migration rather than an edit of V1, which may already be applied.)
ALTER TABLE dedup_near_band DROP CONSTRAINT dedup_near_band_pkey;
ALTER TABLE dedup_near_band ADD PRIMARY KEY (band, kind, owner);
