import type { SparseField } from '../graphql/fieldSelections';
import type { PilotSelection, PilotTask } from './types';

/** What the pilot screens ask for (sparse fields): the ranking snapshot only on the show page. */
const unit: SparseField[] = ['id', 'code', 'name', 'level'];
const task: SparseField = { planTask: ['id', 'code', 'title', { plan: ['id', 'number'] }] };

export const CANDIDATE_FIELDS = [
  'unitId', 'teamId', 'code', 'name', 'parentName', 'position', 'rank', 'tied', 'failsMediationCriterion', 'settlementRate', 'casesSettled',
  'casesNotSettled', 'difficultyScore', 'chosen',
] as const;

export const PILOT_LIST_FIELDS: SparseField[] = [
  'id', 'unitId', 'planTaskId', 'year', 'count', 'chosenByName', 'chosenAt', 'version', 'candidateLevel', { unit }, task, { chosenUnits: unit },
  { chosenCandidates: ['unitId', 'teamId', 'name', 'parentName'] },
];

export const PILOT_SHOW_FIELDS: SparseField[] = [
  ...PILOT_LIST_FIELDS, 'rationale', 'priorities', { criteria: ['id', 'position', 'text', 'count', 'selectedByLevel'] }, { candidates: [...CANDIDATE_FIELDS] },
];

/** A plan task as the pilot screens name it: "21/KH-UBND · 4. Title", or "1. Title" for a plan without a number. */
export const taskName = (task: PilotTask): string => `${task.plan?.number ? `${task.plan.number} · ` : ''}${task.code}. ${task.title}`;

/**
 * What a selection chose, as its list row, its title and its export name it: the communes (`unitName`
 * gives their form, e.g. with the code), or the mediation teams with their commune, as recorded.
 */
export function chosenNames(selection: PilotSelection, unitName: (unit: { name: string; code?: string | null }) => string, separator: string): string {
  if (selection.candidateLevel === 'TEAM') return (selection.chosenCandidates ?? []).map((c) => `${c.name} (${c.parentName})`).join(separator);
  return (selection.chosenUnits ?? []).map(unitName).join(separator);
}
