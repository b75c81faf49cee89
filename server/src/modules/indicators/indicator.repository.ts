import type { EntityManager } from 'typeorm';

/**
 * The counts every figure of the platform is made of, for one group of units and one year. One
 * definition, used by AdministrativeUnit.indicators, Target.actual, yearly reports and the pilot
 * ranking, so a report and an indicator of the same unit and year always agree.
 *
 * Definitions (all at the end of the year, 31 December, and under the caller's row-level security):
 * - teams: mediation teams established on or before the year end (or undated) and not dissolved by it;
 * - teamsConsolidated: those teams with a team_review of the year that is reviewed and compliant_after;
 * - secretaryLedTeams: those teams whose leader is a hamlet Party-cell secretary still in office at
 *   the year end (the leader and the secretary flag are the current ones: the data keeps no history);
 * - mediators: elected on or before the year end (or undated) and not left by it; women, ethnic
 *   minority and trained (trained_on by the year end) among them;
 * - newMediators: those of them elected in the year; newMediatorsTrained: of those, trained by the year end;
 * - cases: received in the year (case book rows) by their outcome at the year end (closed after it:
 *   still in progress), plus the paper yearly counts of the year;
 * - trainers: trainers of the pools of the unit itself whose period overlaps the year.
 * A team and its mediators count under the unit they belonged to on the count date (a team that
 * moved at the 2025 reform counts under its former commune before moved_on), and a unit that ends
 * within the year is counted on its last day (Huyện Mỹ Tú's 2025: 30 June 2025). Records (reviews,
 * cases, counts) count under the unit they were made under. See docs/two-level-government.md.
 */
export type FigureCounts = {
  teams: number;
  teamsConsolidated: number;
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
  trainers: number;
  trainersTrained: number;
};

export const COUNT_FIELDS: readonly (keyof FigureCounts)[] = [
  'teams', 'teamsConsolidated', 'secretaryLedTeams', 'mediators', 'mediatorsWomen', 'mediatorsEthnicMinority', 'mediatorsTrained',
  'newMediators', 'newMediatorsTrained', 'casesReceived', 'casesSettled', 'casesNotSettled', 'casesInProgress', 'trainers', 'trainersTrained',
];

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

export type GroupFigures = { key: string; unitPath: string | null; counts: FigureCounts };

type Row = Record<string, string | number | null>;

