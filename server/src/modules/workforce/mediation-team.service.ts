import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { pageCount } from '../../core/rows';
import { pageWithUnits } from '../units/unit.loader';
import { MOVABLE_FIELDS, RECORD_FIELDS } from './tenant-record.type';
import { assertWritable, createAudited, deleteAudited, updateAudited } from '../../core/crud';
import { badInput, explainConstraint, notFound } from '../../core/errors';
import { applyListArgs, numericIds, parseId, searchPattern } from '../../core/graphql/list';
import { columnReads, MOVED_RECORD_READS, MOVED_RECORD_UNITS, type ColumnShape } from '../../core/graphql/selection';
import { HamletEntity } from '../hamlets/hamlet.entity';
import type { CreateMediationTeamArgs, MediationTeamFilter, MediationTeamListArgs, UpdateMediationTeamArgs } from './mediation-team.args';
import { MediationTeamEntity } from './mediation-team.entity';
import { type MediationTeam, TeamStatus } from './mediation-team.type';
import { MediatorEntity } from './mediator.entity';
import { cleanText, underUnit } from '../../core/tenant-query';
import type { MediatorField } from './mediator.service';
import { keepMediators, mediatorsJoin } from './workforce.loader';

explainConstraint('mediation_team_hamlet_active_idx', 'hamletId', 'This hamlet already has an active mediation team', 'TEAM_HAMLET_HAS_ACTIVE_TEAM');
explainConstraint('mediation_team_hamlet_fkey', 'hamletId', "The hamlet is not in the team's commune", 'TEAM_HAMLET_OUTSIDE_COMMUNE');
explainConstraint('mediation_team_name_check', 'name', 'name must be 1 to 200 characters long', 'TEXT_LENGTH');
explainConstraint('mediation_team_dissolved_check', 'dissolvedOn', 'A dissolved team has a dissolution date, an active team none', 'TEAM_DISSOLVED_NEEDS_DATE');
explainConstraint('mediation_team_dates_check', 'dissolvedOn', 'A team cannot be dissolved before it was established', 'TEAM_DISSOLVED_BEFORE_ESTABLISHED');
explainConstraint('mediation_team_leader_fkey', 'leaderMediatorId', 'The leader must be a mediator of this team', 'TEAM_LEADER_NOT_MEMBER');

export const TEAM = {
  name: 'MediationTeam',
  entity: MediationTeamEntity,
  snapshot: (t: MediationTeamEntity) => ({
    unitId: t.unitId, hamletId: t.hamletId, name: t.name, leaderMediatorId: t.leaderMediatorId,
    establishedOn: t.establishedOn, status: t.status, dissolvedOn: t.dissolvedOn,
  }),
};

const SORTABLE = {
  name: 't.name', status: 't.status', establishedOn: 't.established_on', hamletId: 't.hamlet_id', unitId: 't.unit_id',
  createdAt: 't.created_at', updatedAt: 't.updated_at', id: 't.id',
};

/** The columns MediationTeam shows: lists read only these (no internal column, no entity hydration). */
export const TEAM_FIELDS = [
  ...RECORD_FIELDS, ...MOVABLE_FIELDS, 'hamletId', 'name', 'leaderMediatorId', 'establishedOn', 'status', 'dissolvedOn',
] as const;
export type MediationTeamField = (typeof TEAM_FIELDS)[number];
export type MediationTeamRow = Pick<MediationTeamEntity, MediationTeamField>;

/** The columns a selection of MediationTeam reads (its lists of mediators, reviews and compliance need only the id). */
export const TEAM_READS = columnReads<MediationTeamField>(TEAM_FIELDS, ['id'], {
  ...MOVED_RECORD_READS, hamlet: ['hamletId'], leader: ['leaderMediatorId'], mediators: [], reviews: [], compliance: [],
}, MOVED_RECORD_UNITS);

export const toMediationTeam = (t: MediationTeamRow): MediationTeam => ({
  id: t.id, unitId: t.unitId, synthetic: t.synthetic, version: t.version, createdAt: t.createdAt, updatedAt: t.updatedAt,
  formerUnitId: t.movedFromUnitId, movedOn: t.movedOn, hamletId: t.hamletId, name: t.name, leaderMediatorId: t.leaderMediatorId,
  establishedOn: t.establishedOn, status: t.status as TeamStatus, dissolvedOn: t.dissolvedOn,
});

