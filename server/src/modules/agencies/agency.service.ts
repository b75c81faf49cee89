import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { pageCount, pageRows } from '../../core/rows';
import { createAudited, deleteAudited, updateAudited } from '../../core/crud';
import { cleanText, writableUnit } from '../../core/tenant-query';
import { explainConstraint } from '../../core/errors';
import { applyListArgs, numericIds, parseId, searchPattern } from '../../core/graphql/list';
import type { CreateAgencyArgs, AgencyFilter, AgencyListArgs, UpdateAgencyArgs } from './agency.args';
import { AgencyEntity } from './agency.entity';
import type { Agency, AgencyKind } from './agency.type';

explainConstraint('agency_name_unique', 'name', 'This unit already has an agency with this name', 'AGENCY_NAME_TAKEN');
explainConstraint('agency_name_check', 'name', 'name must be 1 to 300 characters long', 'TEXT_LENGTH', { min: 1, max: 300 });

const AGENCY = {
  name: 'Agency',
  entity: AgencyEntity,
  snapshot: (h: AgencyEntity) => ({ unitId: h.unitId, name: h.name, kind: h.kind }),
};

const SORTABLE = { name: 'h.name', kind: 'h.kind', unitId: 'h.unit_id', createdAt: 'h.created_at', updatedAt: 'h.updated_at', id: 'h.id' };

/** The columns Agency shows: loaders read only these. */
export const AGENCY_FIELDS = ['id', 'unitId', 'name', 'kind', 'version', 'createdAt', 'updatedAt'] as const;
export type AgencyRow = Pick<AgencyEntity, (typeof AGENCY_FIELDS)[number]>;

export const toAgency = (h: AgencyRow): Agency => ({
  id: h.id, unitId: h.unitId, name: h.name, kind: h.kind as AgencyKind, version: h.version, createdAt: h.createdAt, updatedAt: h.updatedAt,
});

/** Agencies of units (and, readable below them, of their ancestors): row-level security decides which. */
export class AgencyService {
  private static filtered(manager: EntityManager, filter: AgencyFilter = {}) {
    const qb = manager.createQueryBuilder(AgencyEntity, 'h');
    if (filter.ids) qb.andWhere('h.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) qb.andWhere('h.search like :pattern', { pattern: searchPattern(filter.q) });
    if (filter.unitId) qb.andWhere('h.unit_id = :unitId', { unitId: parseId('filter.unitId', filter.unitId) });
    if (filter.kind) qb.andWhere('h.kind = :kind', { kind: filter.kind });
    return qb;
  }

  static async list(ctx: Context, args: AgencyListArgs): Promise<Agency[]> {
    const qb = AgencyService.filtered(await ctx.db(), args.filter);
    return (await pageRows(ctx, 'Agency', args.filter, applyListArgs(qb, args, SORTABLE, 'name', args.filter?.ids?.length), AGENCY_FIELDS)).map(toAgency);
  }

  static async count(ctx: Context, filter?: AgencyFilter): Promise<number> {
    return pageCount(ctx, 'Agency', filter, AgencyService.filtered(await ctx.db(), filter));
  }

  static async byId(ctx: Context, id: string): Promise<Agency | null> {
    const row = await (await ctx.db()).findOne(AgencyEntity, { where: { id: parseId('id', id) } });
    return row ? toAgency(row) : null;
  }

  static async create(ctx: Context, args: CreateAgencyArgs): Promise<Agency> {
    const unit = await writableUnit(ctx, args.unitId, ['PROVINCE', 'DISTRICT', 'COMMUNE'], '');
    return toAgency(await createAudited(ctx, AGENCY, { unitId: unit.id, name: cleanText('name', args.name), kind: args.kind }));
  }

  static async update(ctx: Context, args: UpdateAgencyArgs): Promise<Agency> {
    const changes: Partial<AgencyEntity> = {};
    if (args.name != null) changes.name = cleanText('name', args.name);
    if (args.kind != null) changes.kind = args.kind;
    return toAgency(await updateAudited(ctx, AGENCY, parseId('id', args.id), args.version, changes));
  }

  static async remove(ctx: Context, id: string, version: number): Promise<Agency> {
    return toAgency(await deleteAudited(ctx, AGENCY, parseId('id', id), version));
  }
}
