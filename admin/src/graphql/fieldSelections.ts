import { GET_LIST, GET_MANY, GET_MANY_REFERENCE } from 'react-admin';

/** ra-data-graphql-simple's sparse-field syntax: a field, or a nested object's fields. */
export type SparseField = string | { [field: string]: SparseField[] };

type Selection = { list: SparseField[]; one?: SparseField[] };

const unitSummary: SparseField[] = ['id', 'code', 'name', 'level', 'validFrom'];
const succession: SparseField[] = ['kind', { unit: unitSummary }];

const unitColumns: SparseField[] = [
  'id', 'code', 'name', 'type', 'level', 'validFrom', 'validTo', 'parentId', { parent: ['id', 'code', 'name', 'level'] },
];

const tenantRecord: SparseField[] = [
  'id', 'unitId', { unit: ['id', 'code', 'name', 'level'] }, 'name', 'kind', 'version', 'createdAt', 'updatedAt',
];

// A commune's or a team's yearly records: the unit is the record's own (a team's earlier years stay
// with its former commune), the team only its name.
const recordOf = (...fields: SparseField[]): Selection => {
  const list: SparseField[] = ['id', 'unitId', { unit: ['id', 'code', 'name', 'level'] }, ...fields, 'version'];
  return { list, one: [...list, 'synthetic', 'createdAt', 'updatedAt'] };
};
const team: SparseField = { team: ['id', 'name'] };

/**
 * What each resource asks for. By default ra-data-graphql-simple selects every field of the type,
 * including nested lists (a unit's children, successors, predecessors, a user's memberships): a
 * list page would then fetch pages of pages. Lists ask for their columns only; the show page adds
 * the small nested lists and leaves children to their own paginated query.
 */
const SELECTIONS: Record<string, Selection> = {
  AdministrativeUnit: {
    list: unitColumns,
    one: [...unitColumns, 'unmapped', { names: ['name', 'type', 'validFrom'] }, { successors: succession }, { predecessors: succession }],
  },
  Hamlet: { list: tenantRecord },
  Agency: { list: tenantRecord },
  TeamReview: recordOf('teamId', team, 'year', 'reviewed', 'compliantAfter', 'note'),
  CaseYearlyCount: recordOf('teamId', team, 'year', 'received', 'settled', 'notSettled', 'inProgress', 'note'),
  CommuneProfile: recordOf('minorityArea', 'difficultyScore', 'difficulties'),
  AccessToLawAssessment: recordOf('year', 'metStandard', 'metMediationCriterion', 'note'),
  User: { list: ['id', 'email', 'fullName', 'active', 'unitId', 'version'] },
  ReportObligation: {
    list: ['id', 'unitId', 'year', 'dueDate', 'dueBefore', 'basis', 'reportId', 'status', 'timeliness', 'daysLate', 'submittedAt', 'writable',
      { unit: ['id', 'code', 'name', 'level'] }],
  },
  Membership: {
    list: ['id', 'userId', { user: ['id', 'email', 'fullName'] }, 'role', 'unitId', { unit: ['id', 'code', 'name', 'level'] }, 'version'],
  },
};

const LIST_FETCHES = new Set<string>([GET_LIST, GET_MANY, GET_MANY_REFERENCE]);

/** The fields to select for a fetch, or undefined to keep the library's default (every field). */
export const selectionFor = (resource: string, fetchType: string): SparseField[] | undefined => {
  const selection = SELECTIONS[resource];
  if (!selection) return undefined;
  return LIST_FETCHES.has(fetchType) ? selection.list : (selection.one ?? selection.list);
};
