import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Context } from '../../core/context';
import { pageCount } from '../../core/rows';
import { columnReads, type ColumnShape } from '../../core/graphql/selection';
import { badInput } from '../../core/errors';
import { applyListArgs, MAX_PER_PAGE, numericIds, pageOf, parseId, searchPattern } from '../../core/graphql/list';
import { MAX_RANKED_UNITS, rankByIndicator } from '../indicators/indicator-ranking';
import { childrenJoin, keepChildren, pageWithUnits, unitLoaders, type ChildrenAsked } from './unit.loader';
import type { AdministrativeUnitFilter, AdministrativeUnitListArgs } from './unit.args';
import { AdminUnitEntity } from './unit.entity';
import { AdministrativeUnit, UnitLevel } from './unit.type';

/** sortField for the order of filter.indicator's value (issue 8, 3b). */
export const INDICATOR_SORT = 'indicator';

const SORTABLE = { id: 'u.id', code: 'u.code', name: 'u.name', type: 'u.type', level: 'u.level', validFrom: 'u.valid_from', validTo: 'u.valid_to' };

/** The units are public (no row-level security): their lists keep the order of their indexes. */
const PUBLIC_TABLE = { indexOrder: true };

/** sortField for pickers: the best matches of the search first. */
export const RELEVANCE = 'relevance';

/**
 * Orders a search by how well each unit's name matches: the name itself ("soc trang" is Tỉnh Sóc
 * Trăng and Thành phố Sóc Trăng, not Xã Phú Tân ... Sóc Trăng), then names that start with it, then
 * the rest; among equals the higher level first (the province before its city), then the newer era.
 */
function byRelevance(qb: SelectQueryBuilder<AdminUnitEntity>, q: string): void {
  const plain = searchPattern(q).slice(1, -1);
  const bare = `app.search_text(case when u.name like u.type || ' %' then substr(u.name, length(u.type) + 2) else u.name end)`;
  qb.orderBy(`case when ${bare} = :relevanceExact or u.search = :relevanceExact then 0 when ${bare} like :relevancePrefix or u.search like :relevancePrefix then 1 else 2 end`)
    .addOrderBy('u.level')
    .addOrderBy('u.valid_from', 'DESC')
    .addOrderBy('u.name')
    .addOrderBy('u.id')
    .setParameters({ relevanceExact: plain, relevancePrefix: `${plain}%` });
}

/** The columns AdministrativeUnit shows (never the path or the province code). */
export const UNIT_FIELDS = ['id', 'code', 'name', 'type', 'level', 'validFrom', 'validTo', 'parentId'] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];
export type UnitRow = Pick<AdminUnitEntity, UnitField>;

/**
 * What AdministrativeUnit's fields read, for lists and children pages that read only the columns
 * the selection needs (core/graphql/selection.ts): `parent` its parentId, `children` the id. Any
 * other field resolver (indicators, successors ...) makes the read take every column.
 */
export const UNIT_READS = columnReads<UnitField>(UNIT_FIELDS, ['id'], { parent: ['parentId'], children: ['id'] }, { parent: 'parentId' });

/**
 * An instance of the GraphQL class, not a plain object: type-graphql hands a field resolver's root
 * over as is when it already is one, and otherwise copies it into a new instance on every call
 * (units carry field resolvers: parent, children, indicators ... on every row of a page).
 */
export function toAdministrativeUnit(row: UnitRow): AdministrativeUnit {
  const unit = new AdministrativeUnit();
  unit.id = row.id;
  unit.code = row.code;
  unit.name = row.name;
  unit.type = row.type;
  unit.level = row.level as UnitLevel;
  unit.validFrom = row.validFrom;
  unit.validTo = row.validTo;
  unit.parentId = row.parentId;
  return unit;
}

