import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { pageCount, pageRows } from '../../core/rows';
import { RECORD_FIELDS } from '../workforce/tenant-record.type';
import { createAudited, deleteAudited, updateAudited } from '../../core/crud';
import { badInput, explainConstraint, notFound } from '../../core/errors';
import { applyListArgs, numericIds, parseId, searchPattern } from '../../core/graphql/list';
import { AgencyEntity } from '../agencies/agency.entity';
import type { AgencyKind } from '../agencies/agency.type';
import type { Gender } from '../workforce/mediator.type';
import { assertRowWritable, cleanText, optionalText, underUnit } from '../../core/tenant-query';
import type { CreateTrainerArgs, TrainerFilter, TrainerListArgs, UpdateTrainerArgs } from './trainer.args';
import { TrainerPoolEntity } from './trainer-pool.entity';
import { TrainerEntity } from './trainer.entity';
import type { Trainer } from './trainer.type';

explainConstraint('trainer_full_name_check', 'fullName', 'fullName must be 1 to 200 characters long', 'TEXT_LENGTH', { min: 1, max: 200 });
explainConstraint('trainer_agency_id_fkey', 'agencyId', 'The agency does not exist', 'AGENCY_UNKNOWN');

const TRAINER = {
  name: 'Trainer',
  entity: TrainerEntity,
  snapshot: (t: TrainerEntity) => ({
    unitId: t.unitId, poolId: t.poolId, fullName: t.fullName, gender: t.gender, agencyId: t.agencyId, agencyKind: t.agencyKind,
    position: t.position, expertise: t.expertise, trainedElsewhereOn: t.trainedElsewhereOn, trained: t.trained,
  }),
};

const SORTABLE = { fullName: 't.full_name', agencyKind: 't.agency_kind', trained: 't.trained', poolId: 't.pool_id', unitId: 't.unit_id', createdAt: 't.created_at', id: 't.id' };

/** The columns Trainer shows: lists read only these (no internal column, no entity hydration). */
export const TRAINER_FIELDS = [
  ...RECORD_FIELDS, 'poolId', 'fullName', 'gender', 'agencyId', 'agencyKind', 'position', 'expertise',
  'trainedElsewhereOn', 'trained', 'trainedOn',
] as const;
export type TrainerRow = Pick<TrainerEntity, (typeof TRAINER_FIELDS)[number]>;

export const toTrainer = (t: TrainerRow): Trainer => ({
  id: t.id, unitId: t.unitId, synthetic: t.synthetic, version: t.version, createdAt: t.createdAt, updatedAt: t.updatedAt,
  poolId: t.poolId, fullName: t.fullName, gender: t.gender as Gender, agencyId: t.agencyId,
  agencyKind: t.agencyKind as AgencyKind, position: t.position, expertise: t.expertise, trainedElsewhereOn: t.trainedElsewhereOn,
  trained: t.trained, trainedOn: t.trainedOn,
});

