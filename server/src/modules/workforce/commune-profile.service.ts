import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { pageCount, pageRows } from '../../core/rows';
import { RECORD_FIELDS } from './tenant-record.type';
import { createAudited, deleteAudited, updateAudited } from '../../core/crud';
import { explainConstraint } from '../../core/errors';
import { applyListArgs, numericIds, parseId, searchPattern } from '../../core/graphql/list';
import type { CommuneProfileFilter, CommuneProfileListArgs, CreateCommuneProfileArgs, UpdateCommuneProfileArgs } from './commune-profile.args';
import { CommuneProfileEntity } from './commune-profile.entity';
import type { CommuneProfile } from './commune-profile.type';
import { optionalText, underUnit, writableUnit } from '../../core/tenant-query';

explainConstraint('commune_profile_unit_unique', 'unitId', 'This commune already has a profile: update it', 'COMMUNE_PROFILE_EXISTS');
explainConstraint('commune_profile_unit_level', 'unitId', 'A commune profile belongs to a commune (xã, phường, thị trấn)', 'UNIT_LEVEL_NOT_ALLOWED', {
  levels: ['COMMUNE'],
});

const PROFILE = {
  name: 'CommuneProfile',
  entity: CommuneProfileEntity,
  snapshot: (p: CommuneProfileEntity) => ({ unitId: p.unitId, minorityArea: p.minorityArea, difficulties: p.difficulties, difficultyScore: p.difficultyScore }),
};

const SORTABLE = { unitId: 'p.unit_id', minorityArea: 'p.minority_area', difficultyScore: 'p.difficulty_score', updatedAt: 'p.updated_at', id: 'p.id' };

/** The columns CommuneProfile shows: lists read only these (no internal column, no entity hydration). */
export const PROFILE_FIELDS = [
  ...RECORD_FIELDS, 'minorityArea', 'difficulties', 'difficultyScore',
] as const;
export type CommuneProfileRow = Pick<CommuneProfileEntity, (typeof PROFILE_FIELDS)[number]>;

export const toCommuneProfile = (p: CommuneProfileRow): CommuneProfile => ({
  id: p.id, unitId: p.unitId, synthetic: p.synthetic, version: p.version, createdAt: p.createdAt, updatedAt: p.updatedAt,
  minorityArea: p.minorityArea, difficulties: p.difficulties, difficultyScore: p.difficultyScore,
});

export class CommuneProfileService {
  private static filtered(manager: EntityManager, filter: CommuneProfileFilter = {}) {
    const qb = manager.createQueryBuilder(CommuneProfileEntity, 'p');
    if (filter.ids) qb.andWhere('p.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) qb.andWhere('p.unit_id in (select u.id from admin_unit u where u.search like :pattern)', { pattern: searchPattern(filter.q) });
    if (filter.unitId) underUnit(qb, filter.unitId);
    if (filter.minorityArea != null) qb.andWhere('p.minority_area = :minorityArea', { minorityArea: filter.minorityArea });
    return qb;
  }

  static async list(ctx: Context, args: CommuneProfileListArgs): Promise<CommuneProfile[]> {
    const qb = CommuneProfileService.filtered(await ctx.db(), args.filter);
    return (await pageRows(ctx, 'CommuneProfile', args.filter, applyListArgs(qb, args, SORTABLE, 'unitId', args.filter?.ids?.length), PROFILE_FIELDS)).map(toCommuneProfile);
  }

  static async count(ctx: Context, filter?: CommuneProfileFilter): Promise<number> {
    return pageCount(ctx, 'CommuneProfile', filter, CommuneProfileService.filtered(await ctx.db(), filter));
  }

  static async byId(ctx: Context, id: string): Promise<CommuneProfile | null> {
    const row = await (await ctx.db()).findOne(CommuneProfileEntity, { where: { id: parseId('id', id) } });
    return row ? toCommuneProfile(row) : null;
  }

  static async create(ctx: Context, args: CreateCommuneProfileArgs): Promise<CommuneProfile> {
    const unit = await writableUnit(ctx, args.unitId, ['COMMUNE'], 'A commune profile belongs to a commune (xã, phường, thị trấn)');
    return toCommuneProfile(await createAudited(ctx, PROFILE, {
      unitId: unit.id, minorityArea: args.minorityArea ?? false, difficulties: optionalText(args.difficulties) ?? null,
      difficultyScore: args.difficultyScore ?? null,
    }));
  }

  static async update(ctx: Context, args: UpdateCommuneProfileArgs): Promise<CommuneProfile> {
    const changes: Partial<CommuneProfileEntity> = {};
    if (args.minorityArea != null) changes.minorityArea = args.minorityArea;
    if (args.difficulties !== undefined) changes.difficulties = optionalText(args.difficulties) ?? null;
    if (args.difficultyScore !== undefined) changes.difficultyScore = args.difficultyScore;
    return toCommuneProfile(await updateAudited(ctx, PROFILE, parseId('id', args.id), args.version, changes));
  }

  static async remove(ctx: Context, id: string, version: number): Promise<CommuneProfile> {
    return toCommuneProfile(await deleteAudited(ctx, PROFILE, parseId('id', id), version));
  }
}
