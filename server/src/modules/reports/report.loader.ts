import DataLoader from 'dataloader';
import type { Context } from '../../core/context';
import type { ReportCorrection, ReportEvent } from './report.type';

type CorrectionRow = { id: number; report_id: number; field: string; computed: unknown; previous: unknown; value: unknown; reason: string; corrected_by: number | null; corrected_at: Date };
type EventRow = { id: number; report_id: number; kind: string; at: Date; user_id: number | null; reason: string | null; on_time: boolean | null };

const text = (value: unknown): string | null => (value == null ? null : typeof value === 'string' ? value : JSON.stringify(value));

/** Groups rows by report id, in key order. */
function byReport<R extends { report_id: number }, T>(ids: readonly number[], rows: R[], map: (row: R) => T): T[][] {
  const groups = new Map<number, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(row.report_id)?.push(map(row));
  return ids.map((id) => groups.get(id) ?? []);
}

/** Per-request loaders of the reports module: one statement per batch of reports. */
export const reportLoaders = (ctx: Context) => ({
  corrections: ctx.loaders.get('reports.corrections', () =>
    new DataLoader<number, ReportCorrection[]>(async (ids) => {
      const rows: CorrectionRow[] = await (await ctx.db()).query(
        'select * from report_correction where report_id = any($1) order by report_id, id', [ids]);
      return byReport(ids, rows, (row) => ({
        id: row.id, field: row.field, computed: text(row.computed), previous: text(row.previous), value: text(row.value) ?? '',
        reason: row.reason, correctedById: row.corrected_by, correctedAt: row.corrected_at,
      }));
    }),
  ),

  events: ctx.loaders.get('reports.events', () =>
    new DataLoader<number, ReportEvent[]>(async (ids) => {
      const rows: EventRow[] = await (await ctx.db()).query(
        'select id, report_id, kind, at, user_id, reason, on_time from report_event where report_id = any($1) order by report_id, id', [ids]);
      return byReport(ids, rows, (row) => ({ id: row.id, kind: row.kind, at: row.at, userId: row.user_id, reason: row.reason, onTime: row.on_time }));
    }),
  ),
});
