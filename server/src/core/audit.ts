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
 * Describes a change in the service's own words. Every change of a tenant row is already audited
 * by a trigger (app_private.audit_row: who, unit, action, before, after as columns); this takes over
 * the trigger's row for the same entity and id in this transaction, with the service's action and
 * snapshots (a TRANSITION, a CASCADE, a training event with its attendees ...), so one change stays
 * one row. An event without a row change of its own is written as a new row, inside the caller's
 * write or admin scope. Either way it commits or rolls back with the change.
 */
export async function audit(_ctx: Context, manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query('select app.audit_event($1, $2, $3, $4, $5, $6)', [
    entry.entity,
    String(entry.entityId),
    entry.action,
    entry.unitId,
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
  ]);
}
