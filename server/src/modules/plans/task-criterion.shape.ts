import { badInput } from '../../core/errors';
import { AgencyKind } from '../agencies/agency.type';
import { TaskCriterionKind } from './plan.enums';

/**
 * The documented shapes of task_criterion.parameters, one per kind. The workforce and pilot
 * modules read these; the seed loader and any writer validate with `criterionParameters`.
 * Words of the source are in task_criterion.text; parameters hold only what the text states.
 */
export type UnitLevelCode = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

/** An agency of a kind at a level: "Sở Tư pháp" = JUSTICE at PROVINCE; "UBND cấp huyện" = PEOPLES_COMMITTEE at DISTRICT. */
export type AgencyAt = { agencyKind: AgencyKind; level: UnitLevelCode };

/** At least `trainers` trainers of the pool at `level` per `perTeams` mediation teams (Decision 315/QĐ-TTg: 1 district trainer per 80 teams). */
export type TrainerRatio = { level: UnitLevelCode; trainers: number; perTeams: number };

/**
 * Keep trainer pools (tập huấn viên) at these levels, reviewed and consolidated to ensure number and
 * composition; optionally the ratios they must reach and the kinds of agency their members come from.
 */
export type TrainerPoolParameters = {
  levels: UnitLevelCode[]; actions: ('REVIEW' | 'CONSOLIDATE')[]; ensure: ('NUMBER' | 'COMPOSITION')[];
  ratios?: TrainerRatio[]; composition?: AgencyKind[];
};

/** Train the trainers of these levels' pools on these topics. */
export type TrainerTrainingParameters = { levels: UnitLevelCode[]; topics: ('METHOD' | 'PRACTICE' | 'SKILLS')[] };

export type PilotPriority = 'LOW_SETTLEMENT_RATE' | 'MANY_DIFFICULTIES' | 'FAILS_ACCESS_TO_LAW_MEDIATION_CRITERION' | 'HIGH_SETTLEMENT_RATE' | 'MANY_CASES';

/** Which priorities rank which candidates: a team has no access-to-law assessment nor a difficulty profile of its own. */
export const PRIORITIES_BY_LEVEL = {
  COMMUNE: ['LOW_SETTLEMENT_RATE', 'MANY_DIFFICULTIES', 'FAILS_ACCESS_TO_LAW_MEDIATION_CRITERION', 'HIGH_SETTLEMENT_RATE', 'MANY_CASES'],
  TEAM: ['LOW_SETTLEMENT_RATE', 'HIGH_SETTLEMENT_RATE', 'MANY_CASES'],
} as const satisfies Record<'COMMUNE' | 'TEAM', readonly PilotPriority[]>;

/**
 * Pilot direction (chỉ đạo điểm): who selects (with whom), among which units (the whole plan unit,
 * or each district for its own communes), communes or mediation teams (a district's "exemplary
 * team" model), how many (null: "một số", unspecified), with which priorities in order (ANY: one
 * suffices, "hoặc"), and whether it is left to circumstances ("tùy theo tình hình thực tế").
 */
export type PilotSelectionParameters = {
  selectedBy: AgencyAt;
  together?: AgencyAt;
  within: 'PLAN_UNIT' | 'EACH_DISTRICT';
  unitLevel: 'COMMUNE' | 'TEAM';
  count: number | null;
  priorities: PilotPriority[];
  priorityMode: 'ANY' | 'ALL';
  conditional: boolean;
};

/**
 * Review mediation teams and add or replace mediators when these conditions hold, to ensure these;
 * optionally the size a team must reach (Law 35/2013 art. 12: at least 3 mediators, at least 1 woman).
 */
export type MediatorWorkforceParameters = {
  actions: ('REVIEW' | 'ASSESS' | 'ADD' | 'REPLACE')[];
  when: ('TEAM_LACKS_MEDIATORS' | 'MEDIATORS_UNDERPERFORM')[];
  ensure: ('NUMBER' | 'COMPOSITION' | 'STANDARDS')[];
  minMediatorsPerTeam?: number;
  minWomenPerTeam?: number;
};

/** Train these mediators on these topics. */
export type MediatorTrainingParameters = { trainees: 'MEDIATORS' | 'NEW_MEDIATORS'; topics: ('PRACTICE' | 'SKILLS' | 'LAW')[] };

export type CriterionParameters = {
  TRAINER_POOL: TrainerPoolParameters;
  TRAINER_TRAINING: TrainerTrainingParameters;
  PILOT_SELECTION: PilotSelectionParameters;
  MEDIATOR_WORKFORCE: MediatorWorkforceParameters;
  MEDIATOR_TRAINING: MediatorTrainingParameters;
};

const LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE'] as const;
type Json = Record<string, unknown>;

/** The input the parameters came in: `parameters` (seeds, JSON) or the typed input of the kind (`pilotSelection`). */
let prefix = 'parameters';

function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) throw badInput(`${prefix}.${field}`, `${field} must be one of ${allowed.join(', ')}`, 'VALUE_NOT_ALLOWED');
  return value as T;
}

function listOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T[] {
  if (!Array.isArray(value) || value.length === 0) throw badInput(`${prefix}.${field}`, `${field} must be a non-empty list`, 'LIST_TOO_SHORT', { min: 1 });
  const items = value.map((item, index) => oneOf(`${field}[${index}]`, item, allowed));
  if (new Set(items).size !== items.length) throw badInput(`${prefix}.${field}`, `${field} names an item twice`, 'LIST_ITEM_TWICE');
  return items;
}

function wholeNumber(field: string, value: unknown, min: number, max: number): number {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw badInput(`${prefix}.${field}`, `${field} is a whole number from ${min} to ${max}`, 'NUMBER_OUT_OF_RANGE', { min, max });
  }
  return value as number;
}

