import type { SparseField } from '../graphql/fieldSelections';

/** What the pilot screens ask for (sparse fields): the ranking snapshot only on the show page. */
const unit: SparseField[] = ['id', 'code', 'name', 'level'];
const task: SparseField = { planTask: ['id', 'code', 'title', { plan: ['id', 'number'] }] };

export const CANDIDATE_FIELDS = [
  'unitId', 'teamId', 'code', 'name', 'parentName', 'position', 'rank', 'tied', 'failsMediationCriterion', 'settlementRate', 'casesSettled',
  'casesNotSettled', 'difficultyScore', 'chosen',
] as const;

export const PILOT_LIST_FIELDS: SparseField[] = [
  'id', 'unitId', 'planTaskId', 'year', 'count', 'chosenByName', 'chosenAt', 'version', { unit }, task, { chosenUnits: unit },
];

export const PILOT_SHOW_FIELDS: SparseField[] = [
  ...PILOT_LIST_FIELDS, 'rationale', 'priorities', 'candidateLevel', { criteria: ['id', 'position', 'text', 'count', 'selectedByLevel'] }, { candidates: [...CANDIDATE_FIELDS] },
];
