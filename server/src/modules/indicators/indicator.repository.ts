import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { FIGURE_PARTS, type FigurePart } from './figure-parts';
import { ROLLUP_CTES, type RollUpCoverage } from './rollup.repository';

/**
 * The counts every figure of the platform is made of, for one group of units and one year. One
 * definition, used by AdministrativeUnit.indicators, Target.actual, yearly reports and the pilot
 * ranking, so a report and an indicator of the same unit and year always agree.
 *
 * Definitions (all at the end of the year, 31 December, and under the caller's row-level security):
 * - teams: mediation teams established on or before the year end (or undated) and not dissolved by it;
 * - teamsConsolidated: those teams with a team_review of the year that is reviewed and compliant_after;
 * - teamsWithReview: those teams with a team_review of the year at all (reviewed or not): a year without
 *   any is a year the reviews were not recorded, whose consolidated share is unknown (null), not 0 %;
 * - secretaryLedTeams: those teams whose leader is a hamlet Party-cell secretary still in office at
 *   the year end (the leader and the secretary flag are the current ones: the data keeps no history);
 * - mediators: elected on or before the year end (or undated) and not left by it; women, ethnic
 *   minority and trained (trained_on by the year end) among them;
 * - newMediators: those of them elected in the year; newMediatorsTrained: of those, trained by the year end;
 * - cases: received in the year (case book rows) by their outcome at the year end (closed after it:
 *   still in progress), plus the paper yearly counts of the year;
 * - caseRecords: the case book rows received in the year and the paper yearly counts of the year: a
 *   year without any is a year whose cases were not recorded, whose case figures are unknown (no
 *   data), not 0 (a paper count of 0 cases is a record);
 * - trainers: trainers of the pools of the unit itself whose period overlaps the year;
 * - trainersBelow: trainers of every pool of the subtree (the unit's and those below it) whose
 *   period overlaps the year (issue 7: a province's "100% of trainers trained" counts its districts' pools).
 * A team and its mediators count under the unit they belonged to on the count date (a team that
 * moved at the 2025 reform counts under its former commune before moved_on), and a unit that ends
 * within the year is counted on its last day (Huyện Mỹ Tú's 2025: 30 June 2025). Records (reviews,
 * cases, counts) count under the unit they were made under. See docs/two-level-government.md.
 */
export type FigureCounts = {
  teams: number;
  teamsConsolidated: number;
  /** Teams whose review of the year is recorded, reviewed or not: without any, the consolidated share is unknown. */
  teamsWithReview: number;
  secretaryLedTeams: number;
  mediators: number;
  mediatorsWomen: number;
  mediatorsEthnicMinority: number;
  mediatorsTrained: number;
  newMediators: number;
  newMediatorsTrained: number;
  casesReceived: number;
  casesSettled: number;
  casesNotSettled: number;
  casesInProgress: number;
  /** Case book rows received in the year plus paper yearly counts of the year: without any, the case figures are unknown. */
  caseRecords: number;
  trainers: number;
  trainersTrained: number;
  trainersBelow: number;
  trainersBelowTrained: number;
};

/** The trainers' counts, which only a province's (or the country's) figures carry. */
export type TrainerCounts = Pick<FigureCounts, 'trainers' | 'trainersTrained' | 'trainersBelow' | 'trainersBelowTrained'>;

/**
 * The counts a unit's shares are computed from. Live figures know whether the year's reviews and
 * cases were recorded at all; a report states its own counts, so it has neither (null).
 */
export type ShareCounts = Omit<FigureCounts, keyof TrainerCounts | 'teamsWithReview' | 'caseRecords'>
  & { teamsWithReview: number | null; caseRecords: number | null };

/**
 * A group of units: a unit's subtree (unitId), or the subtree of `include` restricted to the
 * subtrees in `only` and without those in `exclude` (the pilot and non-pilot groups).
 */
