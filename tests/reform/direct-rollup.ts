import { caseFigures, type Figures } from '../reports/direct-figures';
import type { TestApp } from '../support/harness';

/**
 * The figures of year Y of the teams that now belong to today's unit (its subtree's current
 * rows), counted straight from the rows as the database owner, whatever unit each record was made
 * under: the independent side of the roll-up comparisons (docs/two-level-government.md, "Roll-up").
 * Each count is its own plain query, written from the contract, not from the server's statement.
 */
export async function directRollUp(app: TestApp, unitPath: string, year: number): Promise<Figures> {
  const end = `${year}-12-31`;
  const one = async (sql: string, params: unknown[] = []): Promise<number> => Number((await app.sql(sql, [unitPath, ...params]))[0].n);
  const teamInForce = `t.unit_path <@ $1::ltree and (t.established_on is null or t.established_on <= $2::date) and (t.dissolved_on is null or t.dissolved_on > $2::date)`;
  const mediatorInForce = `m.unit_path <@ $1::ltree and (m.elected_on is null or m.elected_on <= $2::date) and (m.left_on is null or m.left_on > $2::date)`;
  const ours = `c.team_id in (select t.id from mediation_team t where t.unit_path <@ $1::ltree)`;
  const received = await one(`select count(*) as n from mediation_case c where ${ours} and extract(year from c.received_on) = $2::int`, [year]);
  const book = (outcome: string) => one(`select count(*) as n from mediation_case c where ${ours} and extract(year from c.received_on) = $2::int
                                          and c.outcome = '${outcome}' and c.closed_on <= $3::date`, [year, end]);
  const paper = (column: string) => one(`select coalesce(sum(${column}), 0) as n from case_yearly_count c where ${ours} and c.year = $2`, [year]);
  const paperCounts = await one(`select count(*) as n from case_yearly_count c where ${ours} and c.year = $2`, [year]);
  const settled = await book('SETTLED');
  const notSettled = await book('NOT_SETTLED');
  const reviewedTeams = await one(`select count(*) as n from mediation_team t where ${teamInForce}
    and exists (select 1 from team_review r where r.team_id = t.id and r.year = $3)`, [end, year]);
  return {
    teams: await one(`select count(*) as n from mediation_team t where ${teamInForce}`, [end]),
    // a year whose reviews were not recorded (no team in force has one) has no consolidated count
    teamsConsolidated: reviewedTeams === 0 ? null : await one(`select count(*) as n from mediation_team t where ${teamInForce}
      and exists (select 1 from team_review r where r.team_id = t.id and r.year = $3 and r.reviewed and r.compliant_after)`, [end, year]),
    secretaryLedTeams: await one(`select count(*) as n from mediation_team t join mediator l on l.id = t.leader_mediator_id
      where ${teamInForce} and l.party_cell_secretary and (l.left_on is null or l.left_on > $2::date)`, [end]),
    mediators: await one(`select count(*) as n from mediator m where ${mediatorInForce}`, [end]),
    mediatorsWomen: await one(`select count(*) as n from mediator m where ${mediatorInForce} and m.gender = 'FEMALE'`, [end]),
    mediatorsEthnicMinority: await one(`select count(*) as n from mediator m where ${mediatorInForce} and m.ethnic_minority`, [end]),
    mediatorsTrained: await one(`select count(*) as n from mediator m where ${mediatorInForce} and m.trained_on <= $2::date`, [end]),
    newMediators: await one(`select count(*) as n from mediator m where ${mediatorInForce} and extract(year from m.elected_on) = $3`, [end, year]),
    newMediatorsTrained: await one(`select count(*) as n from mediator m where ${mediatorInForce} and extract(year from m.elected_on) = $3
      and m.trained_on <= $2::date`, [end, year]),
    ...(await caseFigures({ received, settled, notSettled, paperCounts }, paper)),
  };
}

/** The teams, in force at the end of the year, of the hamlets still waiting under an abolished commune, by hamlet. */
export async function unassignedTeams(app: TestApp, year: number): Promise<{ hamlet_id: number; teams: number }[]> {
  return app.sql(`select h.id as hamlet_id, count(t.id)::int as teams
                    from hamlet h join admin_unit o on o.id = h.unit_id
                    join mediation_team t on t.hamlet_id = h.id
                   where h.moved_on is null and o.valid_to < current_date
                     and (t.established_on is null or t.established_on <= make_date($1, 12, 31)) and (t.dissolved_on is null or t.dissolved_on > make_date($1, 12, 31))
                   group by h.id order by h.id`, [year]) as Promise<{ hamlet_id: number; teams: number }[]>;
}
