import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { pageCount, pageRows } from '../../core/rows';
import { RECORD_FIELDS } from '../workforce/tenant-record.type';
import { createAudited, deleteAudited, updateAudited } from '../../core/crud';
import { badInput, conflict, explainConstraint, notFound } from '../../core/errors';
import { applyListArgs, numericIds, parseId, searchPattern } from '../../core/graphql/list';
import { MediationTeamService } from '../workforce/mediation-team.service';
import { assertInForce, datedUnit, recordUnitOf } from '../workforce/record-unit';
import { assertRowWritable, inYear, underUnit } from '../../core/tenant-query';
import { CasePartiesService } from './case-parties.service';
import type { CreateMediationCaseArgs, MediationCaseFilter, MediationCaseListArgs, UpdateMediationCaseArgs } from './mediation-case.args';
import { MediationCaseEntity } from './mediation-case.entity';
import { type CaseCategory, CaseOutcome, type MediationCase } from './mediation-case.type';

explainConstraint('mediation_case_closed_check', 'closedOn', 'A settled or not settled case has a closing date, a case in progress none', 'CASE_CLOSED_NEEDS_DATE');
explainConstraint('mediation_case_dates_check', 'closedOn', 'A case cannot close before it was received', 'CASE_CLOSED_BEFORE_RECEIVED');
explainConstraint('case_mediator_mediator_fkey', 'mediatorIds', 'The mediators of a case are members of its team', 'CASE_MEDIATORS_NOT_IN_TEAM');

type PersonalChanges = { parties: boolean; summary: boolean };
const UNCHANGED: PersonalChanges = { parties: false, summary: false };

/** The audit log never holds the parties or the summary (it is read by higher units): only that they changed. */
const caseResource = (changed: (row: MediationCaseEntity) => PersonalChanges, mediatorIds: (row: MediationCaseEntity) => number[]) => ({
  name: 'MediationCase',
  entity: MediationCaseEntity,
  snapshot: (c: MediationCaseEntity) => {
    const personal = changed(c);
    return {
      unitId: c.unitId, teamId: c.teamId, receivedOn: c.receivedOn, category: c.category, outcome: c.outcome, closedOn: c.closedOn,
      mediatorIds: mediatorIds(c), ...(personal.parties ? { partiesChanged: true } : {}), ...(personal.summary ? { summaryChanged: true } : {}),
    };
  },
});

/** A personal detail sent with text (blank means none on create). */
const sentText = (value: string | null | undefined): string | undefined => (value?.trim() ? value : undefined);

const SORTABLE = { receivedOn: 'c.received_on', closedOn: 'c.closed_on', category: 'c.category', outcome: 'c.outcome', teamId: 'c.team_id', unitId: 'c.unit_id', id: 'c.id' };

/** The columns MediationCase shows: lists read only these (no internal column, no entity hydration). */
export const CASE_FIELDS = [
  ...RECORD_FIELDS, 'teamId', 'receivedOn', 'category', 'outcome', 'closedOn',
] as const;
export type MediationCaseRow = Pick<MediationCaseEntity, (typeof CASE_FIELDS)[number]>;

export const toMediationCase = (c: MediationCaseRow): MediationCase => ({
  id: c.id, unitId: c.unitId, synthetic: c.synthetic, version: c.version, createdAt: c.createdAt, updatedAt: c.updatedAt,
  teamId: c.teamId, receivedOn: c.receivedOn, category: c.category as CaseCategory, outcome: c.outcome as CaseOutcome, closedOn: c.closedOn,
});

function checkClosing(outcome: CaseOutcome, receivedOn: string, closedOn: string | null): void {
  if (outcome === CaseOutcome.IN_PROGRESS && closedOn) throw badInput('closedOn', 'A case in progress has no closing date', 'CASE_IN_PROGRESS_HAS_CLOSING_DATE');
  if (outcome !== CaseOutcome.IN_PROGRESS && !closedOn) throw badInput('closedOn', 'Give the date the case was settled or closed unsettled', 'CASE_CLOSED_NEEDS_DATE');
  if (closedOn && closedOn < receivedOn) throw badInput('closedOn', 'A case cannot close before it was received', 'CASE_CLOSED_BEFORE_RECEIVED');
}

