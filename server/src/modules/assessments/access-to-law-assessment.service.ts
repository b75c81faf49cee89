import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { pageCount, pageRows } from '../../core/rows';
import { RECORD_FIELDS } from '../workforce/tenant-record.type';
import { createAudited, deleteAudited, updateAudited } from '../../core/crud';
import { explainConstraint } from '../../core/errors';
import { applyListArgs, numericIds, parseId, searchPattern } from '../../core/graphql/list';
import { optionalText, underUnit, writableUnit } from '../../core/tenant-query';
import type {
  AccessToLawAssessmentFilter, AccessToLawAssessmentListArgs, CreateAccessToLawAssessmentArgs, UpdateAccessToLawAssessmentArgs,
} from './access-to-law-assessment.args';
import { AccessToLawAssessmentEntity } from './access-to-law-assessment.entity';
import type { AccessToLawAssessment } from './access-to-law-assessment.type';

const LEVEL_MESSAGE = 'Communes (xã, phường, thị trấn) are assessed against the access-to-law standard';
explainConstraint('access_to_law_assessment_unit_year_unique', 'year', 'This commune already has an assessment for this year: update it', 'ASSESSMENT_EXISTS');
explainConstraint('access_to_law_assessment_unit_level', 'unitId', LEVEL_MESSAGE, 'UNIT_LEVEL_NOT_ALLOWED', { levels: ['COMMUNE'] });

const ASSESSMENT = {
  name: 'AccessToLawAssessment',
  entity: AccessToLawAssessmentEntity,
  snapshot: (a: AccessToLawAssessmentEntity) => ({
    unitId: a.unitId, year: a.year, metStandard: a.metStandard, metMediationCriterion: a.metMediationCriterion, note: a.note,
  }),
};

const SORTABLE = { year: 'a.year', unitId: 'a.unit_id', metStandard: 'a.met_standard', metMediationCriterion: 'a.met_mediation_criterion', id: 'a.id' };

/** The columns AccessToLawAssessment shows: lists read only these (no internal column, no entity hydration). */
export const ASSESSMENT_FIELDS = [
  ...RECORD_FIELDS, 'year', 'metStandard', 'metMediationCriterion', 'note',
] as const;
export type AccessToLawAssessmentRow = Pick<AccessToLawAssessmentEntity, (typeof ASSESSMENT_FIELDS)[number]>;

export const toAccessToLawAssessment = (a: AccessToLawAssessmentRow): AccessToLawAssessment => ({
  id: a.id, unitId: a.unitId, synthetic: a.synthetic, version: a.version, createdAt: a.createdAt, updatedAt: a.updatedAt,
  year: a.year, metStandard: a.metStandard, metMediationCriterion: a.metMediationCriterion, note: a.note,
});

export class AccessToLawAssessmentService {
  private static filtered(manager: EntityManager, filter: AccessToLawAssessmentFilter = {}) {
    const qb = manager.createQueryBuilder(AccessToLawAssessmentEntity, 'a');
    if (filter.ids) qb.andWhere('a.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) qb.andWhere('a.unit_id in (select u.id from admin_unit u where u.search like :pattern)', { pattern: searchPattern(filter.q) });
    if (filter.unitId) underUnit(qb, filter.unitId);
    if (filter.year != null) qb.andWhere('a.year = :year', { year: filter.year });
    if (filter.metStandard != null) qb.andWhere('a.met_standard = :metStandard', { metStandard: filter.metStandard });
    if (filter.metMediationCriterion != null) qb.andWhere('a.met_mediation_criterion = :metMediation', { metMediation: filter.metMediationCriterion });
    return qb;
  }

  static async list(ctx: Context, args: AccessToLawAssessmentListArgs): Promise<AccessToLawAssessment[]> {
    const qb = AccessToLawAssessmentService.filtered(await ctx.db(), args.filter);
    return (await pageRows(ctx, 'AccessToLawAssessment', args.filter, applyListArgs(qb, args, SORTABLE, 'year', args.filter?.ids?.length), ASSESSMENT_FIELDS)).map(toAccessToLawAssessment);
  }

  static async count(ctx: Context, filter?: AccessToLawAssessmentFilter): Promise<number> {
    return pageCount(ctx, 'AccessToLawAssessment', filter, AccessToLawAssessmentService.filtered(await ctx.db(), filter));
  }

  static async byId(ctx: Context, id: string): Promise<AccessToLawAssessment | null> {
    const row = await (await ctx.db()).findOne(AccessToLawAssessmentEntity, { where: { id: parseId('id', id) } });
    return row ? toAccessToLawAssessment(row) : null;
  }

  static async create(ctx: Context, args: CreateAccessToLawAssessmentArgs): Promise<AccessToLawAssessment> {
    const unit = await writableUnit(ctx, args.unitId, ['COMMUNE'], LEVEL_MESSAGE);
    return toAccessToLawAssessment(await createAudited(ctx, ASSESSMENT, {
      unitId: unit.id, year: args.year, metStandard: args.metStandard, metMediationCriterion: args.metMediationCriterion, note: optionalText(args.note) ?? null,
    }));
  }

  static async update(ctx: Context, args: UpdateAccessToLawAssessmentArgs): Promise<AccessToLawAssessment> {
    const changes: Partial<AccessToLawAssessmentEntity> = {};
    if (args.metStandard != null) changes.metStandard = args.metStandard;
    if (args.metMediationCriterion != null) changes.metMediationCriterion = args.metMediationCriterion;
    if (args.note !== undefined) changes.note = optionalText(args.note) ?? null;
    return toAccessToLawAssessment(await updateAudited(ctx, ASSESSMENT, parseId('id', args.id), args.version, changes));
  }

  static async remove(ctx: Context, id: string, version: number): Promise<AccessToLawAssessment> {
    return toAccessToLawAssessment(await deleteAudited(ctx, ASSESSMENT, parseId('id', id), version));
  }
}
