import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { pageCount } from '../../core/rows';
import { pageWithUnits } from '../units/unit.loader';
import { columnReads, MOVED_RECORD_READS, MOVED_RECORD_UNITS, type ColumnShape } from '../../core/graphql/selection';
import { MOVABLE_FIELDS, RECORD_FIELDS } from './tenant-record.type';
import { assertWritable, createAudited, deleteAudited, updateAudited } from '../../core/crud';
import { badInput, explainConstraint, notFound } from '../../core/errors';
import { applyListArgs, numericIds, parseId, searchPattern } from '../../core/graphql/list';
import { MediationTeamService } from './mediation-team.service';
import type { CreateMediatorArgs, MediatorFilter, MediatorListArgs, UpdateMediatorArgs } from './mediator.args';
import { MediatorEntity } from './mediator.entity';
import { type Gender, type Mediator, MediatorStatus } from './mediator.type';
import { cleanText, optionalText, underUnit } from '../../core/tenant-query';

const VOTE_SHARE_RULE = 'A mediator must be elected by more than 50% of the household representatives (Law 35/2013, art. 8)';
explainConstraint('mediator_vote_share_check', 'voteShare', VOTE_SHARE_RULE, 'VOTE_SHARE_NOT_MAJORITY');
explainConstraint('mediator_team_fkey', 'teamId', 'The team is not in this commune', 'MEDIATOR_TEAM_OUTSIDE_COMMUNE');
explainConstraint('mediator_left_check', 'leftOn', 'A mediator who left has a leaving date, an active one none', 'MEDIATOR_LEFT_NEEDS_DATE');
explainConstraint('mediator_full_name_check', 'fullName', 'fullName must be 1 to 200 characters long', 'TEXT_LENGTH', { min: 1, max: 200 });
explainConstraint('mediator_birth_year_check', 'birthYear', 'birthYear must be between 1900 and 2100', 'BIRTH_YEAR_OUT_OF_RANGE', { min: 1900, max: 2100 });

const MEDIATOR = {
  name: 'Mediator',
  entity: MediatorEntity,
  snapshot: (m: MediatorEntity) => ({
    unitId: m.unitId, teamId: m.teamId, fullName: m.fullName, gender: m.gender, birthYear: m.birthYear, ethnicity: m.ethnicity,
    ethnicMinority: m.ethnicMinority, partyCellSecretary: m.partyCellSecretary, electedOn: m.electedOn, voteShare: m.voteShare,
    recognitionDecisionNumber: m.recognitionDecisionNumber, recognitionDecisionDate: m.recognitionDecisionDate,
    trained: m.trained, status: m.status, leftOn: m.leftOn,
  }),
};

const SORTABLE = {
  fullName: 'm.full_name', gender: 'm.gender', birthYear: 'm.birth_year', electedOn: 'm.elected_on', voteShare: 'm.vote_share',
  status: 'm.status', trained: 'm.trained', teamId: 'm.team_id', unitId: 'm.unit_id', createdAt: 'm.created_at', updatedAt: 'm.updated_at', id: 'm.id',
};

/** The columns Mediator shows: lists read only these (no internal column, no entity hydration). */
export const MEDIATOR_FIELDS = [
  ...RECORD_FIELDS, ...MOVABLE_FIELDS, 'teamId', 'fullName', 'gender', 'birthYear', 'ethnicity', 'ethnicMinority', 'partyCellSecretary',
  'electedOn', 'voteShare', 'recognitionDecisionNumber', 'recognitionDecisionDate', 'trained', 'trainedOn', 'status',
  'leftOn',
] as const;
export type MediatorField = (typeof MEDIATOR_FIELDS)[number];
export type MediatorRow = Pick<MediatorEntity, MediatorField>;

/** The columns a selection of Mediator reads: the id and the team always (a team's loader groups by it). */
export const MEDIATOR_READS = columnReads<MediatorField>(MEDIATOR_FIELDS, ['id', 'teamId'], { ...MOVED_RECORD_READS, team: ['teamId'] }, MOVED_RECORD_UNITS);

/**
 * A mediator row as the Mediator it shows. A row read for a selection holds only the columns the
 * selection reads, under the names Mediator gives them, except movedFromUnitId (formerUnitId):
 * without that column the row is the Mediator itself. PERF (issue 11, twenty-first round): W4's
 * 50 teams have about 350 mediators, and a new object of all 24 fields for each cost 68 KB a request.
 */
