/** The choices of the plan parts forms, each labelled by its message key (translated by react-admin's inputs). */
const of = (group: string, ids: readonly string[]) => ids.map((id) => ({ id, name: `hoagiai.planParts.${group}.${id}` }));

export const LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE'] as const;
export const frequencyChoices = of('frequency', ['YEARLY', 'HALF_YEARLY', 'QUARTERLY', 'MONTHLY', 'ONCE']);
export const levelChoices = of('level', LEVELS);
export const kindChoices = of('kind', ['PILOT_SELECTION', 'TRAINER_POOL', 'TRAINER_TRAINING', 'MEDIATOR_WORKFORCE', 'MEDIATOR_TRAINING']);
export const withinChoices = of('within', ['PLAN_UNIT', 'EACH_DISTRICT']);
export const candidateLevelChoices = of('candidateLevel', ['COMMUNE', 'TEAM']);
export const priorityModeChoices = of('priorityMode', ['ANY', 'ALL']);
export const priorityChoices = of('priority', ['LOW_SETTLEMENT_RATE', 'MANY_DIFFICULTIES', 'FAILS_ACCESS_TO_LAW_MEDIATION_CRITERION', 'HIGH_SETTLEMENT_RATE', 'MANY_CASES']);
export const poolActionChoices = of('action', ['REVIEW', 'CONSOLIDATE']);
export const workforceActionChoices = of('action', ['REVIEW', 'ASSESS', 'ADD', 'REPLACE']);
export const poolEnsureChoices = of('ensure', ['NUMBER', 'COMPOSITION']);
export const workforceEnsureChoices = of('ensure', ['NUMBER', 'COMPOSITION', 'STANDARDS']);
export const trainerTopicChoices = of('topic', ['METHOD', 'PRACTICE', 'SKILLS']);
export const mediatorTopicChoices = of('topic', ['PRACTICE', 'SKILLS', 'LAW']);
export const conditionChoices = of('condition', ['TEAM_LACKS_MEDIATORS', 'MEDIATORS_UNDERPERFORM']);
export const traineeChoices = of('trainees', ['MEDIATORS', 'NEW_MEDIATORS']);
export const agencyKindChoices = of('agencyKind', [
  'PEOPLES_COMMITTEE', 'PEOPLES_COUNCIL', 'PARTY_COMMITTEE', 'JUSTICE', 'FINANCE', 'FATHERLAND_FRONT', 'MASS_ORGANISATION', 'COURT', 'PROCURACY',
  'POLICE', 'JURISTS_ASSOCIATION', 'BAR_ASSOCIATION', 'MEDIA', 'OTHER',
]);
export const agencyLevelChoices = of('agencyLevel', ['PROVINCE', 'DISTRICT', 'COMMUNE', 'SAME_LEVEL', 'EVERY_LEVEL']);
export const dueBeforeChoices = [{ id: 'BEFORE', name: 'hoagiai.planParts.rule.before' }, { id: 'BY', name: 'hoagiai.planParts.rule.by' }];
