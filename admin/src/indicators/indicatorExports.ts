import type { ExportContext, ExportTable } from '../exports/columns';
import { targetIndicatorName } from './catalogueChoices';
import type { Figures, IndicatorsPageData } from './indicatorQueries';

export const COUNTS = ['teams', 'teamsConsolidated', 'secretaryLedTeams', 'mediators', 'mediatorsWomen', 'mediatorsEthnicMinority', 'mediatorsTrained',
  'newMediators', 'newMediatorsTrained', 'casesReceived', 'casesSettled', 'casesNotSettled', 'casesInProgress'];
export const SHARES = ['settlementRate', 'consolidatedShare', 'secretaryLedShare', 'mediatorsTrainedShare', 'newMediatorsTrainedShare'];
const FIGURES = [...COUNTS, ...SHARES];

const valueOf = (figures: Figures | null | undefined, name: string) => figures?.[name] ?? null;

/**
 * The indicators page as a workbook: the unit's figures (counts and shares), its units below one
 * row each with every figure, and the targets of its plans with their actual values. "No data"
 * stays an empty cell, never 0.
 */
export function indicatorTables(data: IndicatorsPageData, year: number, ctx: ExportContext): ExportTable[] {
  const unit = data.AdministrativeUnit!;
  const figureName = (name: string) => `${ctx.translate(`hoagiai.figure.${name}`)}${SHARES.includes(name) ? ' (%)' : ''}`;
  const kindOf = (name: string) => (SHARES.includes(name) ? 'percent' as const : 'integer' as const);
  const tables: ExportTable[] = [{
    sheet: `${unit.name} ${year}`,
    headers: [ctx.translate('hoagiai.reports.figure'), `${unit.name} (${unit.code}) – ${year}`],
    kinds: ['text', 'number'],
    widths: [52, 18],
    rows: FIGURES.map((name) => [figureName(name), valueOf(unit.indicators, name)]),
  }];
  if (data.allAdministrativeUnits.length) {
    tables.push({
      sheet: ctx.translate('hoagiai.indicators.children'),
      headers: [ctx.translate('hoagiai.indicators.unit'), ctx.translate('hoagiai.indicators.pilot'), ...FIGURES.map(figureName)],
      kinds: ['text', 'text', ...FIGURES.map(kindOf)],
      widths: [32, 10, ...FIGURES.map(() => 14)],
      rows: data.allAdministrativeUnits.map((child) => [
        `${child.name} (${child.code})`, ctx.translate(child.pilot ? 'hoagiai.export.yes' : 'hoagiai.export.no'), ...FIGURES.map((name) => valueOf(child.indicators, name)),
      ]),
    });
  }
  if (data.allTargets.length) {
    tables.push({
      sheet: ctx.translate('hoagiai.indicators.targets').slice(0, 31),
      headers: [ctx.translate('hoagiai.indicators.plan'), ctx.translate('hoagiai.indicators.target'), ctx.translate('hoagiai.indicators.actual'),
        ctx.translate('hoagiai.indicators.verdict')],
      kinds: ['text', 'text', 'number', 'text'],
      widths: [24, 48, 14, 18],
      rows: data.allTargets.map((t) => [
        `${t.plan?.number ?? t.plan?.title ?? ''}${t.task ? ` · ${t.task.code}` : ''}`,
        `${targetIndicatorName(t, ctx.translate, ctx.locale)} ${t.comparator} ${t.value}${t.unit === 'PERCENT' ? '%' : ''}${t.year ? ` (${t.year})` : ''}`,
        t.evaluation.actual,
        ctx.translate(`hoagiai.catalogue.status.${t.evaluation.status}`),
      ]),
    });
  }
  return tables;
}