export type FigureGroup = {
  key: string;
  year: number;
  unitId?: number;
  include?: string;
  only?: string[] | null;
  exclude?: string[];
};

/**
 * A group's figures, with the dates of its unit (a unit abolished before the year has no data) and,
 * for a unit that succeeded others, the coverage of its rolled-up history (null otherwise).
 */
export type GroupFigures = {
  key: string;
  unitPath: string | null;
  counts: FigureCounts;
  unitValidFrom: string | null;
  unitValidTo: string | null;
  coverage: RollUpCoverage | null;
  /** For a unit abolished before the year: the units that succeeded it (it has no data, not zeros). */
  successorIds: number[] | null;
};

type Row = Record<string, string | number | boolean | number[] | null>;

// PERF: one statement for a whole batch of groups, in grouped set-based passes (issue 11). Each
// table is read once for the whole batch and counted per unit and count date; the per-unit counts
// are then summed into every group the unit belongs to (`member`). The earlier form, one lateral
// aggregate per group, read a province's rows again for each of its districts: W5 (Sóc Trăng and
// its 11 districts) took 3.7 s at national scale, now 20 ms; the 63 provinces 26.9 s, now 1.9 s.
//
// The count date of a group is 31 December, or the last day of its unit when that unit ended within
// the year (issue 8: the 2021 units on 30 June 2025), so the passes count per (unit, year, count
// date). A team and its mediators count under the unit they belonged to on the count date: their
// former unit (moved_from_unit_id) before they moved with their hamlet, their unit after. A team
// is consolidated only by a review made under the group's subtree (records stay with the unit they
// were made under: Huyện Mỹ Tú's 2025, counted on 30 June, is not consolidated by the 2025 reviews
// its former teams received from their new communes), so the team pass keeps the review's path and
// `tc` sums it per group (reviews are read only under the groups' subtrees, `review_unit_ids`).
//
// Rows are selected by `unit_id = any(<the units under the groups>)` (and, for teams and
// mediators, `moved_from_unit_id = any(...)`), not by `unit_path <@`: under row-level security a
// caller's own condition can drive an index only if its operator is leakproof, and integer
// equality is while ltree's `<@` is not. The units come from admin_unit (public reference data,
// no RLS), where `<@` uses the gist index. A row's unit_path is its unit's path (copied by
// trigger), and moved_from_path its former unit's, so the two selections are the same rows.
// Row-level security still applies to every table read here, so an analyst's figures count only
// the units it is granted. No table with personal data is touched.
//
// PERF: the unit a team or mediator counts under is not checked against the groups' units: a row
// selected by its unit but counted under its former one (or the other way round) makes a per-unit
// count that no group joins (`rolled` and `tc` join `member`). The check was `= any` over an
// array parameter, which PostgreSQL scans element by element for every row: W5 (241 units, 6,288
// mediators) spent 3.5 ms of its 24 in it.
//
// PERF: a bitmap scan for the cases. In a bitmap scan the row-level security quals are index
// conditions, their scope read once; in a plain index scan on (unit_id, received_on) they are a
// filter, which parses the scope setting into an ltree[] again for every row (about 1 µs). The
// planner cannot size `received_on between` two values known only at run time and took the plain
// scan, so the date is written `received_on + 0` (no index condition; the bitmap scan by unit reads
// every year's rows and the date filters them): W5, 0.5 ms less of 24.
const figuresSql = (has: (part: FigurePart) => boolean): string => {
  // a pass not asked for keeps its columns and reads nothing: `false and …` is folded to a one-time false
  const skip = (part: FigurePart) => (has(part) ? '' : 'false and ');
  // the mediators' other counts, made in their pass only when asked
  const details = (count: string) => (has('mediatorDetails') ? count : '0');
  return `
with g as (
  select x.key, x.year, coalesce(x.include::ltree, a.path) as include, a.path as unit_path, x.unit_id,
         x.only_paths::ltree[] as only_paths, coalesce(x.exclude::ltree[], '{}') as exclude,
         make_date(x.year, 1, 1) as year_start,
         case when a.valid_to between make_date(x.year, 1, 1) and make_date(x.year, 12, 31) then a.valid_to else make_date(x.year, 12, 31) end as year_end,
         iu.valid_from as unit_valid_from, iu.valid_to as unit_valid_to,
         coalesce(su.successor, false) as successor
    from jsonb_to_recordset($1::jsonb) as x (key text, year int, unit_id int, include text, only_paths text[], exclude text[])
    -- PERF: one index lookup per group (offset 0 keeps each lateral read from being flattened into
    -- a join): the planner takes the jsonb for 100 groups and hashed all of admin_unit twice instead
    -- (W5: 12 groups; 3 ms of 48, and 14-20 ms of a province's dashboard).
    left join lateral (select a.path, a.valid_to from admin_unit a where a.id = x.unit_id offset 0) a on true
    left join lateral (select iu.id, iu.valid_from, iu.valid_to from admin_unit iu where iu.path = coalesce(x.include::ltree, a.path) offset 0) iu on true
    -- PERF: one index lookup per group: as exists (…), the planner hashed all of unit_succession (11,217 rows, 1.3-2.9 ms)
    left join lateral (select true as successor from unit_succession s where s.successor_id = iu.id limit 1) su on true
),
-- the groups of units that succeeded others: the teams that now belong to them (rollup.repository.ts)
rg as (select key, year, include, only_paths, exclude, make_date(year, 12, 31) as year_end from g where successor),
${ROLLUP_CTES},
member as materialized (
  select g.key, g.year, g.year_end, g.include, u.id as unit_id
    from g join admin_unit u on u.path <@ g.include
   where not g.successor and (g.only_paths is null or u.path <@ any (g.only_paths)) and not (u.path <@ any (g.exclude))
),
unit_ids as (select array_agg(distinct unit_id) as ids from member),
review_unit_ids as (select array_agg(distinct u.id) as ids from g join admin_unit u on u.path <@ g.include),
dates as (select distinct year, make_date(year, 1, 1) as year_start, year_end from member),
-- PERF: the span of the years asked, the condition on the indexes of the yearly tables ((unit_id,
-- received_on), (year, unit_id)): joined to the dates only, every year's rows of the units were read
-- and filtered (W5: 7,450 cases read for 1,700 counted, 3,716 reviews for 929). The joins to the
-- dates still count each row in its own year.
span as (select min(year) as first_year, max(year) as last_year, min(year_start) as first_day, max(year_end) as last_day from dates),
-- PERF: the consolidating reviews of the years asked, read once and hash-joined to the teams. Joined
-- in place, the planner (misled by the row estimates of the jsonb groups) scanned a year's reviews
-- once per team and count date: Sóc Trăng and its districts over five years took 11 s, not 0.3 s.
rv as materialized (
  select r.team_id, r.year, r.unit_path, r.reviewed and r.compliant_after as consolidated
    from team_review r
   where ${skip('teams')}r.year in (select year from dates) and r.unit_id = any ((select ids from review_unit_ids)::int[])
     and r.year between (select first_year from span) and (select last_year from span)
),
tm_by_review as (
  select a.unit_id, y.year, y.year_end, r.unit_path as review_path,
         count(*) as teams,
         count(r.team_id) filter (where r.consolidated) as teams_consolidated,
         count(r.team_id) as teams_with_review,
         ${has('leaders') ? 'count(*) filter (where l.party_cell_secretary and (l.left_on is null or l.left_on > y.year_end))' : '0'} as secretary_led_teams
    from dates y
    join mediation_team t on (t.established_on is null or t.established_on <= y.year_end) and (t.dissolved_on is null or t.dissolved_on > y.year_end)
    cross join lateral (select case when t.moved_on > y.year_end then t.moved_from_unit_id else t.unit_id end as unit_id) a
    left join rv r on r.team_id = t.id and r.year = y.year
    ${has('leaders') ? 'left join mediator l on l.id = t.leader_mediator_id' : ''}
   where ${skip('teams')}(t.unit_id = any ((select ids from unit_ids)::int[]) or t.moved_from_unit_id = any ((select ids from unit_ids)::int[]))
   group by a.unit_id, y.year, y.year_end, 4
),
tm as (
  select unit_id, year, year_end, sum(teams) as teams, sum(secretary_led_teams) as secretary_led_teams
    from tm_by_review
   group by unit_id, year, year_end
),
tc as (
  select mb.key, sum(x.teams_consolidated) as teams_consolidated, sum(x.teams_with_review) as teams_with_review
    from member mb
    join tm_by_review x on x.unit_id = mb.unit_id and x.year = mb.year and x.year_end = mb.year_end
   where x.review_path <@ mb.include
   group by mb.key
),
md as (
  select a.unit_id, y.year, y.year_end, count(*) as mediators,
         ${details("count(*) filter (where m.gender = 'FEMALE')")} as mediators_women,
         ${details('count(*) filter (where m.ethnic_minority)')} as mediators_ethnic_minority,
         count(*) filter (where m.trained_on <= y.year_end) as mediators_trained,
         ${details('count(*) filter (where m.elected_on >= y.year_start)')} as new_mediators,
         ${details('count(*) filter (where m.elected_on >= y.year_start and m.trained_on <= y.year_end)')} as new_mediators_trained
    from dates y
    join mediator m on (m.elected_on is null or m.elected_on <= y.year_end) and (m.left_on is null or m.left_on > y.year_end)
    cross join lateral (select case when m.moved_on > y.year_end then m.moved_from_unit_id else m.unit_id end as unit_id) a
   where ${skip('mediators')}(m.unit_id = any ((select ids from unit_ids)::int[]) or m.moved_from_unit_id = any ((select ids from unit_ids)::int[]))
   group by a.unit_id, y.year, y.year_end
),
cs as (
  select c.unit_id, y.year, y.year_end, count(*) as book_received,
         count(*) filter (where c.outcome = 'SETTLED' and c.closed_on <= y.year_end) as book_settled,
         count(*) filter (where c.outcome = 'NOT_SETTLED' and c.closed_on <= y.year_end) as book_not_settled
    from dates y
    join mediation_case c on c.received_on between y.year_start and y.year_end
   where ${skip('cases')}c.unit_id = any ((select ids from unit_ids)::int[])
     -- PERF: \`+ 0\`: see "a bitmap scan" above
     and c.received_on + 0 between (select first_day from span) and (select last_day from span)
   group by c.unit_id, y.year, y.year_end
),
cy as (
  select c.unit_id, c.year, count(*) as paper_counts, sum(c.received) as paper_received, sum(c.settled) as paper_settled,
         sum(c.not_settled) as paper_not_settled, sum(c.in_progress) as paper_in_progress
    from case_yearly_count c
   where ${skip('cases')}c.unit_id = any ((select ids from unit_ids)::int[]) and c.year in (select year from dates)
     and c.year between (select first_year from span) and (select last_year from span)
   group by c.unit_id, c.year
),
rolled as (
  select mb.key,
         sum(tm.teams) as teams, sum(tm.secretary_led_teams) as secretary_led_teams,
         sum(md.mediators) as mediators, sum(md.mediators_women) as mediators_women, sum(md.mediators_ethnic_minority) as mediators_ethnic_minority,
         sum(md.mediators_trained) as mediators_trained, sum(md.new_mediators) as new_mediators, sum(md.new_mediators_trained) as new_mediators_trained,
         sum(cs.book_received) as book_received, sum(cs.book_settled) as book_settled, sum(cs.book_not_settled) as book_not_settled,
         sum(cy.paper_counts) as paper_counts, sum(cy.paper_received) as paper_received, sum(cy.paper_settled) as paper_settled,
         sum(cy.paper_not_settled) as paper_not_settled, sum(cy.paper_in_progress) as paper_in_progress
    from member mb
    left join tm on tm.unit_id = mb.unit_id and tm.year = mb.year and tm.year_end = mb.year_end
    left join md on md.unit_id = mb.unit_id and md.year = mb.year and md.year_end = mb.year_end
    left join cs on cs.unit_id = mb.unit_id and cs.year = mb.year and cs.year_end = mb.year_end
    left join cy on cy.unit_id = mb.unit_id and cy.year = mb.year
   group by mb.key
),
tp as (
  select g.key, count(*) filter (where p.unit_id = g.unit_id) as trainers,
         count(*) filter (where p.unit_id = g.unit_id and tr.trained_on <= g.year_end) as trainers_trained,
         count(*) as trainers_below, count(*) filter (where tr.trained_on <= g.year_end) as trainers_below_trained
    from g
    join admin_unit pu on pu.path <@ g.unit_path
    join trainer_pool p on p.unit_id = pu.id and p.period_from <= g.year_end and (p.period_to is null or p.period_to >= g.year_start)
    join trainer tr on tr.pool_id = p.id
   ${has('trainers') ? '' : 'where false'}
   group by g.key
)
select g.key, g.unit_path::text as unit_path,
       case when g.successor then rr.teams else r.teams end as teams,
       case when g.successor then rr.teams_consolidated else tc.teams_consolidated end as teams_consolidated,
       case when g.successor then rr.teams_with_review else tc.teams_with_review end as teams_with_review,
       case when g.successor then rr.secretary_led_teams else r.secretary_led_teams end as secretary_led_teams,
       case when g.successor then rr.mediators else r.mediators end as mediators,
       case when g.successor then rr.mediators_women else r.mediators_women end as mediators_women,
       case when g.successor then rr.mediators_ethnic_minority else r.mediators_ethnic_minority end as mediators_ethnic_minority,
       case when g.successor then rr.mediators_trained else r.mediators_trained end as mediators_trained,
       case when g.successor then rr.new_mediators else r.new_mediators end as new_mediators,
       case when g.successor then rr.new_mediators_trained else r.new_mediators_trained end as new_mediators_trained,
       case when g.successor then rr.book_received else r.book_received end as book_received,
       case when g.successor then rr.book_settled else r.book_settled end as book_settled,
       case when g.successor then rr.book_not_settled else r.book_not_settled end as book_not_settled,
       case when g.successor then rr.paper_counts else r.paper_counts end as paper_counts,
       case when g.successor then rr.paper_received else r.paper_received end as paper_received,
       case when g.successor then rr.paper_settled else r.paper_settled end as paper_settled,
       case when g.successor then rr.paper_not_settled else r.paper_not_settled end as paper_not_settled,
       case when g.successor then rr.paper_in_progress else r.paper_in_progress end as paper_in_progress,
       tp.trainers, tp.trainers_trained, tp.trainers_below, tp.trainers_below_trained, rp.teams_pending, rp.teams_maybe,
       g.unit_valid_from::text as unit_valid_from, g.unit_valid_to::text as unit_valid_to, g.successor,
       -- a unit abolished before the year has no data: say who succeeded it (a district, which nothing
       -- succeeded as such, by the successors of the communes below it)
       case when g.unit_valid_to < g.year_start then coalesce(
         nullif(array(select s.successor_id from unit_succession s where s.predecessor_id = g.unit_id and s.successor_id is not null order by 1), '{}'),
         array(select distinct s.successor_id from admin_unit d join unit_succession s on s.predecessor_id = d.id
                where d.path <@ g.unit_path and d.id <> g.unit_id and s.successor_id is not null order by 1)) end as successor_ids
  from g left join rolled r on r.key = g.key left join tc on tc.key = g.key left join tp on tp.key = g.key
  left join r_rolled rr on rr.key = g.key left join r_pending rp on rp.key = g.key`;
};

