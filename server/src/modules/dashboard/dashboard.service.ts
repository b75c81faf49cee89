import type { Context } from '../../core/context';
import { badInput, notFound } from '../../core/errors';
import { covers } from '../../core/tenancy/scope';
import { assertYear } from '../indicators/indicator.loader';
import { figuresOf, type FigureCounts } from '../indicators/indicator.repository';
import { type UnitIndicators, unitIndicatorsOf } from '../indicators/indicator.type';
import { reportedSumsOf } from '../indicators/reported-values.repository';
import { isDue, meets, measureOf, reportedMeasure, type ReportedSums } from '../indicators/target-measure';
import { TargetComparator } from '../plans/plan.enums';
import { timelinessOf } from '../reports/report-timeliness';
import { ReportTimeliness } from '../reports/report.type';
import { toShortfall } from '../training/trainer-pool.service';
import { toAdministrativeUnit } from '../units/unit.service';
import type { AdministrativeUnit } from '../units/unit.type';
import {
  complianceByChild, obligationsUnder, unitAndChildren, pilotsUnder, plansAround, poolFiguresOf, teamsNeedingAttention, untrainedMediators,
  type ObligationSql, type PlanSql, type PoolFiguresSql, type TargetSql, type UnitRowSql,
} from './dashboard.repository';
import {
  type DashboardPlanStatus, type DashboardReport, type DashboardRow, ImplementingPlanStatus, type UnitDashboard,
} from './dashboard.type';

/** Trends cover at most this many years (the figures of every unit below, for each year, are one statement). */
export const MAX_TREND_YEARS = 10;

const toUnit = (row: UnitRowSql): AdministrativeUnit => toAdministrativeUnit({
  id: row.id, code: row.code, name: row.name, type: row.type, level: row.level, validFrom: row.valid_from, validTo: row.valid_to, parentId: row.parent_id,
});

function toReport(ctx: Context, row: ObligationSql, now: Date): DashboardReport {
  const { timeliness, daysLate } = timelinessOf({ dueDate: row.due_date, dueBefore: row.due_before, firstSubmittedAt: row.first_submitted_at }, now);
  return {
    unitId: row.unit_id, unitName: row.name, unitCode: row.code, unitLevel: row.level, dueDate: row.due_date, dueBefore: row.due_before,
    reportId: row.report_id, status: row.status, timeliness, daysLate, submittedAt: row.submitted_at,
    writable: covers(ctx.scope.write, row.path), unitPath: row.path, parentId: row.parent_id,
  };
}

/**
 * The targets that apply to a unit below: those of the plans in force above it, except where the
 * unit's own plan carries a copy (cascaded, `implements_target_id`): then that copy; plus its own
 * plans' other targets. Counted met / not met / no data ("no data" is never "not met").
 */
function targetTally(upper: TargetSql[], own: TargetSql[], counts: FigureCounts | undefined, reported: (code: string) => ReportedSums | null, year: number) {
  const copied = new Set(own.map((t) => t.implements_target_id).filter((id): id is number => id != null));
  const tally = { targetsMet: 0, targetsNotMet: 0, targetsNoData: 0 };
  for (const target of [...upper.filter((t) => !copied.has(t.id)), ...own]) {
    if (!isDue({ applies: target.applies, year: target.year, fromYear: target.from_year, toYear: target.to_year }, year)) continue;
    // As Target.evaluation measures it: a COMPUTED indicator by its catalogue measure, a REPORTED one from the reports below.
    const measure = target.measurement === 'REPORTED'
      ? reportedMeasure(target.unit, reported(target.indicator))
      : counts ? measureOf(target.measure, counts, target.per_quantity) : null;
    const met = meets(measure, target.comparator as TargetComparator, target.value);
    if (met === true) tally.targetsMet += 1;
    else if (met === false) tally.targetsNotMet += 1;
    else tally.targetsNoData += 1;
  }
  return tally;
}

function planStatuses(active: PlanSql[], plansOfChild: PlanSql[]): DashboardPlanStatus[] {
  return active.map((plan) => {
    const implementing = plansOfChild
      .filter((p) => p.parent_plan_id === plan.id)
      .sort((a, b) => Number(a.status === 'DRAFT') - Number(b.status === 'DRAFT') || a.id - b.id)[0];
    if (!implementing) return { planId: plan.id, status: ImplementingPlanStatus.NONE, implementingPlanId: null };
    return { planId: plan.id, status: implementing.status === 'DRAFT' ? ImplementingPlanStatus.DRAFTED : ImplementingPlanStatus.ISSUED, implementingPlanId: implementing.id };
  });
}

/** Trainers missing per unit, summed over its pools in force. */
function shortfallsOf(pools: PoolFiguresSql[]): Map<number, number> {
  const missing = new Map<number, number>();
  for (const row of pools) {
    const shortfall = toShortfall({
      poolId: row.pool_id, level: row.level, teamsPerTrainer: row.teams_per_trainer, teams: row.teams, actual: row.actual, trained: row.trained, missingKinds: row.missing,
    });
    missing.set(row.unit_id, (missing.get(row.unit_id) ?? 0) + shortfall.missingTrainers);
  }
  return missing;
}

