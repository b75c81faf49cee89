import type { TestApp } from '../support/harness';

/** The count date of a unit's year: 31 December, or the last day of a unit that ends within the year (the 2021 units on 30 June 2025). */
async function countDateOf(app: TestApp, unitPath: string, year: number): Promise<string> {
  const [{ end }] = await app.sql(`select case when u.valid_to between make_date($2, 1, 1) and make_date($2, 12, 31) then u.valid_to::text
                                                else make_date($2, 12, 31)::text end as "end" from admin_unit u where u.path = $1::ltree`, [unitPath, year]);
  return end;
}

// Where a team (and its mediators) was on the count date ($2): before its hamlet's move, the unit it left.
const TEAM_PATH = `coalesce((select mv.from_path from hamlet_move mv where mv.hamlet_id = t.hamlet_id and mv.moved_on > $2::date), t.unit_path)`;
/** A team t under the unit ($1) and in force on the count date ($2). */
const TEAM_IN_FORCE = `${TEAM_PATH} <@ $1::ltree and (t.established_on is null or t.established_on <= $2::date) and (t.dissolved_on is null or t.dissolved_on > $2::date)`;

/**
 * The figures of a unit's subtree for a year, counted straight from the rows as the database owner
 * (no row-level security, none of the server's SQL): the independent side of the comparisons.
 * Each count is its own plain query, so a mistake in the server's single statement cannot be
 * repeated here by construction. "In force at the year end" = started by 31 Dec, not ended by it.
 */
export async function directFigures(app: TestApp, unitPath: string, year: number): Promise<Figures> {
  const end = await countDateOf(app, unitPath, year);
  const start = `${year}-01-01`;
  const one = async (sql: string, params: unknown[] = []): Promise<number> => Number((await app.sql(sql, [unitPath, ...params]))[0].n);
  const mediatorPath = `coalesce((select mv.from_path from hamlet_move mv join mediation_team h on h.hamlet_id = mv.hamlet_id
                                  where h.id = m.team_id and mv.moved_on > $2::date), m.unit_path)`;
  const mediatorInForce = `${mediatorPath} <@ $1::ltree and (m.elected_on is null or m.elected_on <= $2::date) and (m.left_on is null or m.left_on > $2::date)`;
  const book = async (outcome: string) =>
    one(`select count(*) as n from mediation_case c where c.unit_path <@ $1::ltree and extract(year from c.received_on) = $2::int
           and c.outcome = '${outcome}' and c.closed_on <= $3::date`, [year, end]);
  const paper = async (column: string) => one(`select coalesce(sum(${column}), 0) as n from case_yearly_count y where y.unit_path <@ $1::ltree and y.year = $2`, [year]);
  const paperCounts = await one('select count(*) as n from case_yearly_count y where y.unit_path <@ $1::ltree and y.year = $2', [year]);
  const received = await one(`select count(*) as n from mediation_case c where c.unit_path <@ $1::ltree and c.received_on >= $2::date and c.received_on <= $3::date`, [start, end]);
  const settled = await book('SETTLED');
  const notSettled = await book('NOT_SETTLED');
  return {
    teams: await one(`select count(*) as n from mediation_team t where ${TEAM_IN_FORCE}`, [end]),
    // a year whose reviews were not recorded (no team in force has one) has no consolidated count
    teamsConsolidated: await directTeamsWithReview(app, unitPath, year) === 0 ? null : await one(
      `select count(*) as n from mediation_team t where ${TEAM_IN_FORCE}
          and exists (select 1 from team_review r where r.team_id = t.id and r.year = $3 and r.reviewed and r.compliant_after and r.unit_path <@ $1::ltree)`, [end, year]),
    secretaryLedTeams: await one(
      `select count(*) as n from mediation_team t join mediator l on l.id = t.leader_mediator_id
        where ${TEAM_IN_FORCE} and l.party_cell_secretary and (l.left_on is null or l.left_on > $2::date)`, [end]),
    mediators: await one(`select count(*) as n from mediator m where ${mediatorInForce}`, [end]),
    mediatorsWomen: await one(`select count(*) as n from mediator m where ${mediatorInForce} and m.gender = 'FEMALE'`, [end]),
    mediatorsEthnicMinority: await one(`select count(*) as n from mediator m where ${mediatorInForce} and m.ethnic_minority`, [end]),
    mediatorsTrained: await one(`select count(*) as n from mediator m where ${mediatorInForce} and m.trained and m.trained_on <= $2::date`, [end]),
    newMediators: await one(`select count(*) as n from mediator m where ${mediatorInForce} and extract(year from m.elected_on) = $3`, [end, year]),
    newMediatorsTrained: await one(
      `select count(*) as n from mediator m where ${mediatorInForce} and extract(year from m.elected_on) = $3 and m.trained_on <= $2::date`, [end, year]),
    ...(await caseFigures({ received, settled, notSettled, paperCounts }, paper)),
  };
}

/** Figures counted by hand: the case counts are null in a year without any case record. */
export type Figures = Record<string, number | null>;

/**
 * The case counts of a year from the case book's rows and the paper yearly counts; without any
 * row or paper count, the year's cases were not recorded: null (no data), not 0.
 */
export async function caseFigures(book: { received: number; settled: number; notSettled: number; paperCounts: number }, paper: (column: string) => Promise<number>): Promise<Figures> {
  const { received, settled, notSettled, paperCounts } = book;
  if (received + paperCounts === 0) return { casesReceived: null, casesSettled: null, casesNotSettled: null, casesInProgress: null };
  return {
    casesReceived: received + (await paper('received')),
    casesSettled: settled + (await paper('settled')),
    casesNotSettled: notSettled + (await paper('not_settled')),
    casesInProgress: received - settled - notSettled + (await paper('in_progress')),
  };
}

/**
 * Teams in force at the year end whose review of the year is recorded (reviewed or not), as the
 * owner: without any, the consolidated share of the year is unknown (null), not 0 %.
 */
export async function directTeamsWithReview(app: TestApp, unitPath: string, year: number): Promise<number> {
  const [{ n }] = await app.sql(
    `select count(*)::int as n from mediation_team t where ${TEAM_IN_FORCE}
        and exists (select 1 from team_review r where r.team_id = t.id and r.year = $3 and r.unit_path <@ $1::ltree)`, [unitPath, await countDateOf(app, unitPath, year), year]);
  return n;
}

export const FIGURE_FIELDS = `teams teamsConsolidated secretaryLedTeams mediators mediatorsWomen mediatorsEthnicMinority mediatorsTrained
  newMediators newMediatorsTrained casesReceived casesSettled casesNotSettled casesInProgress settlementRate`;

/** The path of a unit (owner SQL). */
export async function pathOf(app: TestApp, unitId: string): Promise<string> {
  return (await app.sql('select path::text as path from admin_unit where id = $1', [unitId]))[0].path;
}

/** Settlement rate as the platform defines it: settled / (settled + not settled), in percent. */
export const rateOf = ({ casesSettled, casesNotSettled }: Figures) =>
  casesSettled != null && casesNotSettled != null && casesSettled + casesNotSettled > 0 ? (100 * casesSettled) / (casesSettled + casesNotSettled) : null;