/** Mediation teams. Which rows exist for the caller is row-level security's decision alone. */
export class MediationTeamService {
  private static filtered(manager: EntityManager, filter: MediationTeamFilter = {}) {
    const qb = manager.createQueryBuilder(MediationTeamEntity, 't');
    if (filter.ids) qb.andWhere('t.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) qb.andWhere('t.search like :pattern', { pattern: searchPattern(filter.q) });
    if (filter.unitId) underUnit(qb, filter.unitId);
    if (filter.hamletId) qb.andWhere('t.hamlet_id = :hamletId', { hamletId: parseId('filter.hamletId', filter.hamletId) });
    if (filter.status) qb.andWhere('t.status = :status', { status: filter.status });
    if (filter.compliant != null) {
      qb.andWhere('exists (select 1 from mediation_team_compliance c where c.team_id = t.id and c.compliant = :compliant)', { compliant: filter.compliant });
    }
    return qb;
  }

  /**
   * A page of teams, only the columns `shape` names (every column without one), and with
   * `mediators` each team's mediators read in the same statement (mediatorsAsked).
   */
  static async list(ctx: Context, args: MediationTeamListArgs, shape?: ColumnShape<MediationTeamField>, mediators?: ColumnShape<MediatorField> | null): Promise<MediationTeam[]> {
    const manager = await ctx.db();
    const qb = MediationTeamService.filtered(manager, args.filter);
    const mediatorTable = manager.connection.getMetadata(MediatorEntity);
    const rows = await pageWithUnits(ctx, 'MediationTeam', args.filter, applyListArgs(qb, args, SORTABLE, 'name', args.filter?.ids?.length), shape?.properties ?? TEAM_FIELDS, shape?.units,
      mediators ? [mediatorsJoin(mediatorTable, mediators)] : []);
    if (mediators) keepMediators(ctx, mediatorTable, mediators, rows);
    return (rows as MediationTeamRow[]).map(toMediationTeam);
  }

  static async count(ctx: Context, filter?: MediationTeamFilter): Promise<number> {
    return pageCount(ctx, 'MediationTeam', filter, MediationTeamService.filtered(await ctx.db(), filter));
  }

  static async byId(ctx: Context, id: string): Promise<MediationTeam | null> {
    const row = await (await ctx.db()).findOne(MediationTeamEntity, { where: { id: parseId('id', id) } });
    return row ? toMediationTeam(row) : null;
  }

  /** The team's row, readable, else NOT_FOUND (another tenant's team is indistinguishable from none). */
  static async readable(ctx: Context, field: string, id: string): Promise<MediationTeamEntity> {
    const team = await (await ctx.db()).findOne(MediationTeamEntity, { where: { id: parseId(field, id) } });
    if (!team) throw notFound('MediationTeam', id);
    return team;
  }

  /** The team's row for a service that changes it or its roster: readable, else NOT_FOUND; writable now, else FORBIDDEN. */
  static async writable(ctx: Context, field: string, id: string): Promise<MediationTeamEntity> {
    const team = await MediationTeamService.readable(ctx, field, id);
    assertWritable(ctx, team.unitPath);
    return team;
  }

  static async create(ctx: Context, args: CreateMediationTeamArgs): Promise<MediationTeam> {
    const manager = await ctx.db();
    const hamlet = await manager.findOne(HamletEntity, { where: { id: parseId('hamletId', args.hamletId) } });
    if (!hamlet) throw notFound('Hamlet', args.hamletId);
    assertWritable(ctx, hamlet.unitPath);
    const name = args.name != null ? cleanText('name', args.name) : `Tổ hòa giải ${hamlet.name}`;
    return toMediationTeam(await createAudited(ctx, TEAM, {
      unitId: hamlet.unitId, hamletId: hamlet.id, name, establishedOn: args.establishedOn ?? null, status: 'ACTIVE',
    }));
  }

  static async update(ctx: Context, args: UpdateMediationTeamArgs): Promise<MediationTeam> {
    const team = await MediationTeamService.writable(ctx, 'id', args.id);
    const changes: Partial<MediationTeamEntity> = {};
    if (args.name != null) changes.name = cleanText('name', args.name);
    if (args.establishedOn !== undefined) changes.establishedOn = args.establishedOn;
    if (args.status != null) changes.status = args.status;
    const status = changes.status ?? team.status;
    if (status === TeamStatus.DISSOLVED) {
      const dissolvedOn = args.dissolvedOn !== undefined ? args.dissolvedOn : team.dissolvedOn;
      if (!dissolvedOn) throw badInput('dissolvedOn', 'Give the date the team was dissolved', 'TEAM_DISSOLVED_NEEDS_DATE');
      changes.dissolvedOn = dissolvedOn;
    } else {
      if (args.dissolvedOn) throw badInput('dissolvedOn', 'An active team has no dissolution date', 'TEAM_ACTIVE_HAS_NO_DISSOLUTION');
      changes.dissolvedOn = null;
    }
    if (args.leaderMediatorId !== undefined) {
      changes.leaderMediatorId = args.leaderMediatorId === null ? null : await MediationTeamService.leader(ctx, team, args.leaderMediatorId);
    }
    return toMediationTeam(await updateAudited(ctx, TEAM, team.id, args.version, changes));
  }

  /** Hard rule (Law 35/2013 art. 12): the leader is an active mediator of this very team. */
  private static async leader(ctx: Context, team: MediationTeamEntity, mediatorId: string): Promise<number> {
    const id = parseId('leaderMediatorId', mediatorId);
    const mediator = await (await ctx.db()).findOne(MediatorEntity, { where: { id } });
    if (!mediator || mediator.teamId !== team.id) throw badInput('leaderMediatorId', 'The leader must be a mediator of this team', 'TEAM_LEADER_NOT_MEMBER');
    if (mediator.status !== 'ACTIVE') {
      throw badInput('leaderMediatorId', `The leader must be an active mediator: ${mediator.fullName} left on ${mediator.leftOn}`, 'TEAM_LEADER_LEFT', {
        name: mediator.fullName, leftOn: mediator.leftOn,
      });
    }
    return id;
  }

  static async remove(ctx: Context, id: string, version: number): Promise<MediationTeam> {
    const team = await MediationTeamService.writable(ctx, 'id', id);
    const [used] = await (await ctx.db()).query(
      `select exists (select 1 from mediator where team_id = $1) or exists (select 1 from mediation_case where team_id = $1)
              or exists (select 1 from case_yearly_count where team_id = $1) as used`, [team.id]);
    if ((used as { used: boolean }).used) throw badInput('id', 'The team has mediators or cases: dissolve it instead of deleting it', 'TEAM_IN_USE');
    return toMediationTeam(await deleteAudited(ctx, TEAM, team.id, version));
  }
}
