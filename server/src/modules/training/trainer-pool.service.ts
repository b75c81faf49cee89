import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { pageCount, pageRows } from '../../core/rows';
import { RECORD_FIELDS } from '../workforce/tenant-record.type';
import { createAudited, deleteAudited, updateAudited } from '../../core/crud';
import { badInput, explainConstraint, notFound } from '../../core/errors';
import { applyListArgs, numericIds, parseId, searchPattern } from '../../core/graphql/list';
import type { AgencyKind } from '../agencies/agency.type';
import { assertRowWritable, cleanText, optionalText, underUnit, writableUnit } from '../../core/tenant-query';
import { DEFAULT_REQUIRED_KINDS } from './agency-kinds';
import type { CreateTrainerPoolArgs, TrainerPoolFilter, TrainerPoolListArgs, UpdateTrainerPoolArgs } from './trainer-pool.args';
import { TrainerPoolEntity } from './trainer-pool.entity';
import type { PoolShortfall, TrainerPool } from './trainer-pool.type';
import type { PoolFigures } from './training.loader';

const LEVEL_MESSAGE = 'A trainer pool belongs to a province or a district';
explainConstraint('trainer_pool_unit_level', 'unitId', LEVEL_MESSAGE, 'UNIT_LEVEL_NOT_ALLOWED', { levels: ['PROVINCE', 'DISTRICT'] });
explainConstraint('trainer_pool_period_check', 'periodTo', 'The period cannot end before it starts', 'POOL_PERIOD_ORDER');
explainConstraint('trainer_pool_fkey', 'poolId', 'The pool is not in this unit', 'TRAINER_POOL_OUTSIDE_UNIT');
explainConstraint('trainer_pool_unit_in_force', 'periodFrom', 'A pool cannot start after its unit ended (after 1 July 2025, pools are provincial)', 'POOL_UNIT_ENDED');
explainConstraint('trainer_pool_teams_per_trainer_check', 'teamsPerTrainer', 'teamsPerTrainer must be between 1 and 10000', 'NUMBER_OUT_OF_RANGE', { min: 1, max: 10000 });

const POOL = {
  name: 'TrainerPool',
  entity: TrainerPoolEntity,
  snapshot: (p: TrainerPoolEntity) => ({
    unitId: p.unitId, name: p.name, periodFrom: p.periodFrom, periodTo: p.periodTo, requiredAgencyKinds: p.requiredAgencyKinds, note: p.note,
    teamsPerTrainer: p.teamsPerTrainer,
  }),
};

const SORTABLE = { name: 'p.name', periodFrom: 'p.period_from', periodTo: 'p.period_to', unitId: 'p.unit_id', createdAt: 'p.created_at', id: 'p.id' };

/** The columns TrainerPool shows: lists read only these (no internal column, no entity hydration). */
export const TRAINER_POOL_FIELDS = [
  ...RECORD_FIELDS, 'name', 'periodFrom', 'periodTo', 'requiredAgencyKinds', 'note', 'teamsPerTrainer',
] as const;
export type TrainerPoolRow = Pick<TrainerPoolEntity, (typeof TRAINER_POOL_FIELDS)[number]>;

export const toTrainerPool = (p: TrainerPoolRow): TrainerPool => ({
  id: p.id, unitId: p.unitId, synthetic: p.synthetic, version: p.version, createdAt: p.createdAt, updatedAt: p.updatedAt,
  name: p.name, periodFrom: p.periodFrom, periodTo: p.periodTo,
  requiredAgencyKinds: p.requiredAgencyKinds as AgencyKind[], note: p.note, teamsPerTrainer: p.teamsPerTrainer,
});

/** Decision 315/QĐ-TTg: ≥ 1 trainer per the pool's ratio of teams (80 for a district, 100 for a province by default), rounded up. */
export function toShortfall(figures: PoolFigures): PoolShortfall {
  const teamsPerTrainer = figures.teamsPerTrainer;
  const requiredTrainers = Math.ceil(figures.teams / teamsPerTrainer);
  const missingTrainers = Math.max(0, requiredTrainers - figures.actual);
  return {
    teamsUnder: figures.teams, teamsPerTrainer, requiredTrainers, actualTrainers: figures.actual, trainedTrainers: figures.trained,
    missingTrainers, missingAgencyKinds: figures.missingKinds as AgencyKind[],
    meetsRequirement: missingTrainers === 0 && figures.missingKinds.length === 0,
    legalBasis: `Quyết định 315/QĐ-TTg: ít nhất 1 tập huấn viên cấp ${figures.level === 'PROVINCE' ? 'tỉnh' : 'huyện'} / ${teamsPerTrainer} tổ hòa giải`,
  };
}

