import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { audit } from './audit';
import type { Context } from './context';
import { conflict, forbidden, notFound } from './errors';
import { covers } from './tenancy/scope';

/** What every tenant-owned, versioned entity has. */
export type TenantRow = ObjectLiteral & { id: number; version: number; unitId: number | null; unitPath: string };

type Resource<T extends TenantRow> = {
  /** The resource's GraphQL name, used in messages and the audit log. */
  name: string;
  entity: EntityTarget<T>;
  /** What the audit log keeps of a row (never internal columns). */
  snapshot: (row: T) => Record<string, unknown>;
  /** Which scope writes it: tenant data follows the write scope, accounts the admin scope. */
  writtenBy?: 'write' | 'admin';
};

/** A row the caller can read, or NOT_FOUND: another tenant's row is indistinguishable from none. */
export async function findReadable<T extends TenantRow>(manager: EntityManager, resource: Resource<T>, id: number): Promise<T> {
  const row = await manager.findOne(resource.entity, { where: { id } as never });
  if (!row) throw notFound(resource.name, id);
  return row;
}

/** Readable but outside the write scope (an ancestor's row, or an analyst): FORBIDDEN. */
export function assertWritable(ctx: Context, unitPath: string, writtenBy: 'write' | 'admin' = 'write'): void {
  if (!covers(ctx.scope[writtenBy], unitPath)) throw forbidden(undefined, writtenBy === 'admin' ? 'OUTSIDE_ADMIN_SCOPE' : 'OUTSIDE_WRITE_SCOPE');
}

export async function createAudited<T extends TenantRow>(ctx: Context, resource: Resource<T>, values: Partial<T>): Promise<T> {
  const manager = await ctx.db();
  const inserted = await manager.insert(resource.entity, values as never);
  const id = (inserted.identifiers[0] as { id: number }).id;
  const row = await findReadable(manager, resource, id);
  await audit(ctx, manager, { entity: resource.name, entityId: id, action: 'CREATE', unitId: row.unitId, after: resource.snapshot(row) });
  return row;
}

/**
 * Optimistic update: the client sends the version it read; a stale version answers CONFLICT and
 * writes nothing. The version check is in the UPDATE itself, so two racing writers cannot both win.
 */
export async function updateAudited<T extends TenantRow>(
  ctx: Context,
  resource: Resource<T>,
  id: number,
  version: number,
  changes: Partial<T>,
): Promise<T> {
  const manager = await ctx.db();
  const before = await findReadable(manager, resource, id);
  assertWritable(ctx, before.unitPath, resource.writtenBy);
  if (before.version !== version) throw conflict(resource.name, id);
  const result = await manager
    .createQueryBuilder()
    .update(resource.entity)
    .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
    .where('id = :id and version = :version', { id, version })
    .execute();
  if (!result.affected) throw conflict(resource.name, id);
  const after = await findReadable(manager, resource, id);
  await audit(ctx, manager, {
    entity: resource.name, entityId: id, action: 'UPDATE', unitId: after.unitId,
    before: resource.snapshot(before), after: resource.snapshot(after),
  });
  return after;
}

/**
 * Delete with the version the client read, checked in the DELETE itself: a stale version answers
 * CONFLICT and deletes nothing, even against a concurrent writer.
 */
export async function deleteAudited<T extends TenantRow>(ctx: Context, resource: Resource<T>, id: number, version: number): Promise<T> {
  const manager = await ctx.db();
  const before = await findReadable(manager, resource, id);
  assertWritable(ctx, before.unitPath, resource.writtenBy);
  const result = await manager
    .createQueryBuilder()
    .delete()
    .from(resource.entity)
    .where('id = :id and version = :version', { id, version })
    .execute();
  if (!result.affected) throw conflict(resource.name, id);
  await audit(ctx, manager, { entity: resource.name, entityId: id, action: 'DELETE', unitId: before.unitId, before: resource.snapshot(before) });
  return before;
}
