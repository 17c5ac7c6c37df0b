-- The commune (ward, district) a unit or a collective phrase belongs to, for an installation that holds several
-- (config/plans/FORMAT.md, "locality"): a collective "units: ALL" names every active unit of its own locality only.
ALTER TABLE pf_unit ADD locality VARCHAR(50);
ALTER TABLE pf_collective ADD locality VARCHAR(50);
