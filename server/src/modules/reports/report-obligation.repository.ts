import type { EntityManager } from 'typeorm';
import type { ReportBasisValue, ReportStatusValue } from './report.entity';

/** What a unit owes for a year: the governing rule and its due date (app.report_obligations). */
export type Obligation = {
  unitId: number;
  reportingRuleId: number;
  planId: number;
  dueDate: string;
  dueBefore: boolean;
  basis: ReportBasisValue;
};

type ObligationRow = { unit_id: number; reporting_rule_id: number; plan_id: number; due_date: string; due_before: boolean; basis: ReportBasisValue };

export async function obligationOf(manager: EntityManager, unitId: number, year: number): Promise<Obligation | null> {
  const rows: ObligationRow[] = await manager.query('select * from app.report_obligations(array[$1::int], $2)', [unitId, year]);
  const row = rows[0];
  return row
    ? { unitId: row.unit_id, reportingRuleId: row.reporting_rule_id, planId: row.plan_id, dueDate: row.due_date, dueBefore: row.due_before, basis: row.basis }
    : null;
}

/**
 * The plan whose tasks a report covers: the plan of the governing rule, except for a unit that
 * only consolidates the reports below it: then its own plan in force that year, if it has one.
 */
export async function reportedPlanId(manager: EntityManager, unitId: number, year: number, obligation: Obligation): Promise<number | null> {
  if (obligation.basis !== 'CONSOLIDATING') return obligation.planId;
  const rows: { id: number }[] = await manager.query(
    `select p.id from plan p
      where p.unit_id = $1 and p.status <> 'DRAFT' and p.year_from <= $2 and (p.period_to is null or p.period_to >= $2)
      order by p.year_from desc, p.id limit 1`,
    [unitId, year],
  );
  return rows[0]?.id ?? null;
}

export type Outstanding = { unitId: number; code: string; name: string; dueDate: string; dueBefore: boolean; reportId: number | null; status: ReportStatusValue | null };

type OutstandingRow = { unit_id: number; code: string; name: string; due_date: string; due_before: boolean; report_id: number | null; status: ReportStatusValue | null };

const OUTSTANDING_SQL = (units: string) => `
  select o.unit_id, a.code, a.name, o.due_date, o.due_before, r.id as report_id, r.status
    from app.report_obligations(array(${units}), $2) o
    join admin_unit a on a.id = o.unit_id
    left join report r on r.unit_id = o.unit_id and r.year = $2
   where r.id is null or r.status = 'DRAFT'
   order by a.path`;

const toOutstanding = (row: OutstandingRow): Outstanding => ({
  unitId: row.unit_id, code: row.code, name: row.name, dueDate: row.due_date, dueBefore: row.due_before, reportId: row.report_id, status: row.status,
});

/** The units directly under a unit that owe a report for the year and have not submitted it. */
export async function unsubmittedChildren(manager: EntityManager, unitId: number, year: number): Promise<Outstanding[]> {
  const rows: OutstandingRow[] = await manager.query(OUTSTANDING_SQL('select c.id from admin_unit c where c.parent_id = $1'), [unitId, year]);
  return rows.map(toOutstanding);
}

/** For units of one year: how many units directly under each owe a report and have not submitted it (one statement). */
export async function outstandingChildCounts(manager: EntityManager, parentIds: number[], year: number): Promise<Map<number, number>> {
  const rows: { parent_id: number; outstanding: number }[] = await manager.query(
    `select a.parent_id, count(*)::int as outstanding
       from app.report_obligations(array(select c.id from admin_unit c where c.parent_id = any($1)), $2) o
       join admin_unit a on a.id = o.unit_id
       left join report r on r.unit_id = o.unit_id and r.year = $2
      where r.id is null or r.status = 'DRAFT'
      group by a.parent_id`,
    [parentIds, year],
  );
  return new Map(rows.map((row) => [row.parent_id, row.outstanding]));
}

/** Every unit below a unit (whole subtree) that owes a report for the year and has not submitted it. */
export async function unsubmittedBelow(manager: EntityManager, unitPath: string, year: number): Promise<Outstanding[]> {
  const rows: OutstandingRow[] = await manager.query(
    OUTSTANDING_SQL('select c.id from admin_unit c where c.path <@ $1::ltree and c.path <> $1::ltree'), [unitPath, year]);
  return rows.map(toOutstanding);
}
