import type { EntityManager } from 'typeorm';
import type { Context } from '../../core/context';
import { badInput, notFound } from '../../core/errors';
import { parseId } from '../../core/graphql/list';
import { covers, isWithin } from '../../core/tenancy/scope';
import { assertYear } from '../indicators/indicator.loader';
import { figuresOf } from '../indicators/indicator.repository';
import { coverageOf } from '../indicators/indicator.type';
import { UnitService } from '../units/unit.service';
import { type PilotCandidate, type PilotCriterion, PilotPriority, type PilotRanking } from './pilot-selection.type';
import { rankedTeams } from './pilot-team.repository';

/** The order the ranking keys apply in, whichever criterion of the task names them (see rank below). */
const PRECEDENCE: readonly PilotPriority[] = [
  PilotPriority.FAILS_ACCESS_TO_LAW_MEDIATION_CRITERION, PilotPriority.LOW_SETTLEMENT_RATE, PilotPriority.MANY_DIFFICULTIES,
];

type CriterionRow = { id: number; position: number; text: string; parameters: { count?: number | null; priorities?: string[]; selectedBy?: { level?: string }; unitLevel?: string } };
type CandidateRow = { id: number; code: string; name: string; parent_name: string | null; met_mediation_criterion: boolean | null; difficulty_score: number | null; difficulties: string | null };
export type Ranked = Omit<PilotCandidate, 'position' | 'rank' | 'tied'>;

/** The task and the unit the plan belongs to, if the caller may read the task. */
async function taskOf(manager: EntityManager, planTaskId: number): Promise<{ planUnitId: number; planUnitPath: string }> {
  const rows: { unit_id: number; unit_path: string }[] = await manager.query('select unit_id, unit_path::text from plan_task where id = $1', [planTaskId]);
  if (!rows[0]) throw notFound('PlanTask', planTaskId);
  return { planUnitId: rows[0].unit_id, planUnitPath: rows[0].unit_path };
}

const failsKey = (c: Ranked) => (c.failsMediationCriterion === true ? 0 : c.failsMediationCriterion === null ? 1 : 2);

/** Compares settlement rates exactly (cross-multiplied); a commune without a concluded case ranks after those with a rate. */
function compareRates(a: Ranked, b: Ranked): number {
  const aTotal = a.casesSettled + a.casesNotSettled;
  const bTotal = b.casesSettled + b.casesNotSettled;
  if (aTotal === 0 || bTotal === 0) return (aTotal === 0 ? 1 : 0) - (bTotal === 0 ? 1 : 0);
  return a.casesSettled * bTotal - b.casesSettled * aTotal;
}

const compareDifficulties = (a: Ranked, b: Ranked) => (b.difficultyScore ?? -1) - (a.difficultyScore ?? -1);

/** The best rate first (an exemplary team); a candidate without a concluded case still ranks last. */
function compareHighRates(a: Ranked, b: Ranked): number {
  const aTotal = a.casesSettled + a.casesNotSettled;
  const bTotal = b.casesSettled + b.casesNotSettled;
  if (aTotal === 0 || bTotal === 0) return (aTotal === 0 ? 1 : 0) - (bTotal === 0 ? 1 : 0);
  return b.casesSettled * aTotal - a.casesSettled * bTotal;
}

const compareCases = (a: Ranked, b: Ranked) => (b.casesSettled + b.casesNotSettled) - (a.casesSettled + a.casesNotSettled);

/** Compares two candidates on the ranking keys only (0: tied). */
function byCriteria(priorities: PilotPriority[]) {
  return (a: Ranked, b: Ranked): number => {
    for (const priority of priorities) {
      const order =
        priority === PilotPriority.FAILS_ACCESS_TO_LAW_MEDIATION_CRITERION ? failsKey(a) - failsKey(b)
        : priority === PilotPriority.LOW_SETTLEMENT_RATE ? compareRates(a, b)
        : priority === PilotPriority.HIGH_SETTLEMENT_RATE ? compareHighRates(a, b)
        : priority === PilotPriority.MANY_CASES ? compareCases(a, b)
        : compareDifficulties(a, b);
      if (order !== 0) return order;
    }
    return 0;
  };
}

/**
 * Ranks candidates: by the keys in order, then by unit code so the list is deterministic. Equal
 * keys share a competition rank and are flagged as tied, so nobody mistakes the code order for a merit.
 */
export function rank(candidates: Ranked[], priorities: PilotPriority[]): PilotCandidate[] {
  const compare = byCriteria(priorities);
  const sorted = [...candidates].sort((a, b) => compare(a, b) || a.code.localeCompare(b.code));
  const ranks: number[] = [];
  sorted.forEach((candidate, index) => ranks.push(index > 0 && compare(sorted[index - 1], candidate) === 0 ? ranks[index - 1] : index + 1));
  return sorted.map((candidate, index) => ({
    ...candidate,
    position: index + 1,
    rank: ranks[index],
    tied: ranks.filter((r) => r === ranks[index]).length > 1,
  }));
}