export const toMediator = (m: MediatorRow): Mediator => (m.movedFromUnitId === undefined ? m as unknown as Mediator : {
  id: m.id, unitId: m.unitId, synthetic: m.synthetic, version: m.version, createdAt: m.createdAt, updatedAt: m.updatedAt,
  formerUnitId: m.movedFromUnitId, movedOn: m.movedOn, teamId: m.teamId, fullName: m.fullName, gender: m.gender as Gender, birthYear: m.birthYear,
  ethnicity: m.ethnicity, ethnicMinority: m.ethnicMinority, partyCellSecretary: m.partyCellSecretary, electedOn: m.electedOn,
  voteShare: m.voteShare, recognitionDecisionNumber: m.recognitionDecisionNumber, recognitionDecisionDate: m.recognitionDecisionDate,
  trained: m.trained, trainedOn: m.trainedOn, status: m.status as MediatorStatus, leftOn: m.leftOn,
});

/** Hard rule (Law 35/2013 art. 8): more than half of the household representatives voted for the mediator. */
function checkVoteShare(voteShare: number): number {
  if (!(voteShare > 50 && voteShare <= 100)) throw badInput('voteShare', VOTE_SHARE_RULE, 'VOTE_SHARE_NOT_MAJORITY');
  return voteShare;
}

/** Kinh is the majority; any other ethnicity is an ethnic minority. A contradiction is refused. */
function ethnicMinorityOf(ethnicity: string | null | undefined, given: boolean | undefined, current = false): boolean {
  const derived = ethnicity ? ethnicity.normalize('NFC').trim().toLowerCase() !== 'kinh' : undefined;
  if (given !== undefined && derived !== undefined && given !== derived) {
    throw badInput('ethnicMinority', `ethnicMinority contradicts the ethnicity "${ethnicity}" (only Kinh is not a minority)`, 'ETHNIC_MINORITY_CONTRADICTS_ETHNICITY', {
      ethnicity,
    });
  }
  return given ?? derived ?? current;
}

