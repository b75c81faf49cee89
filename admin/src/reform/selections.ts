import type { SparseField } from '../graphql/fieldSelections';

const unit: SparseField[] = ['id', 'code', 'name', 'level', 'validFrom'];

/** A move with its hamlet and both units, embedded (no lookup per row). */
export const HAMLET_MOVE_FIELDS: SparseField[] = [
  'id', 'hamletId', { hamlet: ['id', 'name'] }, 'unitId', { unit }, 'fromUnitId', { fromUnit: unit }, 'movedOn', 'basis', 'mapping', 'teams', 'mediators',
  'note', 'movedById', 'createdAt', 'version',
];

/** An unassigned hamlet with its old commune and its candidates. */
export const UNASSIGNED_HAMLET_FIELDS: SparseField[] = ['id', 'name', 'kind', 'unitId', { unit }, 'mapping', 'teams', 'mediators', 'candidateIds', { candidates: unit }];
