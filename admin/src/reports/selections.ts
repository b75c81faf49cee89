import type { SparseField } from '../graphql/fieldSelections';
import { REPORT_FIGURES, SHARES } from './types';

/** What the report screens ask for (sparse fields): a list page never fetches figures or history. */
const unit: SparseField = { unit: ['id', 'code', 'name', 'level'] };
const figures: SparseField[] = [...REPORT_FIGURES, ...SHARES, 'corrected'];

export const REPORT_LIST_FIELDS: SparseField[] = [
  'id', 'unitId', 'year', 'status', 'timeliness', 'daysLate', 'dueDate', 'submittedAt', 'approvedAt', 'version', unit,
];

export const REPORT_SHOW_FIELDS: SparseField[] = [
  ...REPORT_LIST_FIELDS, 'basis', 'dueBefore', 'lastOnTimeDay', 'computedAt', 'firstSubmittedAt', 'planId', 'warnings', 'actions',
  { figures }, { computedFigures: [...REPORT_FIGURES] },
  { taskProgress: ['taskId', 'code', 'title', 'text', 'corrected'] },
  { corrections: ['id', 'field', 'computed', 'previous', 'value', 'reason', 'correctedAt', 'correctedByName'] },
  { events: ['id', 'kind', 'at', 'userId', 'userName', 'reason', 'onTime'] },
  { indicatorValues: ['indicator', 'name', 'nameEn', 'unit', 'entered', 'numerator', 'denominator', 'totalNumerator', 'totalDenominator', 'actual'] },
];
