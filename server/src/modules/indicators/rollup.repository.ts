/**
 * History rolled up to today's units (issue 8 part 2; the contract is in docs/two-level-government.md,
 * "Roll-up"). A unit that succeeded others at the 2025 reform has as figures, for every year, those
 * of the mediation teams that now belong to it (its hamlets' teams), whatever unit each record was
 * made under: a 2022 case recorded under 2021 Xã Mỹ Tú counts for today's Xã Mỹ Tú if its team's
 * hamlet moved there. Exact, never apportioned: a team belongs to one unit, so a split commune's
 * history goes hamlet by hamlet to the communes its hamlets went to.
 *
 * Coverage: the teams of hamlets still unassigned (under a split or unmapped commune, waiting for
 * the new province's admin) belong to no today's unit yet. For each group the statement counts
 * them apart: *pending* (every candidate commune of the hamlet lies under the group: the team will
 * come) and *maybe* (some candidates under it, some not).
 */
export type RollUpCoverage = { teamsCovered: number; teamsPending: number; teamsMaybe: number };


// The passes of the roll-up, as common table expressions of the figures statement (FIGURES_SQL in
// indicator.repository.ts), over `rg`: its groups whose unit succeeded others (key, year, include,
// only_paths, exclude, year_end). Names start with r_ so they sit beside the recorded passes.
// PERF: in the grouped form of the recorded passes, in the same statement (one per batch):
// the units under the groups come from admin_unit (public, gist index on path); the teams are read
// once by their current unit (`unit_id = any(...)`, leakproof, btree), and their records by team
// (`team_id = any(...)`: mediation_case_team_idx, and the (team_id, year) btrees of migration
// 20261203020000); everything is counted per current unit and year, then summed into every group
// above it (`member`). The unassigned hamlets are looked up only in the provinces the groups'
// provinces succeeded (hamlet_province_idx), and their candidates by app.hamlet_move_candidates,
// which runs as the caller. Row-level security applies to every table: a 2025 commune reads its
// teams' earlier records through its predecessors' paths (FULL) or successor_path (split or
// unmapped communes), so what it counts is what it may read.
// PERF: r_team's row estimate is a few dozen (its units come from the jsonb groups) where a 2025
// province has thousands of teams (Cần Thơ: 2,236 at national scale), so the planner scans r_team
// once per row of whatever is joined to it. The cases and yearly counts find their team's unit
// through mediation_team's primary key instead, and their years are index conditions
// (`year = any (array(...))`; for cases the span of the dates): joined to r_team, they scanned all
// 2,236 teams per record, and the reviews of every year were read, then filtered. The candidates'
// units are looked up one by one: joined, admin_unit was hashed whole (14,722 rows) for 123
// candidates. With migration 20261207220000 (the move candidates once per commune), Cần Thơ's 2026
// indicators take about 70 ms instead of 215-240 (docs/performance.md, twenty-sixth round).
// PERF: a candidate is matched with the groups above it by its path's ancestors (a hash join on
// `include`), and a hamlet's candidates are all under a group when the group has all of them: the
// groups times the candidates, aggregated (34 provinces x 27,745 candidates: 943,330 rows, spilled
// to disk), took about 0.6 s of the 34 provinces' 2026 indicators, the ancestors' join 0.1 s
// (docs/performance.md, twenty-seventh round). The hamlets' teams are looked up by hamlet_id, not
// hashed whole (88,644 teams read for 4,722 hamlets).
export const ROLLUP_CTES = `
r_member as materialized (
  select rg.key, rg.year, u.id as unit_id
    from rg join admin_unit u on u.path <@ rg.include
   where (rg.only_paths is null or u.path <@ any (rg.only_paths)) and not (u.path <@ any (rg.exclude))
),
r_unit_ids as (select array_agg(distinct unit_id) as ids from r_member),
r_dates as (select distinct year, make_date(year, 1, 1) as year_start, make_date(year, 12, 31) as year_end from r_member),
r_team as materialized (
  select t.id, t.unit_id, t.established_on, t.dissolved_on, t.leader_mediator_id
    from mediation_team t where t.unit_id = any ((select ids from r_unit_ids)::int[])
),
r_team_ids as (select array_agg(id) as ids from r_team),
r_rv as materialized (
  select r.team_id, r.year, r.reviewed and r.compliant_after as consolidated from team_review r
   where r.team_id = any ((select ids from r_team_ids)::int[]) and r.year = any (array(select year from r_dates))
),
r_tm as (
  select t.unit_id, y.year, count(*) as teams, count(r.team_id) filter (where r.consolidated) as teams_consolidated,
         count(r.team_id) as teams_with_review,
         count(*) filter (where l.party_cell_secretary and (l.left_on is null or l.left_on > y.year_end)) as secretary_led_teams
    from r_dates y
    join r_team t on (t.established_on is null or t.established_on <= y.year_end) and (t.dissolved_on is null or t.dissolved_on > y.year_end)
    left join r_rv r on r.team_id = t.id and r.year = y.year
    left join mediator l on l.id = t.leader_mediator_id
   group by t.unit_id, y.year
),
r_md as (
  select m.unit_id, y.year, count(*) as mediators,
         count(*) filter (where m.gender = 'FEMALE') as mediators_women,
         count(*) filter (where m.ethnic_minority) as mediators_ethnic_minority,
         count(*) filter (where m.trained_on <= y.year_end) as mediators_trained,
         count(*) filter (where m.elected_on >= y.year_start) as new_mediators,
         count(*) filter (where m.elected_on >= y.year_start and m.trained_on <= y.year_end) as new_mediators_trained
    from r_dates y
    join mediator m on (m.elected_on is null or m.elected_on <= y.year_end) and (m.left_on is null or m.left_on > y.year_end)
   where m.unit_id = any ((select ids from r_unit_ids)::int[])
   group by m.unit_id, y.year
),
r_cs as (
  select t.unit_id, y.year, count(*) as book_received,
         count(*) filter (where c.outcome = 'SETTLED' and c.closed_on <= y.year_end) as book_settled,
         count(*) filter (where c.outcome = 'NOT_SETTLED' and c.closed_on <= y.year_end) as book_not_settled
    from r_dates y
    join mediation_case c on c.team_id = any ((select ids from r_team_ids)::int[]) and c.received_on between y.year_start and y.year_end
     and c.received_on between (select min(year_start) from r_dates) and (select max(year_end) from r_dates)
    join mediation_team t on t.id = c.team_id
   group by t.unit_id, y.year
),
r_cy as (
  select t.unit_id, c.year, count(*) as paper_counts, sum(c.received) as paper_received, sum(c.settled) as paper_settled,
         sum(c.not_settled) as paper_not_settled, sum(c.in_progress) as paper_in_progress
    from case_yearly_count c join mediation_team t on t.id = c.team_id
   where c.team_id = any ((select ids from r_team_ids)::int[]) and c.year = any (array(select year from r_dates))
   group by t.unit_id, c.year
),
r_rolled as (
  select mb.key,
         sum(r_tm.teams) as teams, sum(r_tm.teams_consolidated) as teams_consolidated, sum(r_tm.teams_with_review) as teams_with_review,
         sum(r_tm.secretary_led_teams) as secretary_led_teams,
         sum(r_md.mediators) as mediators, sum(r_md.mediators_women) as mediators_women, sum(r_md.mediators_ethnic_minority) as mediators_ethnic_minority,
         sum(r_md.mediators_trained) as mediators_trained, sum(r_md.new_mediators) as new_mediators, sum(r_md.new_mediators_trained) as new_mediators_trained,
         sum(r_cs.book_received) as book_received, sum(r_cs.book_settled) as book_settled, sum(r_cs.book_not_settled) as book_not_settled,
         sum(r_cy.paper_counts) as paper_counts, sum(r_cy.paper_received) as paper_received, sum(r_cy.paper_settled) as paper_settled,
         sum(r_cy.paper_not_settled) as paper_not_settled, sum(r_cy.paper_in_progress) as paper_in_progress
    from r_member mb
    left join r_tm on r_tm.unit_id = mb.unit_id and r_tm.year = mb.year
    left join r_md on r_md.unit_id = mb.unit_id and r_md.year = mb.year
    left join r_cs on r_cs.unit_id = mb.unit_id and r_cs.year = mb.year
    left join r_cy on r_cy.unit_id = mb.unit_id and r_cy.year = mb.year
   group by mb.key
),
r_old_province as (
  select distinct op.province_code
    from rg
    join admin_unit np on np.path = subpath(rg.include, 0, 2)
    join unit_succession s on s.successor_id = np.id
    join admin_unit op on op.id = s.predecessor_id and op.level = 'PROVINCE'
),
r_unassigned as materialized (
  select h.id from hamlet h join admin_unit o on o.id = h.unit_id
   where h.province_code = any (array(select province_code from r_old_province)) and h.moved_on is null and o.valid_to < current_date
),
r_candidate as (
  select c.hamlet_id, cu.path, count(*) over (partition by c.hamlet_id) as candidates
    from app.hamlet_move_candidates(array(select id from r_unassigned)) c
    cross join lateral (select cu.path from admin_unit cu where cu.id = c.unit_id offset 0) cu
),
r_fate as (
  select rg.key, c.hamlet_id, count(*) = min(c.candidates) as all_in
    from r_candidate c
    cross join lateral generate_series(0, nlevel(c.path)) as k
    join rg on rg.include = subpath(c.path, 0, k)
   group by rg.key, c.hamlet_id
),
r_pending as (
  select rg.key, count(*) filter (where f.all_in) as teams_pending, count(*) filter (where not f.all_in) as teams_maybe
    from rg
    join r_fate f on f.key = rg.key
    cross join lateral (select t.established_on, t.dissolved_on from mediation_team t where t.hamlet_id = f.hamlet_id offset 0) t
   where (t.established_on is null or t.established_on <= rg.year_end) and (t.dissolved_on is null or t.dissolved_on > rg.year_end)
   group by rg.key
)`;
