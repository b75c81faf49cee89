import { TargetComparator, TargetIndicator } from '../plans/plan.enums';
import type { FigureCounts } from './indicator.repository';

/**
 * How each indicator of the plans' catalogue is measured from the figures: actual = scale ×
 * numerator / denominator. The comparison with the target is done on integers (cross-multiplied),
 * so "= 100%" and "> 95%" are decided exactly, never by a rounded float.
 */
export type Measure = { numerator: number; denominator: number; scale: number };

type Counts = Omit<FigureCounts, 'trainers' | 'trainersTrained'> & Partial<Pick<FigureCounts, 'trainers' | 'trainersTrained'>>;

export function measureOf(indicator: TargetIndicator, counts: Counts, perQuantity: number | null): Measure | null {
  switch (indicator) {
    case TargetIndicator.TEAMS_CONSOLIDATED_SHARE:
      return { numerator: counts.teamsConsolidated, denominator: counts.teams, scale: 100 };
    case TargetIndicator.SETTLEMENT_RATE:
      return { numerator: counts.casesSettled, denominator: counts.casesSettled + counts.casesNotSettled, scale: 100 };
    case TargetIndicator.SECRETARY_LED_SHARE:
      return { numerator: counts.secretaryLedTeams, denominator: counts.teams, scale: 100 };
    case TargetIndicator.MEDIATORS_TRAINED_SHARE:
      return { numerator: counts.mediatorsTrained, denominator: counts.mediators, scale: 100 };
    case TargetIndicator.NEW_MEDIATORS_TRAINED_SHARE:
      return { numerator: counts.newMediatorsTrained, denominator: counts.newMediators, scale: 100 };
    case TargetIndicator.TRAINERS_PER_TEAMS:
      // "≥ 1 trainer per 80 teams": trainers per perQuantity teams = trainers × perQuantity / teams.
      if (counts.trainers == null) return null;
      return { numerator: counts.trainers * (perQuantity ?? 1), denominator: counts.teams, scale: 1 };
    case TargetIndicator.TRAINERS_TRAINED_SHARE:
      if (counts.trainers == null || counts.trainersTrained == null) return null;
      return { numerator: counts.trainersTrained, denominator: counts.trainers, scale: 100 };
    case TargetIndicator.TEAMS_LEGAL_SUPPORT_SHARE:
      // The platform records no legal-professional support of teams yet: no actual value.
      return null;
  }
}

export const actualOf = (measure: Measure | null): number | null =>
  measure && measure.denominator > 0 ? (measure.scale * measure.numerator) / measure.denominator : null;

/** A decimal string ("95", "85.5", "95.000") in thousandths, exactly. */
function thousandths(value: string): bigint {
  const [whole, fraction = ''] = value.trim().split('.');
  const negative = whole.startsWith('-');
  const digits = BigInt(whole.replace('-', '') || '0') * 1000n + BigInt((fraction + '000').slice(0, 3));
  return negative ? -digits : digits;
}

/** Whether the measure meets "comparator value"; null when nothing was measured (no denominator). */
export function meets(measure: Measure | null, comparator: TargetComparator, value: string): boolean | null {
  if (!measure || measure.denominator <= 0) return null;
  const left = BigInt(measure.scale) * BigInt(measure.numerator) * 1000n;
  const right = thousandths(value) * BigInt(measure.denominator);
  switch (comparator) {
    case TargetComparator.GT:
      return left > right;
    case TargetComparator.GTE:
      return left >= right;
    case TargetComparator.EQ:
      return left === right;
    case TargetComparator.LTE:
      return left <= right;
  }
}
