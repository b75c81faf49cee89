import DataLoader from 'dataloader';
import { getArgumentValues, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { moduleLoaders, type Context } from '../../core/context';
import { pageRows, type RowJoin } from '../../core/rows';
import { groupLoader, rowLoader } from '../../core/tenant-query';
import { MAX_PER_PAGE } from '../../core/graphql/list';
import { perRequestField } from '../../core/graphql/per-field';
import { columnsOf, subfieldAskedOnce, type ColumnShape } from '../../core/graphql/selection';
import type { SuccessionKindValue } from './unit.entity';
import { toAdministrativeUnit, UNIT_FIELDS, UNIT_READS, type UnitField, type UnitRow } from './unit.service';
import { AdministrativeUnit, SuccessionKind, SuccessionLink, UnitName } from './unit.type';

/** Each field of a unit row, as the loaders' statements select it (aliased to the field: rows are UnitRows). */
const UNIT_COLUMN: Record<UnitField, string> = {
  id: 'u.id', code: 'u.code', level: 'u.level', type: 'u.type', name: 'u.name', validFrom: 'u.valid_from', validTo: 'u.valid_to', parentId: 'u.parent_id',
};

const selected = (field: UnitField) => `${UNIT_COLUMN[field]} as "${field}"`;

const UNIT_COLUMNS = UNIT_FIELDS.map(selected).join(', ');

/** A page of children (AdministrativeUnit.children), and the columns its selection reads. */
export type ChildrenAsked = { offset: number; limit: number; shape: ColumnShape<UnitField> };

/** A page of a unit's children. */
type ChildrenPage = ChildrenAsked & { parentId: number };

const batchKey = ({ offset, limit, shape }: ChildrenAsked) => `${offset}:${limit}:${shape.tag}`;

const pageKey = (parentId: number, asked: ChildrenAsked) => `${parentId}:${batchKey(asked)}`;

/** The columns a page of children reads besides its parent's id (the key its units are grouped by). */
const childFields = (shape: ColumnShape<UnitField>) => shape.properties.filter((property) => property !== 'parentId');

/**
 * A unit as the text of one JSON array of its fields, its id first and then UNIT_FIELDS' order
 * (JSON writes dates as pg's text does, YYYY-MM-DD; an array costs the database less than an
 * object), aliased apart from the list's own table (the units list is `u` too). As text, pg hands
 * it over unparsed: the id is read from its start, and the array is parsed only for a unit the
 * request has not read yet (a page of 50 hamlets has a few communes).
 */
const UNIT_JSON = `json_build_array(joined_unit.id, ${UNIT_FIELDS.map((field) => `joined_unit.${UNIT_COLUMN[field].slice('u.'.length)}`).join(', ')})::text`;

/** The id at the start of UNIT_JSON's text: `[123, ...` (read digit by digit: no string is made per row). */
function idOfUnitJson(text: string): number {
  let id = 0;
  for (let i = 1, digit = text.charCodeAt(1) - 48; digit >= 0 && digit <= 9; i += 1, digit = text.charCodeAt(i) - 48) id = id * 10 + digit;
  return id;
}

function unitFromJson(text: string): AdministrativeUnit {
  const values = JSON.parse(text) as unknown[];
  const row = {} as Record<UnitField, unknown>;
  UNIT_FIELDS.forEach((field, i) => { row[field] = values[i + 1]; });
  return toAdministrativeUnit(row as UnitRow);
}

const joinedAs = (property: string) => `__unit_${property}`;

/**
 * A page of a list whose selection reads the units of some of its columns (`unit { name }`): each
 * row carries its units, read in the page's own statement, and the units are handed to the
 * request's byId loader. PERF: the console's lists and the bench's W2 took a statement more for
 * their units (issue 11). Units are public reference data: reading one per row changes no rule.
 */
export async function pageWithUnits<T extends ObjectLiteral, K extends keyof T & string>(
  ctx: Context, resource: string, filter: unknown, qb: SelectQueryBuilder<T>, properties: readonly K[], units: readonly string[] = [],
  otherJoins: readonly RowJoin[] = [],
): Promise<Pick<T, K>[]> {
  const joins = units.map((property): RowJoin => ({ property, as: joinedAs(property), select: (column) => `select ${UNIT_JSON} from admin_unit joined_unit where joined_unit.id = ${column}` }));
  const rows = await pageRows(ctx, resource, filter, qb, properties, [...joins, ...otherJoins]);
  if (units.length) {
    const { byId, read } = unitLoaders(ctx);
    const columns = units.map(joinedAs);
    for (const row of rows as Record<string, unknown>[]) {
      for (const column of columns) {
        const text = row[column] as string | null;
        if (text === null) continue;
        // Rows share their units (a page of hamlets, a few communes): each is parsed and made once.
        const id = idOfUnitJson(text);
        if (read.has(id)) continue;
        const unit = unitFromJson(text);
        read.set(id, unit);
        byId.prime(id, unit);
      }
    }
  }
  return rows;
}

/** A unit field's answer: the unit itself when the request has read it, else its loader's promise. */
export type UnitAnswer = AdministrativeUnit | null | Promise<AdministrativeUnit | null>;

/**
 * The unit of an id (null for none): at once when this request has read it already, else through
 * the byId loader. PERF (issue 11): a DataLoader answers even a unit it holds with a promise, and
 * graphql-jit resolves each such promise of a row apart; the units a page joined (W2's communes,
 * W1's provinces) are in the request already when their rows' `unit` and `parent` are resolved.
 * Units are reference data no request changes, so the one read is the one to answer.
 */
export function unitById(ctx: Context, id: number | string | null | undefined): UnitAnswer {
  if (id === null || id === undefined) return null;
  const key = Number(id);
  const loaders = unitLoaders(ctx);
  return loaders.read.get(key) ?? loaders.byId.load(key);
}

const CHILDREN_COLUMN = '__children';

const askedOfList = perRequestField<'children', ChildrenAsked | null>();

/**
 * The page of children a units list's selection asks of each of its units (`children(perPage: 5)
 * { name }`), to be read with the list (childrenJoin). PERF (issue 11): W1's hundred `children`
 * through the loader (a promise each, a statement of their own, 500 rows) cost the server 2 ms of
 * CPU per request more than a constant page handed over at once (4.3–5.2 ms against 2.3–2.4). Read
 * with the list, the request takes one statement fewer, each `children` answers at once, and the
 * server's CPU per W1 request fell from 4.1–5.1 to 3.6–4.2 ms (alternated, 16 clients).
 *
 * Null, and the loader reads them, when the selection asks for no children, asks them under more
 * than one name (aliases, perhaps of other pages), or gives arguments the field's validation
 * refuses (its resolver then says why). The children's own units (`children { parent { name } }`)
 * are read by their loaders either way, as with the children loader's pages.
 */
export function childrenAsked(ctx: Context, info: GraphQLResolveInfo): ChildrenAsked | null {
  return askedOfList(ctx, info.fieldNodes, 'children', () => {
    const nodes = subfieldAskedOnce(info, 'children');
    if (!nodes) return null;
    const field = (info.schema.getType('AdministrativeUnit') as GraphQLObjectType).getFields().children;
    let page: unknown;
    let perPage: unknown;
    try {
      ({ page, perPage } = getArgumentValues(field, nodes[0], info.variableValues));
    } catch {
      return null;
    }
    if (!Number.isInteger(page) || (page as number) < 0 || !Number.isInteger(perPage) || (perPage as number) < 1 || (perPage as number) > MAX_PER_PAGE) return null;
    return { offset: (page as number) * (perPage as number), limit: perPage as number, shape: columnsOf(UNIT_READS, nodes, info.fragments) };
  });
}

/**
 * Each listed unit's page of children, in the list's statement: the text of one JSON array of
 * arrays of the columns the page reads (as UNIT_JSON), in the order the loader's pages have.
 */
export function childrenJoin({ offset, limit, shape }: ChildrenAsked): RowJoin {
  const values = childFields(shape).map((field) => `child.${UNIT_COLUMN[field].slice('u.'.length)}`).join(', ');
  return {
    property: 'id',
    as: CHILDREN_COLUMN,
    select: (column) => `select json_agg(json_build_array(${values}) order by child.code, child.id)::text from (select * from admin_unit child
      where child.parent_id = ${column} order by child.code, child.id offset :childrenOffset limit :childrenLimit) child`,
    parameters: { childrenOffset: offset, childrenLimit: limit },
  };
}

/** The children a list read with childrenJoin, kept for its units' `children` (childrenPage). */
export function keepChildren(ctx: Context, asked: ChildrenAsked, rows: readonly object[]): void {
  const fields = childFields(asked.shape);
  const read = unitLoaders(ctx).childrenRead;
  for (const row of rows as { id: number; [CHILDREN_COLUMN]: string | null }[]) {
    const text = row[CHILDREN_COLUMN];
    const children = text === null ? [] : (JSON.parse(text) as unknown[][]).map((values) => {
      const child = { parentId: row.id } as Record<UnitField, unknown>;
      for (let i = 0; i < fields.length; i += 1) child[fields[i]] = values[i];
      return toAdministrativeUnit(child as UnitRow);
    });
    read.set(pageKey(row.id, asked), children);
  }
}

/** A unit's page of children: at once when its list read them (keepChildren), else through the loader. */
export function childrenPage(ctx: Context, page: ChildrenPage): AdministrativeUnit[] | Promise<AdministrativeUnit[]> {
  const loaders = unitLoaders(ctx);
  return loaders.childrenRead.get(pageKey(page.parentId, page)) ?? loaders.children.load(page);
}

export type Succession = { links: SuccessionLink[]; unmapped: boolean };

/** One factory per module: each loader batches one kind of lookup into one statement per request. */
export const unitLoaders = moduleLoaders('unitLoaders', {
  /** The units this request has read by id (byId's, and the units a page joined): see unitById. */
  read: () => new Map<number, AdministrativeUnit>(),

  /** The pages of children lists read with their units (keepChildren), by parent and page. */
  childrenRead: () => new Map<string, AdministrativeUnit[]>(),

  byId: (ctx) => rowLoader(
    ctx,
    'unit.byId',
    (ids: number[]) => ctx.tx.prepared<UnitRow>('unit.byId', `select ${UNIT_COLUMNS} from admin_unit u where u.id = any($1)`, [ids]),
    (row) => row.id,
    (row) => {
      const unit = toAdministrativeUnit(row);
      unitLoaders(ctx).read.set(unit.id, unit);
      return unit;
    },
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
      const result = new Map<string, Map<number, AdministrativeUnit[]>>();
      for (const [key, { page: { offset, limit, shape }, parentIds }] of batches) {
        const fields = childFields(shape);
        const rows = await ctx.tx.prepared<UnitRow>(`unit.children.${shape.tag}`,
          `select ${fields.map((field) => `"${field}"`).join(', ')}, "parentId" from (
             select ${fields.map(selected).join(', ')}, ${selected('parentId')}, row_number() over (partition by u.parent_id order by u.code, u.id) as position
               from admin_unit u where u.parent_id = any($1)) ranked
           where position > $2 and position <= $2 + $3 order by "parentId", position`,
          [parentIds, offset, limit],
        );
        const byParent = new Map<number, AdministrativeUnit[]>(parentIds.map((parentId) => [parentId, []]));
        for (const row of rows) byParent.get(row.parentId!)!.push(toAdministrativeUnit(row));
        result.set(key, byParent);
      }
      return pages.map((page) => result.get(batchKey(page))!.get(page.parentId)!);
    }, { cacheKeyFn: (page) => pageKey(page.parentId, page) }),
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
      else entry.links.push({ unit: toAdministrativeUnit(row), kind: row.kind as SuccessionKind, source: row.source });
    }
    return ids.map((id) => result.get(id)!);
  });
}