const percent = (part: number, whole: number): number | null => (whole > 0 ? (100 * part) / whole : null);

export class DashboardService {
  /** A unit's dashboard for a year; another tenant's unit answers "not found". */
  static async ofUnit(ctx: Context, unitId: number, year: number, fromYear: number | null): Promise<UnitDashboard> {
    assertYear(year);
    const from = fromYear ?? year - 4;
    assertYear(from, 'fromYear');
    if (from > year || year - from + 1 > MAX_TREND_YEARS) {
      throw badInput('fromYear', `fromYear must be at most year and at most ${MAX_TREND_YEARS - 1} years before it`, 'YEAR_OUT_OF_RANGE', { min: year - MAX_TREND_YEARS + 1, max: year });
    }
    const units = await unitAndChildren(ctx, unitId, year);
    const own = units[0];
    if (!own || own.id !== unitId || !covers(ctx.scope.read, own.path)) throw notFound('AdministrativeUnit', unitId);
    const children = units.slice(1);
    const years = Array.from({ length: year - from + 1 }, (_, i) => from + i);

    const figures = await figuresOf(ctx, [own, ...children].flatMap((u) => years.map((y) => ({ key: `${u.id}:${y}`, unitId: u.id, year: y }))));
    const countsOf = new Map(figures.map((f) => [f.key, f.counts]));
    const indicators = (id: number): UnitIndicators[] => years.map((y) => unitIndicatorsOf(countsOf.get(`${id}:${y}`)!, id, y));

    const plans = await plansAround(ctx, own.path, own.id, year);
    const childIds = new Set(children.map((c) => c.id));
    const active = plans.filter((p) => !childIds.has(p.unit_id));
    const upperTargets = active.flatMap((p) => p.targets);

    const now = new Date();
    const obligations = (await obligationsUnder(ctx, own.path, year)).map((row) => toReport(ctx, row, now));
    const reportOf = new Map(obligations.map((o) => [o.unitId, o]));

    const compliance = new Map((await complianceByChild(ctx, own.id)).map((row) => [row.child_id, row]));
    const attention = await teamsNeedingAttention(ctx, own.path);
    const untrained = await untrainedMediators(ctx, own.path);

    const shortfalls = shortfallsOf(await poolFiguresOf(ctx, [own.id, ...children.map((c) => c.id)], year));
    const pilots = await pilotsUnder(ctx, own.path);

    // The REPORTED indicators' values for every child, in one statement.
    const targetsOf = (childId: number) => [...upperTargets, ...plans.filter((p) => p.unit_id === childId && p.in_force).flatMap((p) => p.targets)];
    const reportedGroups = children.flatMap((child) => [...new Set(targetsOf(child.id).filter((t) => t.measurement === 'REPORTED').map((t) => t.indicator))]
      .map((code) => ({ key: `${child.id}:${code}`, unitId: child.id, year, indicator: code })));
    const sums = await reportedSumsOf(ctx, reportedGroups);
    const reportedOf = new Map(reportedGroups.map((group, index) => [group.key, sums[index]]));

    const rows: DashboardRow[] = children.map((child) => {
      const plansOfChild = plans.filter((p) => p.unit_id === child.id);
      const ownTargets = plansOfChild.filter((p) => p.in_force).flatMap((p) => p.targets);
      const teams = compliance.get(child.id);
      return {
        unit: toUnit(child),
        pilot: pilots.some((p) => p.path === child.path || p.path.startsWith(`${child.path}.`)),
        plans: planStatuses(active, plansOfChild),
        report: reportOf.get(child.id) ?? null,
        ...targetTally(upperTargets, ownTargets, countsOf.get(`${child.id}:${year}`), (code) => reportedOf.get(`${child.id}:${code}`) ?? null, year),
        teamsNow: teams?.teams ?? 0,
        teamsCompliantNow: teams?.compliant ?? 0,
        compliantShare: percent(teams?.compliant ?? 0, teams?.teams ?? 0),
        trainerShortfall: shortfalls.get(child.id) ?? null,
        figures: indicators(child.id),
      };
    });

    const late = (o: DashboardReport) => o.timeliness === ReportTimeliness.OVERDUE || o.timeliness === ReportTimeliness.LATE;
    return {
      unit: toUnit(own),
      year,
      fromYear: from,
      trend: indicators(own.id),
      report: reportOf.get(own.id) ?? null,
      plans: active.map((p) => ({ id: p.id, number: p.number, title: p.title, unitId: p.unit_id })),
      rows,
      lateReports: obligations.filter((o) => o.unitId !== own.id && late(o)),
      pilotUnits: pilots.map(toUnit),
      trainerShortfall: shortfalls.get(own.id) ?? null,
      teamsNeedingAttention: attention.map((a) => ({ teamId: a.team_id, name: a.name, unitId: a.unit_id, reasons: a.reasons, activeMediators: a.active_mediators })),
      teamsNeedingAttentionCount: attention[0]?.total ?? 0,
      untrainedMediators: untrained.map((m) => ({ mediatorId: m.mediator_id, fullName: m.full_name, teamId: m.team_id, teamName: m.team_name, electedOn: m.elected_on })),
      untrainedMediatorsCount: untrained[0]?.total ?? 0,
    };
  }
}
