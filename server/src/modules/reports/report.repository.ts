import type { EntityManager } from 'typeorm';
import { audit, type AuditAction } from '../../core/audit';
import type { Context } from '../../core/context';
import { conflict, notFound } from '../../core/errors';
import { ReportEntity } from './report.entity';
import { reportSnapshot } from './report.mappers';

export type ReportEventKind = 'GENERATED' | 'REFRESHED' | 'CORRECTED' | 'SUBMITTED' | 'APPROVED' | 'REOPENED';
export type ReportEventEntry = { kind: ReportEventKind; reason?: string | null; onTime?: boolean | null };

/** Column values of an update: plain values, or SQL expressions (`() => 'now()'`). */
export type ReportChanges = { [K in keyof ReportEntity]?: ReportEntity[K] | (() => string) };

/** A readable report, or NOT_FOUND: another tenant's report is indistinguishable from none. */
export async function readableReport(manager: EntityManager, id: number): Promise<ReportEntity> {
  const report = await manager.findOne(ReportEntity, { where: { id } });
  if (!report) throw notFound('Report', id);
  return report;
}

export async function recordEvent(ctx: Context, manager: EntityManager, reportId: number, entry: ReportEventEntry): Promise<void> {
  // The actor's name is kept with the event: the level above reads the history, not the accounts below it.
  await manager.query(
    `insert into report_event (report_id, kind, user_id, user_name, reason, on_time)
     values ($1, $2, $3, (select u.full_name from app_user u where u.id = $3), $4, $5)`,
    [reportId, entry.kind, ctx.caller?.userId ?? null, entry.reason ?? null, entry.onTime ?? null],
  );
}

/**
 * Optimistic update of a report with its event and audit row, in the request's transaction: the
 * version check is in the UPDATE itself, so two racing approvals cannot both win. The database's
 * report_guard trigger re-checks the transition.
 */
export async function changeReport(
  ctx: Context,
  before: ReportEntity,
  version: number,
  changes: ReportChanges,
  action: AuditAction,
  event: ReportEventEntry,
  parameters: Record<string, unknown> = {},
): Promise<ReportEntity> {
  const manager = await ctx.db();
  if (before.version !== version) throw conflict('Report', before.id);
  const result = await manager
    .createQueryBuilder()
    .update(ReportEntity)
    .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
    .where('id = :id and version = :version', { id: before.id, version })
    .setParameters(parameters)
    .execute();
  if (!result.affected) throw conflict('Report', before.id);
  const after = await readableReport(manager, before.id);
  await recordEvent(ctx, manager, after.id, event);
  await audit(ctx, manager, {
    entity: 'Report', entityId: after.id, action, unitId: after.unitId,
    before: reportSnapshot(before), after: { ...reportSnapshot(after), ...(event.reason ? { reason: event.reason } : {}) },
  });
  return after;
}
