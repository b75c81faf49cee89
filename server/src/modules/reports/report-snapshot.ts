import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { type FigureCounts, figuresOf, figuresOn } from '../indicators/indicator.repository';
import { reportedSumsOn } from '../indicators/reported-values.repository';
import { actualOf, type Measure, measureOf, meets, type ReportedSums, reportedMeasure } from '../indicators/target-measure';
import type { TargetComparator } from '../plans/plan.enums';
import type { StoredFigures, StoredTaskProgress } from './report.entity';

/** The counts a report keeps (trainers belong to pools, not to the yearly report of the issue). */
export const REPORT_FIGURES = [
  'teams', 'teamsConsolidated', 'secretaryLedTeams', 'mediators', 'mediatorsWomen', 'mediatorsEthnicMinority', 'mediatorsTrained',
  'newMediators', 'newMediatorsTrained', 'casesReceived', 'casesSettled', 'casesNotSettled', 'casesInProgress',
] as const;
export type ReportFigureName = (typeof REPORT_FIGURES)[number];

export type Snapshot = { figures: StoredFigures; taskProgress: StoredTaskProgress[] };

type TaskRow = { id: number; code: string; title: string; organised: number; cost: string | null; attendees: number };
type TargetRow = {
  task_id: number; indicator: string; name: string; measurement: string; measure: string | null; comparator: TargetComparator; value: string;
  value_unit: string; per_quantity: number | null; applies: string; year: number | null; from_year: number | null; to_year: number | null;
};

const SYMBOL: Record<TargetComparator, string> = { GT: '>', GTE: '≥', EQ: '=', LTE: '≤' };
// Reports are official documents in Vietnamese: numbers use the decimal comma.
const vi = (value: number, digits = 1) => value.toFixed(digits).replace(/\.?0+$/, '').replace('.', ',');
const viDecimal = (value: string) => vi(Number(value), 3);

/** Computes a report's snapshot: the figures of the unit's subtree for the year and a progress text per task. */
export async function computeSnapshot(ctx: Context, unitId: number, year: number, planId: number | null): Promise<Snapshot> {
  const manager = await ctx.db();
  const [found] = await figuresOf(ctx, [{ key: 'report', unitId, year }]);
  const figures = Object.fromEntries(REPORT_FIGURES.map((name) => [name, found.counts[name]])) as StoredFigures;
  const taskProgress = planId == null ? [] : await progressOf(manager, { unitId, unitPath: found.unitPath ?? '' }, year, planId, found.counts);
  return { figures, taskProgress };
}

/**
 * The snapshots of many reports: the figures of all their units in one statement (the grouped
 * passes of figuresOf, on the writer's own connection), then each one's task progress. For bulk
 * writers outside a request (the demo generator, as the owner); one report uses computeSnapshot.
 */
export async function computeSnapshots(manager: EntityManager, items: { unitId: number; year: number; planId: number | null }[]): Promise<Snapshot[]> {
  const found = await figuresOn(manager, items.map((item, index) => ({ key: String(index), unitId: item.unitId, year: item.year })));
  const snapshots: Snapshot[] = [];
  for (const [index, item] of items.entries()) {
    const figures = Object.fromEntries(REPORT_FIGURES.map((name) => [name, found[index].counts[name]])) as StoredFigures;
    const taskProgress = item.planId == null ? [] : await progressOf(manager, { unitId: item.unitId, unitPath: found[index].unitPath ?? '' }, item.year, item.planId, found[index].counts);
    snapshots.push({ figures, taskProgress });
  }
  return snapshots;
}