export class PilotRankingService {
  /**
   * The live ranking of the communes below the selecting unit (default: the plan's unit) for a
   * plan task's PILOT_SELECTION criteria, on the data of the year, under the caller's RLS.
   * The keys are the union of the priorities of all the task's pilot criteria, in PRECEDENCE
   * order: Bạc Liêu's task 4 names "low settlement rate or many difficulties" for the province's
   * choice and "communes failing the access-to-law mediation criterion" for the districts' own,
   * and the issue ranks the latter first.
   */
  static async rank(ctx: Context, planTaskIdArg: string, year: number, unitIdArg?: string | null): Promise<PilotRanking> {
    assertYear(year);
    const manager = await ctx.db();
    const planTaskId = parseId('planTaskId', planTaskIdArg);
    const task = await taskOf(manager, planTaskId);
    const criteriaRows: CriterionRow[] = await manager.query(
      `select id, position, text, parameters from task_criterion where task_id = $1 and kind = 'PILOT_SELECTION' order by position`, [planTaskId]);
    if (criteriaRows.length === 0) throw badInput('planTaskId', 'This task has no pilot-selection criterion', 'PILOT_TASK_HAS_NO_CRITERION');
    const unit = await UnitService.entity(manager, unitIdArg ? parseId('unitId', unitIdArg) : task.planUnitId);
    if (!unit || !covers(ctx.scope.read, unit.path)) throw notFound('AdministrativeUnit', unitIdArg ?? task.planUnitId);
    if (!isWithin(unit.path, task.planUnitPath)) throw badInput('unitId', 'The selecting unit is the plan\'s unit or a unit below it', 'PILOT_UNIT_OUTSIDE_PLAN');

    const criteria: PilotCriterion[] = criteriaRows.map((row) => ({
      id: row.id, position: row.position, text: row.text, count: row.parameters.count ?? null, selectedByLevel: row.parameters.selectedBy?.level ?? '',
    }));
    const own = criteria.find((c) => c.selectedByLevel === unit.level);
    // A team-level criterion (a district's exemplary-team model) ranks the teams below the unit by
    // the team's own figures, with its priorities in its own order.
    const governing = criteriaRows.find((row) => row.id === own?.id) ?? criteriaRows[0];
    if (governing.parameters.unitLevel === 'TEAM') {
      const teamPriorities = (governing.parameters.priorities ?? []) as PilotPriority[];
      const teams = await rankedTeams(manager, unit.path, year);
      return {
        planTaskId, unitId: unit.id, year, count: governing.parameters.count ?? null, priorities: teamPriorities, criteria, candidateLevel: 'TEAM',
        candidates: rank(teams, teamPriorities),
      };
    }
    const named = new Set(criteriaRows.filter((row) => row.parameters.unitLevel !== 'TEAM').flatMap((row) => row.parameters.priorities ?? []));
    const priorities = PRECEDENCE.filter((priority) => named.has(priority));

    const rows: CandidateRow[] = await manager.query(
      `select c.id, c.code, c.name, p.name as parent_name, a.met_mediation_criterion, f.difficulty_score, f.difficulties
         from admin_unit c
         left join admin_unit p on p.id = c.parent_id
         left join access_to_law_assessment a on a.unit_id = c.id and a.year = $2
         left join commune_profile f on f.unit_id = c.id
        where c.path <@ $1::ltree and c.level = 'COMMUNE'
        order by c.code`,
      [unit.path, year],
    );
    const figures = await figuresOf(ctx, rows.map((row) => ({ key: String(row.id), unitId: row.id, year })));
    const candidates: Ranked[] = rows.map((row, index) => {
      const { casesSettled, casesNotSettled } = figures[index].counts;
      return {
        unitId: row.id, code: row.code, name: row.name, parentName: row.parent_name,
        failsMediationCriterion: row.met_mediation_criterion == null ? null : !row.met_mediation_criterion,
        settlementRate: casesSettled + casesNotSettled > 0 ? (100 * casesSettled) / (casesSettled + casesNotSettled) : null,
        casesSettled, casesNotSettled, difficultyScore: row.difficulty_score, difficulties: row.difficulties, chosen: false,
        coverage: coverageOf(figures[index].coverage),
      };
    });
    return { planTaskId, unitId: unit.id, year, count: own?.count ?? null, priorities, criteria, candidateLevel: 'COMMUNE', candidates: rank(candidates, priorities) };
  }
}
