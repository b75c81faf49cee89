import type pg from 'pg';
import type { EntityManager } from 'typeorm';
import type { ReportBasisValue } from '../../modules/reports/report.entity';
import { type Obligation, reportedPlanId } from '../../modules/reports/report-obligation.repository';
import { computeSnapshots, type Snapshot } from '../../modules/reports/report-snapshot';
import { addDays, randomFor } from './prng';
import { LAST_DAY } from './timeline';

type Outcome = { status: 'DRAFT' | 'SUBMITTED' | 'APPROVED'; submittedOn: string | null; approvedOn: string | null; onTime: boolean | null };
type Owed = { unit_id: number; reporting_rule_id: number; plan_id: number; due_date: string; due_before: boolean; basis: ReportBasisValue;
  code: string; level: string; has_teams: boolean };

/** The reports module's own statements run on the owner's connection (the generator has no TypeORM). */
const managerOf = (client: pg.ClientBase) =>
  ({ query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows }) as unknown as EntityManager;

/** A moment of a Vietnamese working morning on a day, as a timestamp. */
const morning = (day: string) => `${day}T02:30:00Z`;

/**
 * How a unit's report of a year went: 2023 and 2024 all submitted (most on time, before the 15
 * November deadline) and approved; 2025 mostly on time and approved; 2026, as of today: some on
 * time, some late, some still missing (a draft, or nothing at all).
 */
function outcomeOf(seed: number, code: string, year: number): Outcome | null {
  const r = randomFor(seed, 'report', code, year);
  const roll = r.next();
  const onTime = year === 2026 ? roll < 0.55 : roll < (year === 2025 ? 0.75 : 0.8);
  const missing = year === 2026 && roll >= 0.8;
  if (missing) return r.chance(0.5) ? { status: 'DRAFT', submittedOn: null, approvedOn: null, onTime: null } : null;
  const submittedOn = onTime ? r.date(`${year}-10-20`, `${year}-11-14`) : r.date(`${year}-11-15`, year === 2026 ? LAST_DAY : `${year}-12-20`);
  const approvedOn = addDays(submittedOn, r.int(3, 20));
  const approved = year < 2026 ? year !== 2025 || r.chance(0.9) : onTime && r.chance(0.6) && approvedOn <= LAST_DAY;
  return { status: approved ? 'APPROVED' : 'SUBMITTED', submittedOn, approvedOn: approved ? approvedOn : null, onTime };
}

/** Writes one report with its snapshot (computed by the reports module itself) and its events. */
async function writeReport(client: pg.ClientBase, obligation: Obligation, planId: number | null, year: number, outcome: Outcome, snapshot: Snapshot): Promise<void> {
  const unitId = obligation.unitId;
  const computedOn = outcome.submittedOn ?? LAST_DAY;
  const { rows: [report] } = await client.query<{ id: number }>(
    `insert into report (unit_id, year, reporting_rule_id, plan_id, basis, due_date, due_before, status, figures, task_progress,
                         computed_at, first_submitted_at, submitted_at, approved_at, created_at, updated_at, synthetic)
     values ($1, $2, $3, $4, $5::report_basis, $6, $7, $8::report_status, $9, $10, $11::timestamptz, $12::timestamptz, $12::timestamptz, $13::timestamptz,
             $14::timestamptz, coalesce($13::timestamptz, $12::timestamptz, $11::timestamptz), true) returning id`,
    [unitId, year, obligation.reportingRuleId, planId, obligation.basis, obligation.dueDate, obligation.dueBefore, outcome.status,
      JSON.stringify(snapshot.figures), JSON.stringify(snapshot.taskProgress), morning(computedOn),
      outcome.submittedOn ? morning(outcome.submittedOn) : null, outcome.approvedOn ? morning(outcome.approvedOn) : null, morning(addDays(computedOn, -5))],
  );
  const events: [string, string, boolean | null][] = [['GENERATED', addDays(computedOn, -5), null]];
  if (outcome.submittedOn) events.push(['SUBMITTED', outcome.submittedOn, outcome.onTime]);
  if (outcome.approvedOn) events.push(['APPROVED', outcome.approvedOn, null]);
  await client.query(
    `insert into report_event (report_id, kind, at, on_time)
     select $1, e.kind::report_event_kind, e.at, e.on_time from unnest($2::text[], $3::timestamptz[], $4::boolean[]) as e (kind, at, on_time)`,
    [report.id, events.map((e) => e[0]), events.map((e) => morning(e[1])), events.map((e) => e[2])]);
}

/**
 * The yearly reports of the demo: under 127/KH-UBND the communes of Mỹ Tú, the district and Sóc
 * Trăng for 2023 and 2024 (2021's and 2022's are left to be made in the console and by the tests); under
 * the 2025 provinces' plans their communes for 2025 and 2026. A commune without data (none of its
 * hamlets in the demo) never reports: it shows as missing. Answers how many were written.
 */
export async function writeDemoReports(client: pg.ClientBase, seed: number, provinces2021: string[], provinces2025: string[]): Promise<number> {
  const plan: { path: string; years: number[] }[] = [
    ...provinces2021.map((code) => ({ path: `y2021.p${code}`, years: [2023, 2024] })),
    ...provinces2025.map((code) => ({ path: `y2025.p${code}`, years: [2025, 2026] })),
  ];
  let written = 0;
  for (const { path, years } of plan) {
    for (const year of years) {
      const { rows } = await client.query<Owed>(
        `select o.*, u.code, u.level::text as level,
                exists (select 1 from mediation_team t where t.unit_path <@ u.path) or u.path <@ 'y2021' as has_teams
           from app.report_obligations(array(select id from admin_unit where path <@ $1::ltree), $2) o
           join admin_unit u on u.id = o.unit_id
          order by u.path desc`, [path, year]);
      // A 2025 province cannot send its report while communes are missing: it waits.
      const due = rows.flatMap((owed) => {
        const outcome = owed.has_teams && !(path.startsWith('y2025') && owed.level === 'PROVINCE') ? outcomeOf(seed, owed.code, year) : null;
        const obligation: Obligation = {
          unitId: owed.unit_id, reportingRuleId: owed.reporting_rule_id, planId: owed.plan_id, dueDate: owed.due_date, dueBefore: owed.due_before, basis: owed.basis,
        };
        return outcome ? [{ obligation, outcome }] : [];
      });
      const manager = managerOf(client);
      const planIds: (number | null)[] = [];
      for (const d of due) planIds.push(await reportedPlanId(manager, d.obligation.unitId, year, d.obligation));
      const snapshots = await computeSnapshots(manager, due.map((d, i) => ({ unitId: d.obligation.unitId, year, planId: planIds[i] })));
      for (const [i, d] of due.entries()) await writeReport(client, d.obligation, planIds[i], year, d.outcome, snapshots[i]);
      written += due.length;
    }
  }
  return written;
}
