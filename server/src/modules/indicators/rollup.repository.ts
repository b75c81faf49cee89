import type { FigureCounts } from './indicator.repository';

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

export type RolledUp = { key: string; counts: Omit<FigureCounts, 'trainers' | 'trainersTrained' | 'trainersBelow' | 'trainersBelowTrained'>; coverage: RollUpCoverage };

export type RollUpGroup = { key: string; year: number; include: string; only?: string[] | null; exclude?: string[] };

// PERF: one statement for the batch, in the grouped form of FIGURES_SQL (indicator.repository.ts):
// the units under the groups come from admin_unit (public, gist index on path); the teams are read
// once by their current unit (`unit_id = any(...)`, leakproof, btree), and their records by team
// (`team_id = any(...)`: mediation_case_team_idx, and the (team_id, year) btrees of migration
// 20261203020000); everything is counted per current unit and year, then summed into every group
// above it (`member`). The unassigned hamlets are looked up only in the provinces the groups'
// provinces succeeded (hamlet_province_idx), and their candidates by app.hamlet_move_candidates,
// which runs as the caller. Row-level security applies to every table: a 2025 commune reads its
// teams' earlier records through its predecessors' paths (FULL) or successor_path (split or
// unmapped communes), so what it counts is what it may read.
export const ROLLUP_SQL = `
with g as (
  select x.key, x.year, x.include::ltree as include, x.only_paths::ltree[] as only_paths, coalesce(x.exclude::ltree[], '{}') as exclude,
         make_date(x.year, 12, 31) as year_end
    from jsonb_to_recordset($1::jsonb) as x (key text, year int, include text, only_paths text[], exclude text[])
),
member as materialized (
  select g.key, g.year, u.id as unit_id
    from g join admin_unit u on u.path <@ g.include
   where (g.only_paths is null or u.path <@ any (g.only_paths)) and not (u.path <@ any (g.exclude))
),
unit_ids as (select array_agg(distinct unit_id) as ids from member),
dates as (select distinct year, make_date(year, 1, 1) as year_start, make_date(year, 12, 31) as year_end from member),
team as materialized (
  select t.id, t.unit_id, t.established_on, t.dissolved_on, t.leader_mediator_id
    from mediation_team t where t.unit_id = any ((select ids from unit_ids)::int[])
),
team_ids as (select array_agg(id) as ids from team),
rv as materialized (
  select distinct r.team_id, r.year from team_review r
   where r.team_id = any ((select ids from team_ids)::int[]) and r.year in (select year from dates) and r.reviewed and r.compliant_after
),
tm as (
  select t.unit_id, y.year, count(*) as teams, count(r.team_id) as teams_consolidated,
         count(*) filter (where l.party_cell_secretary and (l.left_on is null or l.left_on > y.year_end)) as secretary_led_teams
    from dates y
    join team t on (t.established_on is null or t.established_on <= y.year_end) and (t.dissolved_on is null or t.dissolved_on > y.year_end)
    left join rv r on r.team_id = t.id and r.year = y.year
    left join mediator l on l.id = t.leader_mediator_id
   group by t.unit_id, y.year
),
md as (
  select m.unit_id, y.year, count(*) as mediators,
         count(*) filter (where m.gender = 'FEMALE') as mediators_women,
         count(*) filter (where m.ethnic_minority) as mediators_ethnic_minority,
         count(*) filter (where m.trained_on <= y.year_end) as mediators_trained,
         count(*) filter (where m.elected_on >= y.year_start) as new_mediators,
         count(*) filter (where m.elected_on >= y.year_start and m.trained_on <= y.year_end) as new_mediators_trained
    from dates y
    join mediator m on (m.elected_on is null or m.elected_on <= y.year_end) and (m.left_on is null or m.left_on > y.year_end)
   where m.unit_id = any ((select ids from unit_ids)::int[])
   group by m.unit_id, y.year
),
cs as (
  select t.unit_id, y.year, count(*) as book_received,
         count(*) filter (where c.outcome = 'SETTLED' and c.closed_on <= y.year_end) as book_settled,
         count(*) filter (where c.outcome = 'NOT_SETTLED' and c.closed_on <= y.year_end) as book_not_settled
    from dates y
    join mediation_case c on c.team_id = any ((select ids from team_ids)::int[]) and c.received_on between y.year_start and y.year_end
    join team t on t.id = c.team_id
   group by t.unit_id, y.year
),
cy as (
  select t.unit_id, c.year, sum(c.received) as paper_received, sum(c.settled) as paper_settled,
         sum(c.not_settled) as paper_not_settled, sum(c.in_progress) as paper_in_progress
    from case_yearly_count c join team t on t.id = c.team_id
   where c.team_id = any ((select ids from team_ids)::int[]) and c.year in (select year from dates)
   group by t.unit_id, c.year
),
rolled as (
  select mb.key,
         sum(tm.teams) as teams, sum(tm.teams_consolidated) as teams_consolidated, sum(tm.secretary_led_teams) as secretary_led_teams,
         sum(md.mediators) as mediators, sum(md.mediators_women) as mediators_women, sum(md.mediators_ethnic_minority) as mediators_ethnic_minority,
         sum(md.mediators_trained) as mediators_trained, sum(md.new_mediators) as new_mediators, sum(md.new_mediators_trained) as new_mediators_trained,
         sum(cs.book_received) as book_received, sum(cs.book_settled) as book_settled, sum(cs.book_not_settled) as book_not_settled,
         sum(cy.paper_received) as paper_received, sum(cy.paper_settled) as paper_settled,
         sum(cy.paper_not_settled) as paper_not_settled, sum(cy.paper_in_progress) as paper_in_progress
    from member mb
    left join tm on tm.unit_id = mb.unit_id and tm.year = mb.year
    left join md on md.unit_id = mb.unit_id and md.year = mb.year
    left join cs on cs.unit_id = mb.unit_id and cs.year = mb.year
    left join cy on cy.unit_id = mb.unit_id and cy.year = mb.year
   group by mb.key
),
old_province as (
  select distinct op.province_code
    from g
    join admin_unit np on np.path = subpath(g.include, 0, 2)
    join unit_succession s on s.successor_id = np.id
    join admin_unit op on op.id = s.predecessor_id and op.level = 'PROVINCE'
),
unassigned as materialized (
  select h.id from hamlet h join admin_unit o on o.id = h.unit_id
   where h.province_code = any (array(select province_code from old_province)) and h.moved_on is null and o.valid_to < current_date
),
candidate as (
  select c.hamlet_id, cu.path
    from app.hamlet_move_candidates(array(select id from unassigned)) c join admin_unit cu on cu.id = c.unit_id
),
fate as (
  select g.key, c.hamlet_id, bool_and(c.path <@ g.include) as all_in
    from g join candidate c on true
   group by g.key, c.hamlet_id
  having bool_or(c.path <@ g.include)
),
pending as (
  select g.key, count(*) filter (where f.all_in) as teams_pending, count(*) filter (where not f.all_in) as teams_maybe
    from g
    join fate f on f.key = g.key
    join mediation_team t on t.hamlet_id = f.hamlet_id
   where (t.established_on is null or t.established_on <= g.year_end) and (t.dissolved_on is null or t.dissolved_on > g.year_end)
   group by g.key
)
select g.key, r.teams, r.teams_consolidated, r.secretary_led_teams, r.mediators, r.mediators_women, r.mediators_ethnic_minority,
       r.mediators_trained, r.new_mediators, r.new_mediators_trained, r.book_received, r.book_settled, r.book_not_settled,
       r.paper_received, r.paper_settled, r.paper_not_settled, r.paper_in_progress, p.teams_pending, p.teams_maybe
  from g left join rolled r on r.key = g.key left join pending p on p.key = g.key`;

