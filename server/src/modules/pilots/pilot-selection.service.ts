import type { EntityManager } from 'typeorm';
import { audit } from '../../core/audit';
import type { Context } from '../../core/context';
import { countRows } from '../../core/rows';
import { assertWritable } from '../../core/crud';
import { badInput, conflict, explainConstraint, notFound } from '../../core/errors';
import { applyListArgs, numericIds, parseId, searchPattern } from '../../core/graphql/list';
import { UnitService } from '../units/unit.service';
import { PilotRankingService } from './pilot-ranking.service';
import type { CreatePilotSelectionArgs, PilotSelectionFilter, PilotSelectionListArgs } from './pilot-selection.args';
import { PilotSelectionEntity } from './pilot-selection.entity';
import type { PilotPriority, PilotSelection } from './pilot-selection.type';

explainConstraint('pilot_selection_rationale_check', 'rationale', 'rationale must say why, in 10 to 5000 characters', 'PILOT_RATIONALE_LENGTH', {
  min: 10, max: 5000,
});
explainConstraint('pilot_selection_plan_task_id_fkey', 'planTaskId', 'A recorded pilot selection refers to this task', 'PILOT_TASK_IN_USE');

const SORTABLE = { year: 's.year', chosenAt: 's.chosen_at', unitId: 's.unit_id', planTaskId: 's.plan_task_id', id: 's.id' };

/** A recorded ranking's chosen candidates, with their communes and (team level) their teams: read once for the answer and for the audit. */
function chosenIn(ranking: PilotSelectionEntity['ranking']) {
  const candidates = ranking.filter((c) => c.chosen);
  return { candidates, unitIds: [...new Set(candidates.map((c) => c.unitId))], teamIds: candidates.filter((c) => c.teamId != null).map((c) => c.teamId!) };
}

export const toPilotSelection = (s: PilotSelectionEntity): PilotSelection => {
  const chosen = chosenIn(s.ranking);
  return {
    id: s.id, unitId: s.unitId, planTaskId: s.planTaskId, year: s.year, count: s.count, rationale: s.rationale,
    priorities: s.priorities as PilotPriority[], criteria: s.criteria, candidates: s.ranking,
    chosenUnitIds: chosen.unitIds, chosenById: s.chosenBy, chosenByName: s.chosenByName,
    candidateLevel: s.candidateLevel, chosenTeamIds: chosen.teamIds, chosenCandidates: chosen.candidates,
    chosenAt: s.chosenAt, version: s.version, createdAt: s.createdAt, updatedAt: s.updatedAt,
  };
};

const snapshotOf = (s: PilotSelectionEntity) => {
  const chosen = chosenIn(s.ranking);
  return {
    unitId: s.unitId, planTaskId: s.planTaskId, year: s.year, count: s.count, rationale: s.rationale, candidateLevel: s.candidateLevel,
    chosenUnitIds: chosen.unitIds, chosenTeamIds: chosen.teamIds,
  };
};

/** Recorded pilot selections: made once from the live ranking, then kept as they were. */
export class PilotSelectionService {
  private static filtered(manager: EntityManager, filter: PilotSelectionFilter = {}) {
    const qb = manager.createQueryBuilder(PilotSelectionEntity, 's');
    if (filter.ids) qb.andWhere('s.id = any(:ids)', { ids: numericIds(filter.ids) });
    if (filter.q) {
      qb.andWhere(`(app.search_text(s.chosen_by_name) like :pattern
        or exists (select 1 from pilot_unit p join admin_unit u on u.id = p.unit_id where p.selection_id = s.id and u.search like :pattern)
        or (s.candidate_level = 'TEAM' and exists (select 1 from jsonb_array_elements(s.ranking) c
              where c ->> 'chosen' = 'true' and app.search_text(concat_ws(' ', c ->> 'name', c ->> 'parentName')) like :pattern))
        or exists (select 1 from plan_task t join plan on plan.id = t.plan_id where t.id = s.plan_task_id and (plan.search like :pattern or app.search_text(t.title) like :pattern)))`,
      { pattern: searchPattern(filter.q) });
    }
    if (filter.unitId) qb.andWhere('s.unit_path <@ (select u.path from admin_unit u where u.id = :unitId)', { unitId: parseId('filter.unitId', filter.unitId) });
    if (filter.planTaskId) qb.andWhere('s.plan_task_id = :taskId', { taskId: parseId('filter.planTaskId', filter.planTaskId) });
    if (filter.year != null) qb.andWhere('s.year = :year', { year: filter.year });
    if (filter.chosenUnitId) {
      qb.andWhere(`(exists (select 1 from pilot_unit p where p.selection_id = s.id and p.unit_id = :chosen)
        or exists (select 1 from pilot_team p where p.selection_id = s.id and p.unit_id = :chosen))`, { chosen: parseId('filter.chosenUnitId', filter.chosenUnitId) });
    }
    return qb;
  }

  static async list(ctx: Context, args: PilotSelectionListArgs): Promise<PilotSelection[]> {
    const qb = PilotSelectionService.filtered(await ctx.db(), args.filter);
    return (await applyListArgs(qb, args, SORTABLE, 'chosenAt', args.filter?.ids?.length).getMany()).map(toPilotSelection);
  }

