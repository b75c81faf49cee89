import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { pageCount } from '../../core/rows';
import { pageWithUnits } from '../units/unit.loader';
import { createAudited, deleteAudited, updateAudited } from '../../core/crud';
import { cleanText, writableUnit } from '../../core/tenant-query';
import { explainConstraint } from '../../core/errors';
import { applyListArgs, numericIds, parseId, searchPattern } from '../../core/graphql/list';
import { columnReads, MOVED_RECORD_READS, MOVED_RECORD_UNITS, type ColumnShape } from '../../core/graphql/selection';
import type { CreateHamletArgs, HamletFilter, HamletListArgs, UpdateHamletArgs } from './hamlet.args';
import { HamletEntity } from './hamlet.entity';
import type { Hamlet, HamletKind } from './hamlet.type';

explainConstraint('hamlet_name_unique', 'name', 'This commune already has a hamlet with this name', 'HAMLET_NAME_TAKEN');
explainConstraint('hamlet_name_check', 'name', 'name must be 1 to 200 characters long', 'TEXT_LENGTH', { min: 1, max: 200 });

const HAMLET = {
  name: 'Hamlet',
  entity: HamletEntity,
  snapshot: (h: HamletEntity) => ({ unitId: h.unitId, name: h.name, kind: h.kind }),
};

const SORTABLE = { name: 'h.name', kind: 'h.kind', unitId: 'h.unit_id', createdAt: 'h.created_at', updatedAt: 'h.updated_at', id: 'h.id' };

/** The columns Hamlet shows: lists and loaders read only these. */
export const HAMLET_FIELDS = ['id', 'unitId', 'name', 'kind', 'movedFromUnitId', 'movedOn', 'version', 'createdAt', 'updatedAt'] as const;
export type HamletField = (typeof HAMLET_FIELDS)[number];
export type HamletRow = Pick<HamletEntity, HamletField>;

/** The columns a selection of Hamlet reads (`move`, in hamlet-move.resolver.ts, reads movedOn). */
export const HAMLET_READS = columnReads<HamletField>(HAMLET_FIELDS, ['id'], { ...MOVED_RECORD_READS, move: ['movedOn'] }, MOVED_RECORD_UNITS);

export const toHamlet = (h: HamletRow): Hamlet => ({
  id: h.id, unitId: h.unitId, name: h.name, kind: h.kind as HamletKind, formerUnitId: h.movedFromUnitId, movedOn: h.movedOn,
  version: h.version, createdAt: h.createdAt, updatedAt: h.updatedAt,
});

/** Hamlets of communes. Which rows exist for the caller is row-level security's decision alone. */
export class HamletService {
  private static filtered(manager: EntityManager, filter: HamletFilter = {}) {
    const qb = manager.createQueryBuilder(HamletEntity, 'h');
    if (filter.ids) qb.andWhere('h.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) qb.andWhere('h.search like :pattern', { pattern: searchPattern(filter.q) });
    if (filter.unitId) qb.andWhere('h.unit_id = :unitId', { unitId: parseId('filter.unitId', filter.unitId) });
    if (filter.kind) qb.andWhere('h.kind = :kind', { kind: filter.kind });
    return qb;
  }

  /** A page of hamlets, only the columns `shape` names (every column without one). */
  static async list(ctx: Context, args: HamletListArgs, shape?: ColumnShape<HamletField>): Promise<Hamlet[]> {
    const qb = HamletService.filtered(await ctx.db(), args.filter);
    const rows = await pageWithUnits(ctx, 'Hamlet', args.filter, applyListArgs(qb, args, SORTABLE, 'name', args.filter?.ids?.length), shape?.properties ?? HAMLET_FIELDS, shape?.units);
    return (rows as HamletRow[]).map(toHamlet);
  }

  static async count(ctx: Context, filter?: HamletFilter): Promise<number> {
    return pageCount(ctx, 'Hamlet', filter, HamletService.filtered(await ctx.db(), filter));
  }

  static async byId(ctx: Context, id: string): Promise<Hamlet | null> {
    const row = await (await ctx.db()).findOne(HamletEntity, { where: { id: parseId('id', id) } });
    return row ? toHamlet(row) : null;
  }

  static async create(ctx: Context, args: CreateHamletArgs): Promise<Hamlet> {
    const unit = await writableUnit(ctx, args.unitId, ['COMMUNE'], 'A hamlet belongs to a commune (xã, phường, thị trấn)');
    return toHamlet(await createAudited(ctx, HAMLET, { unitId: unit.id, name: cleanText('name', args.name), kind: args.kind }));
  }

  static async update(ctx: Context, args: UpdateHamletArgs): Promise<Hamlet> {
    const changes: Partial<HamletEntity> = {};
    if (args.name != null) changes.name = cleanText('name', args.name);
    if (args.kind != null) changes.kind = args.kind;
    return toHamlet(await updateAudited(ctx, HAMLET, parseId('id', args.id), args.version, changes));
  }

  static async remove(ctx: Context, id: string, version: number): Promise<Hamlet> {
    return toHamlet(await deleteAudited(ctx, HAMLET, parseId('id', id), version));
  }
}
