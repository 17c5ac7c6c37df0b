-- Every commune of an installation may give its own "Các phòng, ban, đơn vị có liên quan" (config/plans/FORMAT.md,
-- "locality"): a phrase is unique within its locality, and the phrases of no locality form one locality of their own.
ALTER TABLE pf_collective DROP CONSTRAINT uk_pf_collective_phrase;
ALTER TABLE pf_collective ADD locality_key VARCHAR(50) GENERATED ALWAYS AS (COALESCE(locality, ''));
ALTER TABLE pf_collective ADD CONSTRAINT uk_pf_collective_locality_phrase UNIQUE (locality_key, phrase);
