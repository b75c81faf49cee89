import { moduleLoaders, type Context } from '../../core/context';
import { groupLoader } from '../../core/tenant-query';
import type { ReportCorrection, ReportEvent } from './report.type';

type CorrectionRow = {
  id: number; report_id: number; field: string; computed: unknown; previous: unknown; value: unknown; reason: string; corrected_by: number | null;
  corrected_by_name: string | null; corrected_at: Date;
};
type EventRow = { id: number; report_id: number; kind: string; at: Date; user_id: number | null; user_name: string | null; reason: string | null; on_time: boolean | null };

const text = (value: unknown): string | null => (value == null ? null : typeof value === 'string' ? value : JSON.stringify(value));

/** Per-request loaders of the reports module: one statement per batch of reports. */
export const reportLoaders = moduleLoaders('reportLoaders', {
  corrections: (ctx) => groupLoader(
    ctx,
    'reports.corrections',
    async (ids: number[]): Promise<CorrectionRow[]> =>
      (await ctx.db()).query('select * from report_correction where report_id = any($1) order by report_id, id', [ids]),
    (row) => row.report_id,
    (row): ReportCorrection => ({
      id: row.id, field: row.field, computed: text(row.computed), previous: text(row.previous), value: text(row.value) ?? '',
      reason: row.reason, correctedById: row.corrected_by, correctedByName: row.corrected_by_name, correctedAt: row.corrected_at,
    }),
  ),

  events: (ctx) => groupLoader(
    ctx,
    'reports.events',
    async (ids: number[]): Promise<EventRow[]> =>
      (await ctx.db()).query('select id, report_id, kind, at, user_id, user_name, reason, on_time from report_event where report_id = any($1) order by report_id, id', [ids]),
    (row) => row.report_id,
    (row): ReportEvent => ({ id: row.id, kind: row.kind, at: row.at, userId: row.user_id, userName: row.user_name, reason: row.reason, onTime: row.on_time }),
  ),
});