export class TrainerPoolService {
  private static filtered(manager: EntityManager, filter: TrainerPoolFilter = {}) {
    const qb = manager.createQueryBuilder(TrainerPoolEntity, 'p');
    if (filter.ids) qb.andWhere('p.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) qb.andWhere('app.search_text(p.name) like :pattern', { pattern: searchPattern(filter.q) });
    if (filter.unitId) underUnit(qb, filter.unitId);
    if (filter.activeOn) qb.andWhere(`daterange(p.period_from, p.period_to, '[]') @> :day::date`, { day: filter.activeOn });
    return qb;
  }

  static async list(ctx: Context, args: TrainerPoolListArgs): Promise<TrainerPool[]> {
    const qb = TrainerPoolService.filtered(await ctx.db(), args.filter);
    return (await pageRows(ctx, 'TrainerPool', args.filter, applyListArgs(qb, args, SORTABLE, 'name', args.filter?.ids?.length), TRAINER_POOL_FIELDS)).map(toTrainerPool);
  }

  static async count(ctx: Context, filter?: TrainerPoolFilter): Promise<number> {
    return pageCount(ctx, 'TrainerPool', filter, TrainerPoolService.filtered(await ctx.db(), filter));
  }

  static async byId(ctx: Context, id: string): Promise<TrainerPool | null> {
    const row = await (await ctx.db()).findOne(TrainerPoolEntity, { where: { id: parseId('id', id) } });
    return row ? toTrainerPool(row) : null;
  }

  static async create(ctx: Context, args: CreateTrainerPoolArgs): Promise<TrainerPool> {
    const unit = await writableUnit(ctx, args.unitId, ['PROVINCE', 'DISTRICT'], LEVEL_MESSAGE);
    const level = unit.level as 'PROVINCE' | 'DISTRICT';
    const periodTo = args.periodTo ?? null;
    if (unit.validTo && args.periodFrom > unit.validTo) {
      throw badInput('periodFrom', `${unit.name} ended on ${unit.validTo}: a pool cannot start after it (since 1 July 2025, pools are provincial)`,
        'UNIT_NOT_IN_FORCE', { unitId: unit.id, day: args.periodFrom, validFrom: unit.validFrom, validTo: unit.validTo });
    }
    await TrainerPoolService.checkPeriod(ctx, unit.id, args.periodFrom, periodTo);
    return toTrainerPool(await createAudited(ctx, POOL, {
      unitId: unit.id, name: args.name != null ? cleanText('name', args.name) : `Đội ngũ tập huấn viên ${unit.name}`,
      periodFrom: args.periodFrom, periodTo, requiredAgencyKinds: uniqueKinds(args.requiredAgencyKinds ?? DEFAULT_REQUIRED_KINDS[level]),
      note: optionalText(args.note) ?? null, ...(args.teamsPerTrainer != null ? { teamsPerTrainer: args.teamsPerTrainer } : {}),
    }));
  }

  static async update(ctx: Context, args: UpdateTrainerPoolArgs): Promise<TrainerPool> {
    const before = await (await ctx.db()).findOne(TrainerPoolEntity, { where: { id: parseId('id', args.id) } });
    if (!before) throw notFound('TrainerPool', args.id);
    assertRowWritable(ctx, before);
    const changes: Partial<TrainerPoolEntity> = {};
    if (args.name != null) changes.name = cleanText('name', args.name);
    if (args.periodFrom != null) changes.periodFrom = args.periodFrom;
    if (args.periodTo !== undefined) changes.periodTo = args.periodTo;
    if (args.requiredAgencyKinds != null) changes.requiredAgencyKinds = uniqueKinds(args.requiredAgencyKinds);
    if (args.note !== undefined) changes.note = optionalText(args.note) ?? null;
    if (args.teamsPerTrainer != null) changes.teamsPerTrainer = args.teamsPerTrainer;
    if (changes.periodFrom || changes.periodTo !== undefined) {
      await TrainerPoolService.checkPeriod(ctx, before.unitId, changes.periodFrom ?? before.periodFrom, changes.periodTo !== undefined ? changes.periodTo : before.periodTo, before.id);
    }
    return toTrainerPool(await updateAudited(ctx, POOL, before.id, args.version, changes));
  }

  /** One pool per unit at a time (the exclusion constraint is the last line; this names the field). */
  private static async checkPeriod(ctx: Context, unitId: number, from: string, to: string | null, exceptId = 0): Promise<void> {
    if (to && to < from) throw badInput('periodTo', 'The period cannot end before it starts', 'POOL_PERIOD_ORDER');
    const overlapping: unknown[] = await (await ctx.db()).query(
      `select 1 from trainer_pool where unit_id = $1 and id <> $4
          and daterange(period_from, period_to, '[]') && daterange($2::date, $3::date, '[]')`,
      [unitId, from, to, exceptId],
    );
    if (overlapping.length) throw badInput('periodFrom', 'This unit already has a trainer pool for an overlapping period', 'POOL_PERIOD_OVERLAP');
  }

  static async remove(ctx: Context, id: string, version: number): Promise<TrainerPool> {
    const pool = await (await ctx.db()).findOne(TrainerPoolEntity, { where: { id: parseId('id', id) } });
    if (!pool) throw notFound('TrainerPool', id);
    assertRowWritable(ctx, pool);
    const members: unknown[] = await (await ctx.db()).query('select 1 from trainer where pool_id = $1 limit 1', [pool.id]);
    if (members.length) throw badInput('id', 'The pool still has trainers: remove them first', 'POOL_HAS_TRAINERS');
    return toTrainerPool(await deleteAudited(ctx, POOL, pool.id, version));
  }
}

const uniqueKinds = (kinds: AgencyKind[]): AgencyKind[] => [...new Set(kinds)].sort();