// PERF: one statement for a whole batch of groups; each lateral aggregate walks one table through
// its gist index on unit_path (ltree <@). Row-level security applies inside every subquery, so an
// analyst's figures count only the units it is granted. No table with personal data is touched.
const FIGURES_SQL = `
with g as (
  select x.key, x.year, coalesce(x.include::ltree, a.path) as include, a.path as unit_path, x.unit_id,
         x.only_paths::ltree[] as only_paths, coalesce(x.exclude::ltree[], '{}') as exclude,
         make_date(x.year, 1, 1) as year_start,
         case when a.valid_to between make_date(x.year, 1, 1) and make_date(x.year, 12, 31) then a.valid_to else make_date(x.year, 12, 31) end as year_end
    from jsonb_to_recordset($1::jsonb) as x (key text, year int, unit_id int, include text, only_paths text[], exclude text[])
    left join admin_unit a on a.id = x.unit_id
)
select g.key, g.unit_path::text as unit_path, tm.*, md.*, cs.*, cy.*, tp.*
  from g
  cross join lateral (
    select count(*)::int as teams,
           count(*) filter (where r.reviewed and r.compliant_after)::int as teams_consolidated,
           count(*) filter (where l.party_cell_secretary and (l.left_on is null or l.left_on > g.year_end))::int as secretary_led_teams
      from mediation_team t
      cross join lateral (select case when t.moved_on > g.year_end then t.moved_from_path else t.unit_path end as path) p
      left join team_review r on r.team_id = t.id and r.year = g.year and r.unit_path <@ g.include
      left join mediator l on l.id = t.leader_mediator_id
     where ((t.unit_path <@ g.include and (t.moved_on is null or t.moved_on <= g.year_end)) or (t.moved_from_path <@ g.include and t.moved_on > g.year_end))
       and (g.only_paths is null or p.path <@ any (g.only_paths)) and not (p.path <@ any (g.exclude))
       and (t.established_on is null or t.established_on <= g.year_end)
       and (t.dissolved_on is null or t.dissolved_on > g.year_end)) tm
  cross join lateral (
    select count(*)::int as mediators,
           count(*) filter (where m.gender = 'FEMALE')::int as mediators_women,
           count(*) filter (where m.ethnic_minority)::int as mediators_ethnic_minority,
           count(*) filter (where m.trained_on <= g.year_end)::int as mediators_trained,
           count(*) filter (where m.elected_on >= g.year_start)::int as new_mediators,
           count(*) filter (where m.elected_on >= g.year_start and m.trained_on <= g.year_end)::int as new_mediators_trained
      from mediator m
      cross join lateral (select case when m.moved_on > g.year_end then m.moved_from_path else m.unit_path end as path) p
     where ((m.unit_path <@ g.include and (m.moved_on is null or m.moved_on <= g.year_end)) or (m.moved_from_path <@ g.include and m.moved_on > g.year_end))
       and (g.only_paths is null or p.path <@ any (g.only_paths)) and not (p.path <@ any (g.exclude))
       and (m.elected_on is null or m.elected_on <= g.year_end)
       and (m.left_on is null or m.left_on > g.year_end)) md
  cross join lateral (
    select count(*)::int as book_received,
           count(*) filter (where c.outcome = 'SETTLED' and c.closed_on <= g.year_end)::int as book_settled,
           count(*) filter (where c.outcome = 'NOT_SETTLED' and c.closed_on <= g.year_end)::int as book_not_settled
      from mediation_case c
     where c.unit_path <@ g.include and (g.only_paths is null or c.unit_path <@ any (g.only_paths)) and not (c.unit_path <@ any (g.exclude))
       and c.received_on between g.year_start and g.year_end) cs
  cross join lateral (
    select coalesce(sum(y.received), 0)::int as paper_received, coalesce(sum(y.settled), 0)::int as paper_settled,
           coalesce(sum(y.not_settled), 0)::int as paper_not_settled, coalesce(sum(y.in_progress), 0)::int as paper_in_progress
      from case_yearly_count y
     where y.unit_path <@ g.include and (g.only_paths is null or y.unit_path <@ any (g.only_paths)) and not (y.unit_path <@ any (g.exclude))
       and y.year = g.year) cy
  cross join lateral (
    select count(tr.id)::int as trainers, count(*) filter (where tr.trained_on <= g.year_end)::int as trainers_trained
      from trainer_pool p
      join trainer tr on tr.pool_id = p.id
     where p.unit_id = g.unit_id and p.period_from <= g.year_end and (p.period_to is null or p.period_to >= g.year_start)) tp`;

const int = (value: string | number | null): number => Number(value ?? 0);

function countsOf(row: Row): FigureCounts {
  const bookReceived = int(row.book_received);
  const bookSettled = int(row.book_settled);
  const bookNotSettled = int(row.book_not_settled);
  return {
    teams: int(row.teams),
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
    trainers: int(row.trainers),
    trainersTrained: int(row.trainers_trained),
  };
}

/** Figures of many groups in one statement, answered in the order asked. */
export async function figuresOf(manager: EntityManager, groups: FigureGroup[]): Promise<GroupFigures[]> {
  if (groups.length === 0) return [];
  const payload = groups.map((g) => ({
    key: g.key, year: g.year, unit_id: g.unitId ?? null, include: g.include ?? null, only_paths: g.only ?? null, exclude: g.exclude ?? [],
  }));
  const rows: Row[] = await manager.query(FIGURES_SQL, [JSON.stringify(payload)]);
  const byKey = new Map(rows.map((row) => [String(row.key), row]));
  return groups.map((g) => {
    const row = byKey.get(g.key);
    return { key: g.key, unitPath: (row?.unit_path as string | null) ?? null, counts: countsOf(row ?? {}) };
  });
}
