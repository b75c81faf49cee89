import type { EntityManager } from 'typeorm';
import type { Context } from './context';

export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE' | 'CORRECT' | 'CASCADE' | 'TRANSITION';

export type AuditEntry = {
  entity: string;
  entityId: string | number;
  action: AuditAction;
  unitId: number | null;
  before?: unknown;
  after?: unknown;
};

/**
 * Writes one audit row in the request's transaction, so the change and its record commit or roll
 * back together. The row's path comes from the unit, as for every tenant row.
 */
export async function audit(ctx: Context, manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query(
    `insert into audit_log (user_id, unit_id, unit_path, province_code, entity, entity_id, action, before, after)
     select $1, $2, coalesce(u.path, ''), u.province_code, $3, $4, $5, $6, $7
       from (select 1) one left join admin_unit u on u.id = $2`,
    [
      ctx.caller?.userId ?? null,
      entry.unitId,
      entry.entity,
      String(entry.entityId),
      entry.action,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
    ],
  );
}
