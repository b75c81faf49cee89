/** Choices of the catalogue's enums, labelled by translation keys (translateChoice is on by default). */
export const TARGET_UNITS = ['PERCENT', 'COUNT', 'MILLION_VND'] as const;
export const MEASUREMENTS = ['COMPUTED', 'REPORTED'] as const;
export const MEASURES = [
  'TEAMS_CONSOLIDATED_SHARE', 'SETTLEMENT_RATE', 'SECRETARY_LED_SHARE', 'MEDIATORS_TRAINED_SHARE', 'NEW_MEDIATORS_TRAINED_SHARE',
  'TRAINERS_PER_TEAMS', 'TRAINERS_TRAINED_SHARE',
] as const;
/** The unit each built-in measure yields (the server refuses another). */
export const MEASURE_UNIT: Record<(typeof MEASURES)[number], (typeof TARGET_UNITS)[number]> = {
  TEAMS_CONSOLIDATED_SHARE: 'PERCENT', SETTLEMENT_RATE: 'PERCENT', SECRETARY_LED_SHARE: 'PERCENT', MEDIATORS_TRAINED_SHARE: 'PERCENT',
  NEW_MEDIATORS_TRAINED_SHARE: 'PERCENT', TRAINERS_PER_TEAMS: 'COUNT', TRAINERS_TRAINED_SHARE: 'PERCENT',
};

const choices = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `hoagiai.catalogue.${prefix}.${id}` }));
export const targetUnitChoices = choices(TARGET_UNITS, 'targetUnit');
export const measurementChoices = choices(MEASUREMENTS, 'measurement');
export const measureChoices = choices(MEASURES, 'measure');

export type CatalogueIndicator = {
  id: string; code: string; name: string; nameEn: string; unit: string; description: string; measurement: string; measure: string | null;
  builtin: boolean; unitId: string | null; version: number; ownerUnit?: { id: string; code: string; name: string; level: string } | null;
};

/** The indicator's name in the console's language. */
export const indicatorName = (indicator: Pick<CatalogueIndicator, 'name' | 'nameEn'>, locale: string) => (locale === 'en' ? indicator.nameEn : indicator.name);

/**
 * A target's indicator by name: the catalogue row the server gives (`Target.indicatorDetails`, so a
 * province's own indicator has its own name), else the built-in translation, else the code.
 */
export const targetIndicatorName = (
  target: { indicator: string; indicatorDetails?: { name: string; nameEn: string } | null },
  translate: (key: string, options?: Record<string, unknown>) => string, locale: string,
) => (target.indicatorDetails ? indicatorName(target.indicatorDetails, locale) : translate(`hoagiai.indicator.${target.indicator}`, { _: target.indicator }));
