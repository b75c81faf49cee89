import DataLoader from 'dataloader';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { moduleLoaders, type Context } from '../../core/context';
import { pageRows, type RowJoin } from '../../core/rows';
import { groupLoader, rowLoader } from '../../core/tenant-query';
import type { AdminUnitEntity, SuccessionKindValue } from './unit.entity';
import type { ColumnShape } from '../../core/graphql/selection';
import { toAdministrativeUnit, type UnitField } from './unit.service';
import { AdministrativeUnit, SuccessionKind, SuccessionLink, UnitName } from './unit.type';

type UnitRow = Record<string, unknown>;

/** Each field of a unit row, as the loaders' statements select it. */
const UNIT_COLUMN: Record<UnitField, string> = {
  id: 'u.id', code: 'u.code', level: 'u.level', type: 'u.type', name: 'u.name', validFrom: 'u.valid_from', validTo: 'u.valid_to', parentId: 'u.parent_id',
};

const UNIT_COLUMNS = Object.values(UNIT_COLUMN).join(', ');

/** A page of a unit's children (AdministrativeUnit.children), and the columns its selection reads. */
type ChildrenPage = { parentId: number; offset: number; limit: number; shape: ColumnShape<UnitField> };

const batchKey = ({ offset, limit, shape }: ChildrenPage) => `${offset}:${limit}:${shape.tag}`;

function unitFromRow(row: UnitRow): AdministrativeUnit {
  return toAdministrativeUnit({
    id: row.id as number,
    code: row.code as string,
    level: row.level as AdminUnitEntity['level'],
    type: row.type as string,
    name: row.name as string,
    validFrom: row.valid_from as string,
    validTo: (row.valid_to as string | null) ?? null,
    parentId: (row.parent_id as number | null) ?? null,
  });
}

/**
 * A unit as one JSON array of the byId statement's columns, in its order (JSON writes dates as pg's
 * text does, YYYY-MM-DD), aliased apart from the list's own table (the units list is `u` too).
 */
const UNIT_JSON_KEYS = Object.values(UNIT_COLUMN).map((column) => column.slice('u.'.length));
const UNIT_JSON = `json_build_array(${UNIT_JSON_KEYS.map((column) => `joined_unit.${column}`).join(', ')})`;

const joinedAs = (property: string) => `__unit_${property}`;

/**
 * A page of a list whose selection reads the units of some of its columns (`unit { name }`): each
 * row carries its units, read in the page's own statement, and the units are handed to the
 * request's byId loader. PERF: the console's lists and the bench's W2 took a statement more for
 * their units (issue 11). Units are public reference data: reading one per row changes no rule.
 */
export async function pageWithUnits<T extends ObjectLiteral, K extends keyof T & string>(
  ctx: Context, resource: string, filter: unknown, qb: SelectQueryBuilder<T>, properties: readonly K[], units: readonly string[] = [],
): Promise<Pick<T, K>[]> {
  const joins = units.map((property): RowJoin => ({ property, as: joinedAs(property), select: (column) => `select ${UNIT_JSON} from admin_unit joined_unit where joined_unit.id = ${column}` }));
  const rows = await pageRows(ctx, resource, filter, qb, properties, joins);
  if (units.length) {
    const byId = unitLoaders(ctx).byId;
    for (const row of rows as Record<string, unknown>[]) {
      for (const property of units) {
        const values = row[joinedAs(property)] as unknown[] | null;
        if (!values) continue;
        const unit = unitFromRow(Object.fromEntries(UNIT_JSON_KEYS.map((key, i) => [key, values[i]])));
        byId.prime(Number(unit.id), unit);
      }
    }
  }
  return rows;
}

export type Succession = { links: SuccessionLink[]; unmapped: boolean };