type Row = Record<string, string | number | boolean | number[] | null>;
const int = (value: Row[string] | undefined): number => Number(value ?? 0);

/** Rolled-up figures and coverage of many groups in one statement, in the order asked. */
export async function rolledUpBy(run: (payload: string) => Promise<Row[]>, groups: RollUpGroup[]): Promise<RolledUp[]> {
  if (groups.length === 0) return [];
  const payload = groups.map((g) => ({ key: g.key, year: g.year, include: g.include, only_paths: g.only ?? null, exclude: g.exclude ?? [] }));
  const rows = await run(JSON.stringify(payload));
  const byKey = new Map(rows.map((row) => [String(row.key), row]));
  return groups.map((g) => {
    const row = byKey.get(g.key) ?? {};
    const bookReceived = int(row.book_received);
    const bookSettled = int(row.book_settled);
    const bookNotSettled = int(row.book_not_settled);
    const teams = int(row.teams);
    return {
      key: g.key,
      counts: {
        teams,
        teamsConsolidated: int(row.teams_consolidated),
        secretaryLedTeams: int(row.secretary_led_teams),
        mediators: int(row.mediators),
        mediatorsWomen: int(row.mediators_women),
        mediatorsEthnicMinority: int(row.mediators_ethnic_minority),
        mediatorsTrained: int(row.mediators_trained),
        newMediators: int(row.new_mediators),
        newMediatorsTrained: int(row.new_mediators_trained),
        casesReceived: bookReceived + int(row.paper_received),
        casesSettled: bookSettled + int(row.paper_settled),
        casesNotSettled: bookNotSettled + int(row.paper_not_settled),
        casesInProgress: bookReceived - bookSettled - bookNotSettled + int(row.paper_in_progress),
      },
      coverage: { teamsCovered: teams, teamsPending: int(row.teams_pending), teamsMaybe: int(row.teams_maybe) },
    };
  });
}
