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

/** Keep trainer pools (tập huấn viên) at these levels, reviewed and consolidated to ensure number and composition. */
export type TrainerPoolParameters = { levels: UnitLevelCode[]; actions: ('REVIEW' | 'CONSOLIDATE')[]; ensure: ('NUMBER' | 'COMPOSITION')[] };

/** Train the trainers of these levels' pools on these topics. */
export type TrainerTrainingParameters = { levels: UnitLevelCode[]; topics: ('METHOD' | 'PRACTICE' | 'SKILLS')[] };

export type PilotPriority = 'LOW_SETTLEMENT_RATE' | 'MANY_DIFFICULTIES' | 'FAILS_ACCESS_TO_LAW_MEDIATION_CRITERION';

/**
 * Pilot direction (chỉ đạo điểm): who selects (with whom), among which units (the whole plan unit,
 * or each district for its own communes), how many (null: "một số", unspecified), with which
 * priorities (ANY: one suffices, "hoặc"), and whether it is left to circumstances ("tùy theo tình hình thực tế").
 */
export type PilotSelectionParameters = {
  selectedBy: AgencyAt;
  together?: AgencyAt;
  within: 'PLAN_UNIT' | 'EACH_DISTRICT';
  unitLevel: 'COMMUNE';
  count: number | null;
  priorities: PilotPriority[];
  priorityMode: 'ANY' | 'ALL';
  conditional: boolean;
};

/** Review mediation teams and add or replace mediators when these conditions hold, to ensure these. */
export type MediatorWorkforceParameters = {
  actions: ('REVIEW' | 'ASSESS' | 'ADD' | 'REPLACE')[];
  when: ('TEAM_LACKS_MEDIATORS' | 'MEDIATORS_UNDERPERFORM')[];
  ensure: ('NUMBER' | 'COMPOSITION' | 'STANDARDS')[];
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

function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !allowed.includes(value as T)) throw badInput(`parameters.${field}`, `${field} must be one of ${allowed.join(', ')}`);
  return value as T;
}

function listOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T[] {
  if (!Array.isArray(value) || value.length === 0) throw badInput(`parameters.${field}`, `${field} must be a non-empty list`);
  return value.map((item, index) => oneOf(`${field}[${index}]`, item, allowed));
}

function agencyAt(field: string, value: unknown): AgencyAt {
  const object = (value ?? {}) as Json;
  if (typeof value !== 'object' || value === null) throw badInput(`parameters.${field}`, `${field} must be { agencyKind, level }`);
  return { agencyKind: oneOf(`${field}.agencyKind`, object.agencyKind, Object.values(AgencyKind)), level: oneOf(`${field}.level`, object.level, LEVELS) };
}

const SHAPES: { [K in TaskCriterionKind]: (p: Json) => CriterionParameters[K] } = {
  TRAINER_POOL: (p) => ({
    levels: listOf('levels', p.levels, LEVELS), actions: listOf('actions', p.actions, ['REVIEW', 'CONSOLIDATE'] as const),
    ensure: listOf('ensure', p.ensure, ['NUMBER', 'COMPOSITION'] as const),
  }),
  TRAINER_TRAINING: (p) => ({ levels: listOf('levels', p.levels, LEVELS), topics: listOf('topics', p.topics, ['METHOD', 'PRACTICE', 'SKILLS'] as const) }),
  PILOT_SELECTION: (p) => {
    if (p.count !== null && (!Number.isInteger(p.count) || (p.count as number) < 1)) throw badInput('parameters.count', 'count is a whole number of 1 or more, or null');
    if (typeof p.conditional !== 'boolean') throw badInput('parameters.conditional', 'conditional must be true or false');
    return {
      selectedBy: agencyAt('selectedBy', p.selectedBy),
      ...(p.together === undefined ? {} : { together: agencyAt('together', p.together) }),
      within: oneOf('within', p.within, ['PLAN_UNIT', 'EACH_DISTRICT'] as const),
      unitLevel: oneOf('unitLevel', p.unitLevel, ['COMMUNE'] as const),
      count: p.count as number | null,
      priorities: listOf('priorities', p.priorities, ['LOW_SETTLEMENT_RATE', 'MANY_DIFFICULTIES', 'FAILS_ACCESS_TO_LAW_MEDIATION_CRITERION'] as const),
      priorityMode: oneOf('priorityMode', p.priorityMode, ['ANY', 'ALL'] as const),
      conditional: p.conditional,
    };
  },
  MEDIATOR_WORKFORCE: (p) => ({
    actions: listOf('actions', p.actions, ['REVIEW', 'ASSESS', 'ADD', 'REPLACE'] as const),
    when: listOf('when', p.when, ['TEAM_LACKS_MEDIATORS', 'MEDIATORS_UNDERPERFORM'] as const),
    ensure: listOf('ensure', p.ensure, ['NUMBER', 'COMPOSITION', 'STANDARDS'] as const),
  }),
  MEDIATOR_TRAINING: (p) => ({
    trainees: oneOf('trainees', p.trainees, ['MEDIATORS', 'NEW_MEDIATORS'] as const),
    topics: listOf('topics', p.topics, ['PRACTICE', 'SKILLS', 'LAW'] as const),
  }),
};

/** Validates parameters against their kind's shape and returns them in canonical form (unknown keys dropped). */
export function criterionParameters<K extends TaskCriterionKind>(kind: K, parameters: unknown): CriterionParameters[K] {
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) throw badInput('parameters', 'parameters must be an object');
  return SHAPES[kind](parameters as Json);
}