/** One factory per module: each loader batches one kind of lookup into one statement per request. */
export const unitLoaders = moduleLoaders('unitLoaders', {
  byId: (ctx) => rowLoader(
    ctx,
    'unit.byId',
    (ids: number[]) => ctx.tx.prepared<UnitRow>('unit.byId', `select ${UNIT_COLUMNS} from admin_unit u where u.id = any($1)`, [ids]),
    (row) => row.id as number,
    unitFromRow,
  ),

  /**
   * Children pages, of the columns their selection reads; one windowed statement per distinct page
   * and column set (a document asks one or two).
   */
  children: (ctx) => ctx.loaders.get('unit.children', () =>
    new DataLoader<ChildrenPage, AdministrativeUnit[], string>(async (pages) => {
      const batches = new Map<string, { page: ChildrenPage; parentIds: number[] }>();
      for (const page of pages) {
        const key = batchKey(page);
        const batch = batches.get(key);
        if (batch) batch.parentIds.push(page.parentId);
        else batches.set(key, { page, parentIds: [page.parentId] });
      }
      const result = new Map<string, AdministrativeUnit[]>();
      for (const [key, { page: { offset, limit, shape }, parentIds }] of batches) {
        const columns = shape.properties.filter((property) => property !== 'parentId').map((property) => UNIT_COLUMN[property]).join(', ');
        const rows = await ctx.tx.prepared<UnitRow>(`unit.children.${shape.tag}`,
          `select * from (
             select ${columns}, u.parent_id, row_number() over (partition by u.parent_id order by u.code, u.id) as position
               from admin_unit u where u.parent_id = any($1)) ranked
           where position > $2 and position <= $2 + $3 order by parent_id, position`,
          [parentIds, offset, limit],
        );
        for (const parentId of parentIds) result.set(`${parentId}:${key}`, []);
        for (const row of rows) result.get(`${row.parent_id as number}:${key}`)!.push(unitFromRow(row));
      }
      return pages.map((page) => result.get(`${page.parentId}:${batchKey(page)}`) ?? []);
    }, { cacheKeyFn: (page) => `${page.parentId}:${batchKey(page)}` }),
  ),

  successors: (ctx) => ctx.loaders.get('unit.successors', () => successionLoader(ctx, 'predecessor_id', 'successor_id')),
  predecessors: (ctx) => ctx.loaders.get('unit.predecessors', () => successionLoader(ctx, 'successor_id', 'predecessor_id')),

  names: (ctx) => groupLoader(
    ctx,
    'unit.names',
    (ids: number[]) => ctx.tx.prepared<{ unit_id: number; name: string; type: string; valid_from: string }>('unit.names',
      'select unit_id, name, type, valid_from from admin_unit_name where unit_id = any($1) order by unit_id, valid_from', [ids]),
    (row) => row.unit_id,
    (row): UnitName => ({ name: row.name, type: row.type, validFrom: row.valid_from }),
  ),
});

function successionLoader(ctx: Context, from: 'predecessor_id' | 'successor_id', to: 'predecessor_id' | 'successor_id') {
  return new DataLoader<number, Succession>(async (ids) => {
    const rows = await ctx.tx.prepared<UnitRow & { from_id: number; kind: SuccessionKindValue; source: string; linked_id: number | null }>(
      `unit.${from === 'predecessor_id' ? 'successors' : 'predecessors'}`,
      `select s.${from} as from_id, s.kind, s.source, s.${to} as linked_id, ${UNIT_COLUMNS}
         from unit_succession s left join admin_unit u on u.id = s.${to}
        where s.${from} = any($1) order by s.${from}, u.code`,
      [ids],
    );
    const result = new Map<number, Succession>(ids.map((id) => [id, { links: [], unmapped: false }]));
    for (const row of rows) {
      const entry = result.get(row.from_id)!;
      if (row.kind === 'UNMAPPED') entry.unmapped = true;
      else entry.links.push({ unit: unitFromRow(row), kind: row.kind as SuccessionKind, source: row.source });
    }
    return ids.map((id) => result.get(id)!);
  });
}
