import { targetIndicatorName } from '../../indicators/catalogueChoices';
import type { EditorTarget } from './usePlanEditor';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "Settlement rate ≥ 85%, 2023–2024": a target as one line. */
export const targetText = (target: EditorTarget, translate: Translate, locale: string) => {
  const unit = target.unit === 'PERCENT' ? '%' : target.perQuantity ? ` / ${target.perQuantity}` : '';
  const when = target.applies === 'EVERY_YEAR' ? translate('hoagiai.plans.everyYear')
    : target.applies === 'BY_YEAR' ? translate('hoagiai.plans.byYear', { year: target.year })
      : translate('hoagiai.planEditor.fromTo', { from: target.fromYear, to: target.toYear });
  return `${targetIndicatorName(target, translate, locale)} ${translate(`hoagiai.comparator.${target.comparator}`)} ${target.value}${unit}, ${when}`;
};