export class TrainerService {
  private static filtered(manager: EntityManager, filter: TrainerFilter = {}) {
    const qb = manager.createQueryBuilder(TrainerEntity, 't');
    if (filter.ids) qb.andWhere('t.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) qb.andWhere('t.search like :pattern', { pattern: searchPattern(filter.q) });
    if (filter.unitId) underUnit(qb, filter.unitId);
    if (filter.poolId) qb.andWhere('t.pool_id = :poolId', { poolId: parseId('filter.poolId', filter.poolId) });
    if (filter.agencyKind) qb.andWhere('t.agency_kind = :agencyKind', { agencyKind: filter.agencyKind });
    if (filter.trained != null) qb.andWhere('t.trained = :trained', { trained: filter.trained });
    return qb;
  }

  static async list(ctx: Context, args: TrainerListArgs): Promise<Trainer[]> {
    const qb = TrainerService.filtered(await ctx.db(), args.filter);
    return (await pageRows(ctx, 'Trainer', args.filter, applyListArgs(qb, args, SORTABLE, 'fullName', args.filter?.ids?.length), TRAINER_FIELDS)).map(toTrainer);
  }

  static async count(ctx: Context, filter?: TrainerFilter): Promise<number> {
    return pageCount(ctx, 'Trainer', filter, TrainerService.filtered(await ctx.db(), filter));
  }

  static async byId(ctx: Context, id: string): Promise<Trainer | null> {
    const row = await (await ctx.db()).findOne(TrainerEntity, { where: { id: parseId('id', id) } });
    return row ? toTrainer(row) : null;
  }

  static async create(ctx: Context, args: CreateTrainerArgs): Promise<Trainer> {
    const pool = await (await ctx.db()).findOne(TrainerPoolEntity, { where: { id: parseId('poolId', args.poolId) } });
    if (!pool) throw notFound('TrainerPool', args.poolId);
    assertRowWritable(ctx, pool);
    const agency = await TrainerService.agency(ctx, args.agencyId ?? null, args.agencyKind);
    return toTrainer(await createAudited(ctx, TRAINER, {
      poolId: pool.id, unitId: pool.unitId, fullName: cleanText('fullName', args.fullName), gender: args.gender, ...agency,
      position: optionalText(args.position) ?? null, expertise: optionalText(args.expertise) ?? null, trainedElsewhereOn: args.trainedElsewhereOn ?? null,
    }));
  }

  static async update(ctx: Context, args: UpdateTrainerArgs): Promise<Trainer> {
    const before = await (await ctx.db()).findOne(TrainerEntity, { where: { id: parseId('id', args.id) } });
    if (!before) throw notFound('Trainer', args.id);
    assertRowWritable(ctx, before);
    const changes: Partial<TrainerEntity> = {};
    if (args.fullName != null) changes.fullName = cleanText('fullName', args.fullName);
    if (args.gender != null) changes.gender = args.gender;
    if (args.agencyId !== undefined) {
      // Clearing the agency keeps the kind unless a new one is sent; a new agency brings its own kind.
      const kind = args.agencyId === null ? (args.agencyKind ?? (before.agencyKind as AgencyKind)) : args.agencyKind;
      Object.assign(changes, await TrainerService.agency(ctx, args.agencyId, kind));
    } else if (args.agencyKind != null) {
      Object.assign(changes, await TrainerService.agency(ctx, before.agencyId == null ? null : String(before.agencyId), args.agencyKind));
    }
    if (args.position !== undefined) changes.position = optionalText(args.position) ?? null;
    if (args.expertise !== undefined) changes.expertise = optionalText(args.expertise) ?? null;
    if (args.trainedElsewhereOn !== undefined) changes.trainedElsewhereOn = args.trainedElsewhereOn;
    return toTrainer(await updateAudited(ctx, TRAINER, before.id, args.version, changes));
  }

  /** The agency decides the kind; without one, the kind must be given (a lawyer of the bar). */
  private static async agency(ctx: Context, agencyId: string | null, kind: AgencyKind | undefined): Promise<{ agencyId: number | null; agencyKind: string }> {
    if (agencyId == null) {
      if (!kind) throw badInput('agencyKind', 'Give the trainer\'s agency or the kind of agency they come from', 'TRAINER_AGENCY_KIND_NEEDED');
      return { agencyId: null, agencyKind: kind };
    }
    const agency = await (await ctx.db()).findOne(AgencyEntity, { where: { id: parseId('agencyId', agencyId) } });
    if (!agency) throw badInput('agencyId', 'The agency does not exist', 'AGENCY_UNKNOWN');
    if (kind && kind !== agency.kind) {
      throw badInput('agencyKind', `${agency.name} is of kind ${agency.kind}, not ${kind}`, 'TRAINER_AGENCY_KIND_MISMATCH', { agency: agency.name, agencyKind: agency.kind, kind });
    }
    return { agencyId: agency.id, agencyKind: agency.kind };
  }

  static async remove(ctx: Context, id: string, version: number): Promise<Trainer> {
    return toTrainer(await deleteAudited(ctx, TRAINER, parseId('id', id), version));
  }
}
