-- Issue 8 part 2: the figures of a 2025-era unit are the figures of the teams that now belong to
-- it, whatever unit each record was made under (indicators/rollup.repository.ts). The roll-up reads
-- a batch's teams by `unit_id = any(...)` (their current unit) and then their records by team:
-- `mediation_case` has (team_id, received_on) already; yearly paper counts and reviews were only
-- indexed by (year, unit_id), which finds the records of a unit, not of a team that moved. These
-- btrees answer `team_id = any(<the teams>) and year = ...` under row-level security (integer
-- equality is leakproof, so the condition drives the index).
create index case_yearly_count_team_idx on case_yearly_count (team_id, year);
create index team_review_team_idx on team_review (team_id, year);