const int = (value: Row[string] | undefined): number => Number(value ?? 0);

function countsOf(row: Row): FigureCounts {
  const bookReceived = int(row.book_received);
  const bookSettled = int(row.book_settled);
  const bookNotSettled = int(row.book_not_settled);
  return {
    teams: int(row.teams),
    teamsConsolidated: int(row.teams_consolidated),
    teamsWithReview: int(row.teams_with_review),
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
    caseRecords: bookReceived + int(row.paper_counts),
    trainers: int(row.trainers),
    trainersTrained: int(row.trainers_trained),
    trainersBelow: int(row.trainers_below),
    trainersBelowTrained: int(row.trainers_below_trained),
  };
}

type Statement = { name: string; sql: string };

/** The statement of each set of passes (at most 64), made once: each is prepared on every connection. */
const statements = new Map<string, Statement>();

/** The statement of a set of passes, as figuresOf prepares it (exported for the tests that read its plan). */
export function statementOf(parts: readonly FigurePart[]): Statement {
  // the leaders are counted in the teams' pass
  const asked = FIGURE_PARTS.filter((part) => parts.includes(part) || (part === 'teams' && parts.includes('leaders')));
  const key = asked.join('.');
  let statement = statements.get(key);
  if (!statement) {
    const all = asked.length === FIGURE_PARTS.length;
    statement = { name: all ? 'indicators.figures' : `indicators.figures.${key}`, sql: figuresSql((part) => asked.includes(part)) };
    statements.set(key, statement);
  }
  return statement;
}