export class MediationCaseService {
  private static filtered(manager: EntityManager, filter: MediationCaseFilter = {}) {
    const qb = manager.createQueryBuilder(MediationCaseEntity, 'c');
    if (filter.ids) qb.andWhere('c.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) qb.andWhere('c.team_id in (select t.id from mediation_team t where t.search like :pattern)', { pattern: searchPattern(filter.q) });
    if (filter.unitId) underUnit(qb, filter.unitId);
    if (filter.teamId) qb.andWhere('c.team_id = :teamId', { teamId: parseId('filter.teamId', filter.teamId) });
    if (filter.hamletId) {
      qb.andWhere('c.team_id in (select t.id from mediation_team t where t.hamlet_id = :hamletId)', { hamletId: parseId('filter.hamletId', filter.hamletId) });
    }
    if (filter.year != null) inYear(qb, 'c.received_on', filter.year);
    if (filter.category) qb.andWhere('c.category = :category', { category: filter.category });
    if (filter.outcome) qb.andWhere('c.outcome = :outcome', { outcome: filter.outcome });
    return qb;
  }

  /** Newest first unless another order is asked for. */
  static async list(ctx: Context, args: MediationCaseListArgs): Promise<MediationCase[]> {
    const qb = MediationCaseService.filtered(await ctx.db(), args.filter);
    const sorted = { ...args, sortOrder: args.sortOrder ?? (args.sortField ? undefined : 'DESC') };
    return (await pageRows(ctx, 'MediationCase', args.filter, applyListArgs(qb, sorted, SORTABLE, 'receivedOn', args.filter?.ids?.length), CASE_FIELDS)).map(toMediationCase);
  }

  static async count(ctx: Context, filter?: MediationCaseFilter): Promise<number> {
    return pageCount(ctx, 'MediationCase', filter, MediationCaseService.filtered(await ctx.db(), filter));
  }

  static async byId(ctx: Context, id: string): Promise<MediationCase | null> {
    const row = await (await ctx.db()).findOne(MediationCaseEntity, { where: { id: parseId('id', id) } });
    return row ? toMediationCase(row) : null;
  }

  static async create(ctx: Context, args: CreateMediationCaseArgs): Promise<MediationCase> {
    const team = await MediationTeamService.readable(ctx, 'teamId', args.teamId);
    const outcome = args.outcome ?? CaseOutcome.IN_PROGRESS;
    const closedOn = args.closedOn ?? null;
    checkClosing(outcome, args.receivedOn, closedOn);
    // The case goes under the unit the team belonged to on the day it was received.
    const unit = await recordUnitOf(ctx, team, 'receivedOn', args.receivedOn);
    await MediationCaseService.checkNotOnPaper(ctx, team.id, args.receivedOn);
    const mediatorIds = await MediationCaseService.members(ctx, team.id, args.mediatorIds ?? []);
    const parties = sentText(args.parties);
    const summary = sentText(args.summary);
    if (parties || summary) await CasePartiesService.assertMayWrite(ctx, unit.path);
    const kase = await createAudited(ctx, caseResource(() => ({ parties: !!parties, summary: !!summary }), () => mediatorIds), {
      teamId: team.id, unitId: unit.id, receivedOn: args.receivedOn, category: args.category, outcome, closedOn,
    });
    await MediationCaseService.setMediators(ctx, kase, [], mediatorIds);
    await CasePartiesService.writeDetail(ctx, kase, 'parties', parties);
    await CasePartiesService.writeDetail(ctx, kase, 'summary', summary);
    return toMediationCase(kase);
  }

  static async update(ctx: Context, args: UpdateMediationCaseArgs): Promise<MediationCase> {
    const manager = await ctx.db();
    const before = await manager.findOne(MediationCaseEntity, { where: { id: parseId('id', args.id) } });
    if (!before) throw notFound('MediationCase', args.id);
    assertRowWritable(ctx, before);
    if (before.version !== args.version) throw conflict('MediationCase', before.id);
    const changes: Partial<MediationCaseEntity> = {};
    if (args.receivedOn != null) changes.receivedOn = args.receivedOn;
    if (args.category != null) changes.category = args.category;
    if (args.outcome != null) changes.outcome = args.outcome;
    if (args.closedOn !== undefined) changes.closedOn = args.closedOn;
    else if (args.outcome === CaseOutcome.IN_PROGRESS) changes.closedOn = null;
    checkClosing((changes.outcome ?? before.outcome) as CaseOutcome, changes.receivedOn ?? before.receivedOn, changes.closedOn !== undefined ? changes.closedOn : before.closedOn);
    if (changes.receivedOn) assertInForce(await datedUnit(manager, before.unitId), 'receivedOn', changes.receivedOn);
    if (changes.receivedOn && changes.receivedOn.slice(0, 4) !== before.receivedOn.slice(0, 4)) {
      await MediationCaseService.checkNotOnPaper(ctx, before.teamId, changes.receivedOn);
    }
    const current = (await manager.query('select mediator_id from case_mediator where case_id = $1 order by mediator_id', [before.id]) as { mediator_id: number }[])
      .map((row) => row.mediator_id);
    const next = args.mediatorIds ? await MediationCaseService.members(ctx, before.teamId, args.mediatorIds) : current;
    await MediationCaseService.setMediators(ctx, before, current, next);
    const personal: PersonalChanges = {
      parties: await CasePartiesService.writeDetail(ctx, before, 'parties', args.parties),
      summary: await CasePartiesService.writeDetail(ctx, before, 'summary', args.summary),
    };
    const isAfter = (row: MediationCaseEntity) => row.version !== args.version;
    const resource = caseResource((row) => (isAfter(row) ? personal : UNCHANGED), (row) => (isAfter(row) ? next : current));
    return toMediationCase(await updateAudited(ctx, resource, before.id, args.version, changes));
  }

  static async remove(ctx: Context, id: string, version: number): Promise<MediationCase> {
    const caseId = parseId('id', id);
    const mediatorIds = (await (await ctx.db()).query('select mediator_id from case_mediator where case_id = $1 order by mediator_id', [caseId]) as { mediator_id: number }[])
      .map((row) => row.mediator_id);
    return toMediationCase(await deleteAudited(ctx, caseResource(() => UNCHANGED, () => mediatorIds), caseId, version));
  }

  /** A team-year kept on paper (yearly counts) has no case rows: the figures would count twice. */
  private static async checkNotOnPaper(ctx: Context, teamId: number, receivedOn: string): Promise<void> {
    const year = Number(receivedOn.slice(0, 4));
    const rows: unknown[] = await (await ctx.db()).query('select 1 from case_yearly_count where team_id = $1 and year = $2', [teamId, year]);
    if (rows.length) throw badInput('receivedOn', `The team's ${year} cases are kept as yearly counts (paper book): record them there`, 'CASE_YEAR_KEPT_AS_COUNTS', { year });
  }

  /** The case's mediators are members of its team (the database checks it too, with composite keys). */
  private static async members(ctx: Context, teamId: number, ids: string[]): Promise<number[]> {
    const wanted = [...new Set(ids.map((id) => parseId('mediatorIds', id)))].sort((a, b) => a - b);
    if (!wanted.length) return [];
    const rows: { id: number }[] = await (await ctx.db()).query('select id from mediator where id = any($1) and team_id = $2', [wanted, teamId]);
    if (rows.length !== wanted.length) throw badInput('mediatorIds', 'The mediators of a case must be members of its team', 'CASE_MEDIATORS_NOT_IN_TEAM');
    return wanted;
  }

  private static async setMediators(ctx: Context, kase: MediationCaseEntity, before: number[], after: number[]): Promise<void> {
    const manager = await ctx.db();
    const removed = before.filter((id) => !after.includes(id));
    const added = after.filter((id) => !before.includes(id));
    if (removed.length) await manager.query('delete from case_mediator where case_id = $1 and mediator_id = any($2)', [kase.id, removed]);
    if (added.length) {
      await manager.query('insert into case_mediator (case_id, mediator_id, team_id, unit_id) select $1, unnest($2::int[]), $3, $4', [kase.id, added, kase.teamId, kase.unitId]);
    }
  }
}
