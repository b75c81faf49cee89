-- Issues 11 and 8 together: the figures (indicators/indicator.repository.ts) read teams and
-- mediators once per batch by a leakproof integer condition, `unit_id = any(<units>)`, which the
-- unit_id indexes answer under row-level security. Since the 2025 reform a team and its mediators
-- count under the unit they belonged to on the count date, so the same pass also selects
-- `moved_from_unit_id = any(<units>)` (a 2021 commune's teams before 1 July 2025). These partial
-- indexes let PostgreSQL answer that branch from an index too (a BitmapOr with the unit_id index)
-- instead of scanning the table. Only moved rows are indexed.
create index mediation_team_moved_from_unit_idx on mediation_team (moved_from_unit_id) where moved_from_unit_id is not null;
create index mediator_moved_from_unit_idx on mediator (moved_from_unit_id) where moved_from_unit_id is not null;
