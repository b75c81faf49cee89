import DataLoader from 'dataloader';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from './context';
import { assertWritable } from './crud';
import { badInput, notFound } from './errors';
import { parseId } from './graphql/list';
import type { AdminUnitEntity, UnitLevelValue } from '../modules/units/unit.entity';
import { UnitService } from '../modules/units/unit.service';

/**
 * A `unitId` filter means the unit and everything below it: the rows whose path lies under the
 * unit's path. Row-level security still decides which of those the caller sees.
 */
export function underUnit<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, unitId: string): SelectQueryBuilder<T> {
  return qb.andWhere(`${qb.alias}.unit_path <@ (select u.path from admin_unit u where u.id = :underUnitId)`, {
    underUnitId: parseId('filter.unitId', unitId),
  });
}

/** Dates of one calendar year, as a range the column's index can use. */
export function inYear<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, year: number): SelectQueryBuilder<T> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('filter.year', 'year must be between 2000 and 2100', 'YEAR_OUT_OF_RANGE', { min: 2000, max: 2100 });
  return qb.andWhere(`${column} >= make_date(:inYear, 1, 1) and ${column} < make_date(:inYear + 1, 1, 1)`, { inYear: year });
}

/** The unit a new row goes under: it must exist for the caller, be of an allowed level, and be writable. */
export async function writableUnit(ctx: Context, unitId: string, levels: UnitLevelValue[], levelMessage: string): Promise<AdminUnitEntity> {
  const unit = await UnitService.entity(await ctx.db(), parseId('unitId', unitId));
  if (!unit) throw notFound('AdministrativeUnit', unitId);
  if (!levels.includes(unit.level)) throw badInput('unitId', levelMessage, 'UNIT_LEVEL_NOT_ALLOWED', { levels });
  assertWritable(ctx, unit.path);
  return unit;
}

/** Rejects a write to a row the caller reads but may not change (an ancestor's, or any row for an analyst). */
export const assertRowWritable = (ctx: Context, row: { unitPath: string }) => assertWritable(ctx, row.unitPath);

/**
 * Per-request loader of rows grouped under a key, answered in key order: one statement per batch.
 * `map` turns a fetched row into what callers get (the key is read from the fetched row).
 */
export function groupLoader<K, R, T = R>(
  ctx: Context,
  name: string,
  fetch: (keys: K[]) => Promise<R[]>,
  keyOf: (row: R) => K,
  map: (row: R) => T = (row) => row as unknown as T,
): DataLoader<K, T[]> {
  return ctx.loaders.get(name, () =>
    new DataLoader<K, T[]>(async (keys) => {
      const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
      for (const row of await fetch([...keys])) groups.get(keyOf(row))?.push(map(row));
      return keys.map((key) => groups.get(key) ?? []);
    }),
  );
}

/** Per-request loader of one row per key (null when the caller cannot see it). */
export function rowLoader<K, R, T = R>(
  ctx: Context,
  name: string,
  fetch: (keys: K[]) => Promise<R[]>,
  keyOf: (row: R) => K,
  map: (row: R) => T = (row) => row as unknown as T,
): DataLoader<K, T | null> {
  return ctx.loaders.get(name, () =>
    new DataLoader<K, T | null>(async (keys) => {
      const rows = new Map<K, T>((await fetch([...keys])).map((row) => [keyOf(row), map(row)]));
      return keys.map((key) => rows.get(key) ?? null);
    }),
  );
}

/** Trims and collapses spaces; a blank value is refused naming the field. */
export function cleanText(field: string, value: string): string {
  const clean = value.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!clean) throw badInput(field, `${field} must not be blank`, 'TEXT_BLANK');
  return clean;
}

/** Optional free text: blank becomes null. */
export const optionalText = (value: string | null | undefined): string | null | undefined =>
  value === undefined ? undefined : value === null ? null : value.normalize('NFC').trim() || null;
