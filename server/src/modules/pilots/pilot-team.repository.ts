import type { EntityManager } from 'typeorm';
import type { Ranked } from './pilot-ranking.service';

type TeamRow = {
  team_id: number; team_name: string; unit_id: number; commune_code: string; commune_name: string; settled: number; not_settled: number;
};

/**
 * The mediation teams below a unit in a year (where they were then: a team that moved to a new
 * commune on 1 July 2025 counts under its former commune before), with their own figures of the
 * year: cases settled and not settled, from the case book (received in the year, concluded by its
 * end) and the yearly counts of teams whose commune keeps the book on paper. One grouped
 * statement, under the caller's RLS.
 */
export async function rankedTeams(manager: EntityManager, unitPath: string, year: number): Promise<Ranked[]> {
  const rows: TeamRow[] = await manager.query(
    `with team as (
       select t.id, t.name, case when t.moved_on > make_date($2, 12, 31) then t.moved_from_unit_id else t.unit_id end as unit_id
         from mediation_team t
        where (t.unit_path <@ $1::ltree or t.moved_from_path <@ $1::ltree)
          and (t.status = 'ACTIVE' or t.dissolved_on > make_date($2, 12, 31))),
     book as (
       select c.team_id,
              count(*) filter (where c.outcome = 'SETTLED' and c.closed_on <= make_date($2, 12, 31))::int as settled,
              count(*) filter (where c.outcome = 'NOT_SETTLED' and c.closed_on <= make_date($2, 12, 31))::int as not_settled
         from mediation_case c
        where c.team_id in (select id from team) and c.received_on between make_date($2, 1, 1) and make_date($2, 12, 31)
        group by c.team_id),
     paper as (
       select y.team_id, sum(y.settled)::int as settled, sum(y.not_settled)::int as not_settled
         from case_yearly_count y where y.team_id in (select id from team) and y.year = $2 group by y.team_id)
     select t.id as team_id, t.name as team_name, u.id as unit_id, u.code as commune_code, u.name as commune_name,
            coalesce(b.settled, 0) + coalesce(p.settled, 0) as settled, coalesce(b.not_settled, 0) + coalesce(p.not_settled, 0) as not_settled
       from team t
       join admin_unit u on u.id = t.unit_id and u.path <@ $1::ltree
       left join book b on b.team_id = t.id
       left join paper p on p.team_id = t.id
      order by u.code, t.id`,
    [unitPath, year],
  );
  return rows.map((row) => ({
    unitId: row.unit_id, teamId: row.team_id,
    // The code orders equal candidates: the commune's code, then the team's id (fixed width).
    code: `${row.commune_code}/${String(row.team_id).padStart(9, '0')}`,
    name: row.team_name, parentName: row.commune_name, failsMediationCriterion: null,
    settlementRate: row.settled + row.not_settled > 0 ? (100 * row.settled) / (row.settled + row.not_settled) : null,
    casesSettled: row.settled, casesNotSettled: row.not_settled, difficultyScore: null, difficulties: null, chosen: false,
  }));
}