async function progressOf(manager: EntityManager, unit: { unitId: number; unitPath: string }, year: number, planId: number, counts: FigureCounts): Promise<StoredTaskProgress[]> {
  const unitPath = unit.unitPath;
  // Training events of each task in the year: those the unit's subtree organised, and how many of
  // its mediators and trainers attended any event of the task (a district's course for a commune).
  const tasks: TaskRow[] = await manager.query(
    `select t.id, t.code, t.title,
            (select count(*)::int from training_event e where e.plan_task_id = t.id and e.unit_path <@ $2::ltree
               and e.starts_on between make_date($3, 1, 1) and make_date($3, 12, 31)) as organised,
            (select sum(e.cost)::text from training_event e where e.plan_task_id = t.id and e.unit_path <@ $2::ltree
               and e.starts_on between make_date($3, 1, 1) and make_date($3, 12, 31)) as cost,
            (select count(*)::int from training_attendance a join training_event e on e.id = a.event_id
              where e.plan_task_id = t.id and a.unit_path <@ $2::ltree
                and e.starts_on between make_date($3, 1, 1) and make_date($3, 12, 31)) as attendees
       from plan_task t where t.plan_id = $1 order by t.sort_key`,
    [planId, unitPath, year],
  );
  const targets: TargetRow[] = await manager.query(
    `select t.task_id, t.indicator, i.name, i.measurement::text as measurement, i.measure, t.comparator, t.value::text as value, t.value_unit,
            t.per_quantity, t.applies, t.year, t.from_year, t.to_year
       from target t join target_indicator i on i.code = t.indicator
      where t.plan_id = $1 and t.task_id is not null
        and (t.applies <> 'FROM_TO' or $2::int between t.from_year and t.to_year) -- a FROM_TO target is due only within its years
      order by t.task_id, t.position`,
    [planId, year],
  );
  // REPORTED indicators: the values the reports of the unit's subtree hold, summed (one statement).
  const reportedCodes = [...new Set(targets.filter((t) => t.measurement === 'REPORTED').map((t) => t.indicator))];
  const sums = await reportedSumsOn(manager, reportedCodes.map((code) => ({ key: code, unitId: unit.unitId, year, indicator: code })));
  const reported = new Map(reportedCodes.map((code, index) => [code, sums[index]]));
  return tasks.map((task) => ({
    taskId: task.id,
    code: task.code,
    title: task.title,
    text: progressText(task, targets.filter((target) => target.task_id === task.id), counts, reported, year),
  }));
}

const targetMeasure = (target: TargetRow, counts: FigureCounts, reported: Map<string, ReportedSums>): Measure | null =>
  target.measurement === 'REPORTED' ? reportedMeasure(target.value_unit, reported.get(target.indicator) ?? null) : measureOf(target.measure, counts, target.per_quantity);

const UNIT_SYMBOL: Record<string, string> = { PERCENT: '%', COUNT: '', MILLION_VND: ' triệu đồng' };

function progressText(task: TaskRow, targets: TargetRow[], counts: FigureCounts, reported: Map<string, ReportedSums>, year: number): string {
  const parts: string[] = [];
  if (task.organised > 0) parts.push(`Tổ chức ${task.organised} lớp tập huấn (kinh phí ${viDecimal(task.cost ?? '0')} triệu đồng)`);
  if (task.attendees > 0) parts.push(`${task.attendees} lượt hòa giải viên, tập huấn viên của địa bàn tham dự tập huấn`);
  for (const target of targets) {
    const measure = targetMeasure(target, counts, reported);
    const actual = actualOf(measure);
    const unit = UNIT_SYMBOL[target.value_unit] ?? '';
    const goal = `chỉ tiêu ${SYMBOL[target.comparator]} ${viDecimal(target.value)}${unit}${target.applies === 'BY_YEAR' ? ` đến năm ${target.year}` : target.applies === 'FROM_TO' ? ` giai đoạn ${target.from_year} - ${target.to_year}` : ''}`;
    const met = meets(measure, target.comparator, target.value);
    const verdict = met == null ? 'chưa có số liệu' : met ? 'đạt' : target.applies === 'BY_YEAR' && year < (target.year ?? year) ? 'chưa đạt (chưa đến hạn)' : 'chưa đạt';
    const shown = target.value_unit === 'PERCENT' || target.measurement === 'COMPUTED' ? ` (${vi(measure?.numerator ?? 0, 3)}/${vi(measure?.denominator ?? 0, 3)})` : '';
    const value = actual == null ? '—' : `${vi(actual)}${unit}${shown}`;
    parts.push(`${target.name}: ${value}, ${goal}: ${verdict}`);
  }
  return parts.length > 0 ? `${parts.join('. ')}.` : `Chưa ghi nhận hoạt động của nhiệm vụ này trên hệ thống trong năm ${year}.`;
}
