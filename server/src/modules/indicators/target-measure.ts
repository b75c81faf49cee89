import { toThousandths } from '../plans/decimal.scalar';
import { TargetApplies, TargetComparator } from '../plans/plan.enums';
import { IndicatorMeasure } from './indicator.enums';
import type { ShareCounts, TrainerCounts } from './indicator.repository';

/**
 * How each built-in measure of the catalogue is computed from the figures, and how a REPORTED
 * indicator's sums are read: actual = scale × numerator / denominator. The comparison with the
 * target is done on integers (cross-multiplied, in thousandths), so "= 100%" and "> 95%" are
 * decided exactly, never by a rounded float.
 */
export type Measure = { numerator: number; denominator: number; scale: number };

type RecordedCount = 'teamsConsolidated' | 'casesReceived' | 'casesSettled' | 'casesNotSettled' | 'casesInProgress';

/** Counts or a unit's indicators, whose review and case counts are null in a year without any review or case record. */
type Counts = Omit<ShareCounts, RecordedCount | 'caseRecords'> & { [K in RecordedCount]: number | null } & Partial<TrainerCounts>;

export function measureOf(measure: IndicatorMeasure | string | null, counts: Counts, perQuantity: number | null): Measure | null {
  switch (measure) {
    case IndicatorMeasure.TEAMS_CONSOLIDATED_SHARE:
      // A year whose reviews were not recorded (none for any team) has no consolidated share: not 0 %.
      if (counts.teamsWithReview === 0 || counts.teamsConsolidated == null) return null;
      return { numerator: counts.teamsConsolidated, denominator: counts.teams, scale: 100 };
    case IndicatorMeasure.SETTLEMENT_RATE:
      // A year whose cases were not recorded (no case book row, no paper count) has no rate.
      if (counts.casesSettled == null || counts.casesNotSettled == null) return null;
      return { numerator: counts.casesSettled, denominator: counts.casesSettled + counts.casesNotSettled, scale: 100 };
    case IndicatorMeasure.SECRETARY_LED_SHARE:
      return { numerator: counts.secretaryLedTeams, denominator: counts.teams, scale: 100 };
    case IndicatorMeasure.MEDIATORS_TRAINED_SHARE:
      return { numerator: counts.mediatorsTrained, denominator: counts.mediators, scale: 100 };
    case IndicatorMeasure.NEW_MEDIATORS_TRAINED_SHARE:
      return { numerator: counts.newMediatorsTrained, denominator: counts.newMediators, scale: 100 };
    case IndicatorMeasure.TRAINERS_PER_TEAMS:
      // "≥ 1 trainer per 80 teams": the unit's own pool, per perQuantity teams = trainers × perQuantity / teams.
      if (counts.trainers == null) return null;
      return { numerator: counts.trainers * (perQuantity ?? 1), denominator: counts.teams, scale: 1 };
    case IndicatorMeasure.TRAINERS_TRAINED_SHARE:
      // "100% of trainers trained": every pool of the subtree (a province counts its districts' pools too).
      if (counts.trainersBelow == null || counts.trainersBelowTrained == null) return null;
      return { numerator: counts.trainersBelowTrained, denominator: counts.trainersBelow, scale: 100 };
    default:
      return null;
  }
}

/** The sums of a REPORTED indicator's values over a subtree; entries = how many reports hold a value. */
export type ReportedSums = { entries: number; numerator: number; denominator: number | null };

/**
 * A REPORTED indicator's measure: a percent is the summed numerators over the summed denominators;
 * a count or an amount is the sum itself. No entry at all is no measure (NO_DATA), never zero.
 */
export function reportedMeasure(unit: string, sums: ReportedSums | null): Measure | null {
  if (!sums || sums.entries === 0) return null;
  if (unit === 'PERCENT') return { numerator: sums.numerator, denominator: sums.denominator ?? 0, scale: 100 };
  return { numerator: sums.numerator, denominator: 1, scale: 1 };
}

export const actualOf = (measure: Measure | null): number | null =>
  measure && measure.denominator > 0 ? (measure.scale * measure.numerator) / measure.denominator : null;

/** A number of at most 3 decimals (counts, or summed numeric(14,3) values) in thousandths. */
const numberThousandths = (value: number): bigint => BigInt(Math.round(value * 1000));

/** Whether the measure meets "comparator value"; null when nothing was measured (no denominator). */
export function meets(measure: Measure | null, comparator: TargetComparator | string, value: string): boolean | null {
  if (!measure || measure.denominator <= 0) return null;
  const left = BigInt(measure.scale) * numberThousandths(measure.numerator) * 1000n;
  const right = toThousandths(value) * numberThousandths(measure.denominator);
  switch (comparator) {
    case TargetComparator.GT:
      return left > right;
    case TargetComparator.GTE:
      return left >= right;
    case TargetComparator.EQ:
      return left === right;
    case TargetComparator.LTE:
      return left <= right;
    default:
      return null;
  }
}

/** Whether a target is due in a year: every year; from its BY_YEAR deadline on; within its FROM_TO years only. */
export function isDue(target: { applies: string; year: number | null; fromYear: number | null; toYear: number | null }, year: number): boolean {
  if (target.applies === TargetApplies.EVERY_YEAR) return true;
  if (target.applies === TargetApplies.FROM_TO) return target.fromYear != null && target.toYear != null && year >= target.fromYear && year <= target.toYear;
  return target.year != null && year >= target.year;
}