function agencyAt(field: string, value: unknown): AgencyAt {
  const object = (value ?? {}) as Json;
  if (typeof value !== 'object' || value === null) throw badInput(`${prefix}.${field}`, `${field} must be { agencyKind, level }`, 'VALUE_NOT_ALLOWED');
  return { agencyKind: oneOf(`${field}.agencyKind`, object.agencyKind, Object.values(AgencyKind)), level: oneOf(`${field}.level`, object.level, LEVELS) };
}

function ratios(value: unknown): TrainerRatio[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw badInput(`${prefix}.ratios`, 'ratios must be a list', 'VALUE_NOT_ALLOWED');
  // One ratio per level at most: the list stays within its read bound (core/graphql/bounds.ts).
  const levels = value.map((item: Json) => item?.level);
  if (new Set(levels).size !== levels.length) throw badInput(`${prefix}.ratios`, 'ratios names a level twice', 'LIST_ITEM_TWICE');
  return value.map((item: Json, index) => ({
    level: oneOf(`ratios[${index}].level`, item?.level, LEVELS),
    trainers: wholeNumber(`ratios[${index}].trainers`, item?.trainers, 1, 1000),
    perTeams: wholeNumber(`ratios[${index}].perTeams`, item?.perTeams, 1, 100000),
  }));
}

function pilotPriorities(p: Json, unitLevel: 'COMMUNE' | 'TEAM'): PilotPriority[] {
  const all = PRIORITIES_BY_LEVEL.COMMUNE;
  const priorities = listOf('priorities', p.priorities, all);
  const allowed: readonly PilotPriority[] = PRIORITIES_BY_LEVEL[unitLevel];
  const wrong = priorities.find((priority) => !allowed.includes(priority));
  if (wrong) {
    throw badInput(`${prefix}.priorities`, `${wrong} does not rank ${unitLevel === 'TEAM' ? 'mediation teams' : 'communes'}`, 'PILOT_PRIORITY_NOT_FOR_LEVEL', {
      priority: wrong, level: unitLevel,
    });
  }
  return priorities;
}

const SHAPES: { [K in TaskCriterionKind]: (p: Json) => CriterionParameters[K] } = {
  TRAINER_POOL: (p) => {
    const out: TrainerPoolParameters = {
      levels: listOf('levels', p.levels, LEVELS), actions: listOf('actions', p.actions, ['REVIEW', 'CONSOLIDATE'] as const),
      ensure: listOf('ensure', p.ensure, ['NUMBER', 'COMPOSITION'] as const),
    };
    const given = ratios(p.ratios);
    if (given?.length) out.ratios = given;
    if (Array.isArray(p.composition) && p.composition.length) out.composition = listOf('composition', p.composition, Object.values(AgencyKind));
    return out;
  },
  TRAINER_TRAINING: (p) => ({ levels: listOf('levels', p.levels, LEVELS), topics: listOf('topics', p.topics, ['METHOD', 'PRACTICE', 'SKILLS'] as const) }),
  PILOT_SELECTION: (p) => {
    const count = p.count ?? null;
    if (count !== null) wholeNumber('count', count, 1, 500);
    if (typeof p.conditional !== 'boolean') throw badInput(`${prefix}.conditional`, 'conditional must be true or false', 'VALUE_NOT_ALLOWED');
    const selectedBy = agencyAt('selectedBy', p.selectedBy);
    const together = p.together == null ? undefined : agencyAt('together', p.together);
    const within = oneOf('within', p.within, ['PLAN_UNIT', 'EACH_DISTRICT'] as const);
    const unitLevel = oneOf('unitLevel', p.unitLevel, ['COMMUNE', 'TEAM'] as const);
    return {
      selectedBy, ...(together ? { together } : {}), within, unitLevel, count: count as number | null,
      priorities: pilotPriorities(p, unitLevel),
      priorityMode: oneOf('priorityMode', p.priorityMode, ['ANY', 'ALL'] as const),
      conditional: p.conditional,
    };
  },
  MEDIATOR_WORKFORCE: (p) => {
    const out: MediatorWorkforceParameters = {
      actions: listOf('actions', p.actions, ['REVIEW', 'ASSESS', 'ADD', 'REPLACE'] as const),
      when: listOf('when', p.when, ['TEAM_LACKS_MEDIATORS', 'MEDIATORS_UNDERPERFORM'] as const),
      ensure: listOf('ensure', p.ensure, ['NUMBER', 'COMPOSITION', 'STANDARDS'] as const),
    };
    if (p.minMediatorsPerTeam != null) out.minMediatorsPerTeam = wholeNumber('minMediatorsPerTeam', p.minMediatorsPerTeam, 3, 100);
    if (p.minWomenPerTeam != null) out.minWomenPerTeam = wholeNumber('minWomenPerTeam', p.minWomenPerTeam, 1, 100);
    return out;
  },
  MEDIATOR_TRAINING: (p) => ({
    trainees: oneOf('trainees', p.trainees, ['MEDIATORS', 'NEW_MEDIATORS'] as const),
    topics: listOf('topics', p.topics, ['PRACTICE', 'SKILLS', 'LAW'] as const),
  }),
};

/**
 * Validates parameters against their kind's shape and returns them in canonical form (unknown keys
 * dropped). A refusal names `<input>.<field>`: `parameters.count` for JSON, `pilotSelection.count`
 * for the typed input of the API.
 */
export function criterionParameters<K extends TaskCriterionKind>(kind: K, parameters: unknown, input = 'parameters'): CriterionParameters[K] {
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) throw badInput(input, `${input} must be an object`, 'VALUE_NOT_ALLOWED');
  prefix = input;
  try {
    return SHAPES[kind](parameters as Json);
  } finally {
    prefix = 'parameters';
  }
}