export class MediatorService {
  private static filtered(manager: EntityManager, filter: MediatorFilter = {}) {
    const qb = manager.createQueryBuilder(MediatorEntity, 'm');
    if (filter.ids) qb.andWhere('m.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) qb.andWhere('m.search like :pattern', { pattern: searchPattern(filter.q) });
    if (filter.unitId) underUnit(qb, filter.unitId);
    if (filter.teamId) qb.andWhere('m.team_id = :teamId', { teamId: parseId('filter.teamId', filter.teamId) });
    if (filter.hamletId) {
      qb.andWhere('m.team_id in (select t.id from mediation_team t where t.hamlet_id = :hamletId)', { hamletId: parseId('filter.hamletId', filter.hamletId) });
    }
    if (filter.status) qb.andWhere('m.status = :status', { status: filter.status });
    if (filter.gender) qb.andWhere('m.gender = :gender', { gender: filter.gender });
    if (filter.ethnicMinority != null) qb.andWhere('m.ethnic_minority = :ethnicMinority', { ethnicMinority: filter.ethnicMinority });
    if (filter.trained != null) qb.andWhere('m.trained = :trained', { trained: filter.trained });
    if (filter.partyCellSecretary != null) qb.andWhere('m.party_cell_secretary = :secretary', { secretary: filter.partyCellSecretary });
    return qb;
  }

  /** A page of mediators, only the columns `shape` names (every column without one). */
  static async list(ctx: Context, args: MediatorListArgs, shape?: ColumnShape<MediatorField>): Promise<Mediator[]> {
    const qb = MediatorService.filtered(await ctx.db(), args.filter);
    const rows = await pageWithUnits(ctx, 'Mediator', args.filter, applyListArgs(qb, args, SORTABLE, 'fullName', args.filter?.ids?.length), shape?.properties ?? MEDIATOR_FIELDS, shape?.units);
    return (rows as MediatorRow[]).map(toMediator);
  }

  static async count(ctx: Context, filter?: MediatorFilter): Promise<number> {
    return pageCount(ctx, 'Mediator', filter, MediatorService.filtered(await ctx.db(), filter));
  }

  static async byId(ctx: Context, id: string): Promise<Mediator | null> {
    const row = await (await ctx.db()).findOne(MediatorEntity, { where: { id: parseId('id', id) } });
    return row ? toMediator(row) : null;
  }

  static async create(ctx: Context, args: CreateMediatorArgs): Promise<Mediator> {
    const team = await MediationTeamService.writable(ctx, 'teamId', args.teamId);
    if (team.status !== 'ACTIVE') throw badInput('teamId', 'The team is dissolved: mediators join active teams', 'MEDIATOR_TEAM_DISSOLVED');
    const ethnicity = optionalText(args.ethnicity) ?? null;
    return toMediator(await createAudited(ctx, MEDIATOR, {
      teamId: team.id, unitId: team.unitId, fullName: cleanText('fullName', args.fullName), gender: args.gender,
      birthYear: args.birthYear ?? null, ethnicity, ethnicMinority: ethnicMinorityOf(ethnicity, args.ethnicMinority),
      partyCellSecretary: args.partyCellSecretary ?? false, electedOn: args.electedOn ?? null, voteShare: checkVoteShare(args.voteShare),
      recognitionDecisionNumber: optionalText(args.recognitionDecisionNumber) ?? null, recognitionDecisionDate: args.recognitionDecisionDate ?? null,
      status: 'ACTIVE', leftOn: null,
    }));
  }

  static async update(ctx: Context, args: UpdateMediatorArgs): Promise<Mediator> {
    const manager = await ctx.db();
    const before = await manager.findOne(MediatorEntity, { where: { id: parseId('id', args.id) } });
    if (!before) throw notFound('Mediator', args.id);
    assertWritable(ctx, before.unitPath);
    const changes: Partial<MediatorEntity> = {};
    if (args.fullName != null) changes.fullName = cleanText('fullName', args.fullName);
    if (args.gender != null) changes.gender = args.gender;
    if (args.birthYear !== undefined) changes.birthYear = args.birthYear;
    if (args.ethnicity !== undefined) changes.ethnicity = optionalText(args.ethnicity) ?? null;
    if (args.ethnicity !== undefined || args.ethnicMinority != null) {
      changes.ethnicMinority = ethnicMinorityOf(changes.ethnicity ?? before.ethnicity, args.ethnicMinority ?? undefined, before.ethnicMinority);
    }
    if (args.partyCellSecretary != null) changes.partyCellSecretary = args.partyCellSecretary;
    if (args.electedOn !== undefined) changes.electedOn = args.electedOn;
    if (args.voteShare != null) changes.voteShare = checkVoteShare(args.voteShare);
    if (args.recognitionDecisionNumber !== undefined) changes.recognitionDecisionNumber = optionalText(args.recognitionDecisionNumber) ?? null;
    if (args.recognitionDecisionDate !== undefined) changes.recognitionDecisionDate = args.recognitionDecisionDate;
    Object.assign(changes, await MediatorService.statusChange(ctx, before, args));
    return toMediator(await updateAudited(ctx, MEDIATOR, before.id, args.version, changes));
  }

  /** Leaving needs a date, and the team's leader cannot leave before another leader is chosen. */
  private static async statusChange(ctx: Context, before: MediatorEntity, args: UpdateMediatorArgs): Promise<Partial<MediatorEntity>> {
    const status = args.status ?? before.status;
    if (status === MediatorStatus.ACTIVE) {
      if (args.leftOn) throw badInput('leftOn', 'An active mediator has no leaving date', 'MEDIATOR_ACTIVE_HAS_NO_LEAVING_DATE');
      return { status, leftOn: null };
    }
    const leftOn = args.leftOn !== undefined ? args.leftOn : before.leftOn;
    if (!leftOn) throw badInput('leftOn', 'Give the date the mediator left', 'MEDIATOR_LEFT_NEEDS_DATE');
    if (before.status === 'ACTIVE' && (await MediatorService.leads(ctx, before))) {
      throw badInput('status', 'This mediator leads the team: choose another leader before they leave', 'MEDIATOR_LEADS_TEAM');
    }
    return { status, leftOn };
  }

  private static async leads(ctx: Context, mediator: MediatorEntity): Promise<boolean> {
    const rows: unknown[] = await (await ctx.db()).query('select 1 from mediation_team where id = $1 and leader_mediator_id = $2', [mediator.teamId, mediator.id]);
    return rows.length > 0;
  }

  static async remove(ctx: Context, id: string, version: number): Promise<Mediator> {
    const manager = await ctx.db();
    const mediator = await manager.findOne(MediatorEntity, { where: { id: parseId('id', id) } });
    if (!mediator) throw notFound('Mediator', id);
    assertWritable(ctx, mediator.unitPath);
    if (await MediatorService.leads(ctx, mediator)) throw badInput('id', 'This mediator leads the team: choose another leader first', 'MEDIATOR_LEADS_TEAM');
    const named: unknown[] = await manager.query('select 1 from case_mediator where mediator_id = $1 limit 1', [mediator.id]);
    if (named.length) throw badInput('id', 'This mediator is named in the case book: record that they left instead of deleting them', 'MEDIATOR_NAMED_IN_CASES');
    return toMediator(await deleteAudited(ctx, MEDIATOR, mediator.id, version));
  }
}
