import { field, label, unitName, type ExportColumn, type ExportContext, type ExportTable } from '../exports/columns';
import type { Report, ReportObligation } from './types';
import { REPORT_FIGURES, SHARES } from './types';

/** The obligations of a year, one row per unit: due date, status (or "not generated"), timeliness. */
export const obligationExport: ExportColumn<ReportObligation>[] = [
  { header: field('Report', 'unitId'), value: (o) => unitName(o.unit), width: 36 },
  { header: field('Report', 'level'), value: (o, ctx) => label('level')(o.unit?.level, ctx), width: 12 },
  { header: field('Report', 'year'), value: (o) => o.year, kind: 'year', width: 8 },
  { header: field('Report', 'dueDate'), value: (o) => o.dueDate, kind: 'day' },
  { header: field('Report', 'status'), value: (o, ctx) => (o.status ? label('reportStatus')(o.status, ctx) : ctx.translate('hoagiai.reports.obligations.notGenerated')), width: 14 },
  { header: field('Report', 'timeliness'), value: (o, ctx) => label('timeliness')(o.timeliness, ctx), width: 14 },
  { header: field('Report', 'daysLate'), value: (o) => o.daysLate, kind: 'integer', width: 10 },
  { header: field('Report', 'submittedAt'), value: (o) => o.submittedAt?.slice(0, 10), kind: 'day' },
];

type Line = { label: string; value: number | string | null; kind: 'integer' | 'percent' | 'text' };

/**
 * A yearly report as a spreadsheet: the figures (as reported, and as computed where corrected),
 * the shares, and the progress of each task, each in its own sheet, as a report would print.
 */
export function reportTables(report: Report, ctx: ExportContext): ExportTable[] {
  const figures = report.figures;
  const lines: Line[] = [
    ...REPORT_FIGURES.map((name): Line => ({ label: ctx.translate(`hoagiai.figure.${name}`), value: figures?.[name] ?? null, kind: 'integer' })),
    ...SHARES.map((name): Line => ({ label: ctx.translate(`hoagiai.figure.${name}`), value: figures?.[name] ?? null, kind: 'percent' })),
  ];
  const corrected = new Set(figures?.corrected ?? []);
  const title = `${unitName(report.unit)} – ${report.year}`;
  return [
    {
      sheet: ctx.translate('hoagiai.reports.figures'),
      headers: [title, ctx.translate('hoagiai.reports.value'), ctx.translate('hoagiai.reports.computed')],
      kinds: ['text', 'number', 'number'],
      widths: [52, 14, 18],
      rows: lines.map((line, i) => {
        const name = i < REPORT_FIGURES.length ? REPORT_FIGURES[i] : null;
        const computed = name && corrected.has(name) ? report.computedFigures?.[name] ?? null : null;
        return [line.label, line.value, computed];
      }),
    },
    {
      sheet: ctx.translate('hoagiai.reports.progress').slice(0, 31),
      headers: [ctx.translate('hoagiai.reports.task'), ctx.translate('hoagiai.reports.progress')],
      kinds: ['text', 'text'],
      widths: [48, 90],
      rows: (report.taskProgress ?? []).map((task) => [`${task.code}. ${task.title}`, task.text]),
    },
    ...(report.indicatorValues?.length ? [{
      // REPORTED indicators: the unit's own value and the total below it ("no data" where nothing was entered).
      sheet: ctx.translate('hoagiai.catalogue.reported').slice(0, 31),
      headers: [ctx.translate('resources.Indicator.name', { smart_count: 1 }), ctx.translate('hoagiai.catalogue.numerator'),
        ctx.translate('hoagiai.catalogue.denominator'), ctx.translate('hoagiai.catalogue.total')],
      kinds: ['text', 'text', 'text', 'text'] as ExportTable['kinds'],
      widths: [60, 14, 14, 24],
      rows: report.indicatorValues.map((v) => [
        `${ctx.locale === 'en' ? v.nameEn : v.name} (${v.indicator})`, v.numerator ?? '', v.denominator ?? '',
        v.actual == null ? ctx.translate('hoagiai.catalogue.noData') : `${v.totalNumerator}${v.totalDenominator != null ? `/${v.totalDenominator}` : ''}`,
      ]),
    }] : []),
  ];
}