/**
 * Figures of many groups in one (prepared) statement of the request, answered in the order asked;
 * with `parts`, only the counts of those passes (the others are 0).
 */
export async function figuresOf(ctx: Context, groups: FigureGroup[], parts: readonly FigurePart[] = FIGURE_PARTS): Promise<GroupFigures[]> {
  const { name, sql } = statementOf(parts);
  return figuresBy((payload) => ctx.tx.prepared<Row>(name, sql, [payload]), groups);
}

/**
 * The same figures outside a request, on a connection of the caller's (the demo generator writes
 * reports as the database owner): the same statement, unprepared.
 */
export async function figuresOn(manager: Pick<EntityManager, 'query'>, groups: FigureGroup[]): Promise<GroupFigures[]> {
  return figuresBy((payload) => manager.query(statementOf(FIGURE_PARTS).sql, [payload]) as Promise<Row[]>, groups);
}

/**
 * The figures of every group: recorded under the unit's subtree, or, for a unit that succeeded
 * others at the 2025 reform, those of the teams that now belong to it with their coverage
 * (rollup.repository.ts), in the same statement.
 */
async function figuresBy(run: (payload: string) => Promise<Row[]>, groups: FigureGroup[]): Promise<GroupFigures[]> {
  if (groups.length === 0) return [];
  const payload = groups.map((g) => ({
    key: g.key, year: g.year, unit_id: g.unitId ?? null, include: g.include ?? null, only_paths: g.only ?? null, exclude: g.exclude ?? [],
  }));
  const rows = await run(JSON.stringify(payload));
  const byKey = new Map(rows.map((row) => [String(row.key), row]));
  return groups.map((g): GroupFigures => {
    const row = byKey.get(g.key) ?? {};
    const counts = countsOf(row);
    return {
      key: g.key,
      unitPath: (row.unit_path as string | null) ?? null,
      counts,
      unitValidFrom: (row.unit_valid_from as string | null) ?? null,
      unitValidTo: (row.unit_valid_to as string | null) ?? null,
      coverage: row.successor ? { teamsCovered: counts.teams, teamsPending: int(row.teams_pending), teamsMaybe: int(row.teams_maybe) } : null,
      successorIds: Array.isArray(row.successor_ids) ? (row.successor_ids as unknown[]).map(Number) : null,
    };
  });
}