  static async count(ctx: Context, filter?: PilotSelectionFilter): Promise<number> {
    return countRows(ctx, PilotSelectionService.filtered(await ctx.db(), filter));
  }

  static async byId(ctx: Context, id: string): Promise<PilotSelection | null> {
    const row = await (await ctx.db()).findOne(PilotSelectionEntity, { where: { id: parseId('id', id) } });
    return row ? toPilotSelection(row) : null;
  }

  /** Records the choice with the ranking as it stands now: the snapshot never follows later data. */
  static async create(ctx: Context, args: CreatePilotSelectionArgs): Promise<PilotSelection> {
    const manager = await ctx.db();
    const ranking = await PilotRankingService.rank(ctx, args.planTaskId, args.year, args.unitId);
    const unit = (await UnitService.entity(manager, ranking.unitId))!;
    assertWritable(ctx, unit.path);
    const teams = ranking.candidateLevel === 'TEAM';
    const field = teams ? 'teamIds' : 'unitIds';
    const given = (teams ? args.teamIds : args.unitIds) ?? [];
    if (!given.length) throw badInput(field, `Choose at least one ${teams ? 'mediation team' : 'commune'}`, 'LIST_TOO_SHORT', { min: 1 });
    const chosen = [...new Set(given.map((id) => parseId(field, id)))];
    if (chosen.length !== given.length) throw badInput(field, 'A candidate is chosen only once', 'PILOT_UNIT_CHOSEN_TWICE');
    const keyOf = (c: { unitId: number; teamId?: number | null }) => (teams ? c.teamId! : c.unitId);
    const candidates = new Map(ranking.candidates.map((c) => [keyOf(c), c]));
    const stranger = chosen.find((id) => !candidates.has(id));
    if (stranger) {
      throw badInput(field, `${stranger} is not a candidate: choose among the ${teams ? 'mediation teams' : 'communes'} of ${unit.name}`, 'PILOT_UNIT_NOT_CANDIDATE', { unitId: stranger, unit: unit.name });
    }
    if (ranking.count != null && chosen.length !== ranking.count) {
      throw badInput(field, `The task's criterion asks for ${ranking.count}; ${chosen.length} chosen`, 'PILOT_COUNT_MISMATCH', {
        count: ranking.count, chosen: chosen.length,
      });
    }
    const rationale = args.rationale.normalize('NFC').trim().replace(/[ \t]+/g, ' ');
    if (rationale.length < 10) throw badInput('rationale', 'rationale must say why, in 10 to 5000 characters', 'PILOT_RATIONALE_LENGTH', { min: 10, max: 5000 });
    const snapshot = ranking.candidates.map((c) => ({ ...c, chosen: chosen.includes(keyOf(c)) }));
    const [inserted]: { id: number }[] = await manager.query(
      `insert into pilot_selection (unit_id, plan_task_id, year, count, rationale, priorities, criteria, ranking, chosen_by, chosen_by_name, candidate_level)
       select $1, $2, $3, $4, $5, $6, $7, $8, u.id, u.full_name, $10 from app_user u where u.id = $9
       returning id`,
      [unit.id, ranking.planTaskId, args.year, chosen.length, rationale, ranking.priorities, JSON.stringify(ranking.criteria),
        JSON.stringify(snapshot), ctx.caller?.userId ?? null, ranking.candidateLevel],
    );
    if (!inserted) throw notFound('User', ctx.caller?.userId);
    // The chosen are flagged: communes in pilot_unit, teams in pilot_team (read by their communes too).
    await manager.query(
      `insert into ${teams ? 'pilot_team (selection_id, team_id, rank)' : 'pilot_unit (selection_id, unit_id, rank)'}
       select $1, c.id, c.rank from unnest($2::int[], $3::int[]) as c (id, rank)`,
      [inserted.id, chosen, chosen.map((id) => candidates.get(id)!.rank)],
    );
    const row = (await manager.findOne(PilotSelectionEntity, { where: { id: inserted.id } }))!;
    await audit(ctx, manager, { entity: 'PilotSelection', entityId: row.id, action: 'CREATE', unitId: row.unitId, after: snapshotOf(row) });
    return toPilotSelection(row);
  }

  /** A recorded selection is never edited; a wrong one is deleted (audited) and made again. */
  static async remove(ctx: Context, id: string, version: number): Promise<PilotSelection> {
    const manager = await ctx.db();
    const row = await manager.findOne(PilotSelectionEntity, { where: { id: parseId('id', id) } });
    if (!row) throw notFound('PilotSelection', id);
    assertWritable(ctx, row.unitPath);
    const result = await manager.delete(PilotSelectionEntity, { id: row.id, version });
    if (!result.affected) throw conflict('PilotSelection', id);
    await audit(ctx, manager, { entity: 'PilotSelection', entityId: row.id, action: 'DELETE', unitId: row.unitId, before: snapshotOf(row) });
    return toPilotSelection(row);
  }
}
