-- The foreign key from dedup_near_band to dedup_near cost more than the band rows themselves: a
-- trigger call per inserted band (about 200 per article). Band rows are written only together with
-- their signature, in one transaction, and JdbcSeenStore.purgeOlderThan deletes a signature and its
-- bands in one statement, so the key had nothing left to protect; lookups join on the signature,
-- so a band row without one would only be skipped. The (kind, owner) index stays for the purge.
ALTER TABLE dedup_near_band DROP CONSTRAINT IF EXISTS dedup_near_band_kind_owner_fkey;