/** Administrative units are public reference data: every signed-in user may browse them. */
export class UnitService {
  static filtered(ctx: Context, manager: EntityManager, filter: AdministrativeUnitFilter = {}): SelectQueryBuilder<AdminUnitEntity> {
    const qb = manager.createQueryBuilder(AdminUnitEntity, 'u');
    if (filter.ids) qb.andWhere('u.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) qb.andWhere('u.search like :pattern', { pattern: searchPattern(filter.q) });
    if (filter.level) qb.andWhere('u.level = :level', { level: filter.level });
    if (filter.parentId) qb.andWhere('u.parent_id = :parentId', { parentId: parseId('filter.parentId', filter.parentId) });
    if (filter.code) qb.andWhere('u.code = :code', { code: filter.code });
    if (filter.validOn) {
      qb.andWhere('u.valid_from <= :day and (u.valid_to is null or u.valid_to >= :day)', { day: filter.validOn });
    }
    if (filter.withinUnitId) {
      qb.andWhere('u.path <@ (select w.path from admin_unit w where w.id = :withinUnitId) and u.id <> :withinUnitId',
        { withinUnitId: parseId('filter.withinUnitId', filter.withinUnitId) });
    }
    if (filter.writable) {
      // Units are public reference data, so this is a convenience, not a guard: RLS guards the rows.
      qb.andWhere('u.path <@ any(cast(:writePaths as ltree[]))', { writePaths: ctx.scope.write });
    }
    return qb;
  }

  /**
   * A page of units, only the columns `shape` names (every column without one), and with `children`
   * each unit's page of children read in the same statement (childrenAsked).
   */
  static async list(ctx: Context, args: AdministrativeUnitListArgs, shape?: ColumnShape<UnitField>, children?: ChildrenAsked | null): Promise<AdministrativeUnit[]> {
    if (args.sortField === INDICATOR_SORT || args.filter?.indicator) return UnitService.listByIndicator(ctx, args);
    const qb = UnitService.filtered(ctx, await ctx.db(), args.filter);
    if (args.sortField === RELEVANCE) {
      applyListArgs(qb, { ...args, sortField: 'code', sortOrder: 'ASC' }, SORTABLE, 'code', args.filter?.ids?.length, PUBLIC_TABLE);
      if (args.filter?.q) byRelevance(qb, args.filter.q);
    } else {
      applyListArgs(qb, args, SORTABLE, 'code', args.filter?.ids?.length, PUBLIC_TABLE);
    }
    const rows = await pageWithUnits(ctx, 'AdministrativeUnit', args.filter, qb, shape?.properties ?? UNIT_FIELDS, shape?.units, children ? [childrenJoin(children)] : []);
    if (children) keepChildren(ctx, children, rows);
    return rows.map(toAdministrativeUnit);
  }

  /**
   * A list filtered or sorted by an indicator of a year (issue 8, 3b): the units the other filters
   * keep, in the list's order (or by the indicator), then paged. The figures are computed for every
   * unit the other filters keep (bounded), in one grouped batch.
   */
  private static async listByIndicator(ctx: Context, args: AdministrativeUnitListArgs): Promise<AdministrativeUnit[]> {
    const indicator = args.filter?.indicator;
    if (!indicator) throw badInput('sortField', 'sortField "indicator" sorts by filter.indicator: give its year and field', 'INDICATOR_FILTER_REQUIRED');
    const { offset, limit } = pageOf(args, args.filter?.ids?.length);
    const byIndicator = args.sortField === INDICATOR_SORT;
    const qb = UnitService.filtered(ctx, await ctx.db(), args.filter).select(['u.id']);
    applyListArgs(qb, { ...args, sortField: byIndicator ? 'code' : args.sortField, sortOrder: byIndicator ? 'ASC' : args.sortOrder, page: 0, perPage: MAX_PER_PAGE },
      SORTABLE, 'code', undefined, PUBLIC_TABLE);
    const ids = (await qb.limit(MAX_RANKED_UNITS + 1).getMany()).map((u) => u.id);
    const ranked = await rankByIndicator(ctx, ids, indicator, byIndicator, (args.sortOrder ?? 'ASC').toUpperCase() === 'DESC');
    const page = await unitLoaders(ctx).byId.loadMany(ranked.slice(offset, offset + limit));
    return page.filter((u): u is AdministrativeUnit => u != null && !(u instanceof Error));
  }

  static async count(ctx: Context, filter?: AdministrativeUnitFilter): Promise<number> {
    if (filter?.indicator) {
      const ids = (await UnitService.filtered(ctx, await ctx.db(), filter).select(['u.id']).limit(MAX_RANKED_UNITS + 1).getMany()).map((u) => u.id);
      return (await rankByIndicator(ctx, ids, filter.indicator, false, false)).length;
    }
    return pageCount(ctx, 'AdministrativeUnit', filter, UnitService.filtered(ctx, await ctx.db(), filter));
  }

  static async byId(ctx: Context, id: string | number): Promise<AdministrativeUnit | null> {
    const row = await (await ctx.db()).findOne(AdminUnitEntity, { where: { id: parseId('id', id) } });
    return row ? toAdministrativeUnit(row) : null;
  }

  /** The unit row with its internal path, for services that place tenant rows under it. */
  static async entity(manager: EntityManager, id: number): Promise<AdminUnitEntity | null> {
    return manager.findOne(AdminUnitEntity, { where: { id } });
  }
}
