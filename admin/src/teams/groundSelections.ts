import type { SparseField } from '../graphql/fieldSelections';

/**
 * What the screens of the work on the ground ask for (ra-data-graphql-simple's sparse fields,
 * passed as `meta`). Without them the library would select every nested list (a team's
 * mediators, a course's attendees) on every list page.
 */
const unit: SparseField = { unit: ['id', 'code', 'name', 'level'] };
const named = (field: string): SparseField => ({ [field]: ['id', 'name'] });
const stamps = ['version', 'synthetic', 'createdAt', 'updatedAt'];

const compliance = (more: SparseField[] = []): SparseField => ({ compliance: ['compliant', 'activeMediators', 'women', ...more, { reasons: ['code', 'message', 'legalBasis'] }] });

export const TEAM_LIST: SparseField[] = ['id', 'name', 'status', 'unitId', 'hamletId', 'leaderMediatorId', 'version', unit, named('hamlet'), { leader: ['id', 'fullName'] }, compliance()];
export const TEAM_EDIT: SparseField[] = ['id', 'name', 'status', 'unitId', 'hamletId', 'leaderMediatorId', 'establishedOn', 'dissolvedOn', 'version', unit, named('hamlet'),
  { mediators: ['id', 'fullName', 'status'] }];
export const TEAM_SHOW: SparseField[] = [...TEAM_LIST, 'establishedOn', 'dissolvedOn', 'formerUnitId', 'movedOn', { formerUnit: ['id', 'code', 'name', 'level', 'validFrom'] }, ...stamps, compliance(['ethnicMinority', 'minorityArea']),
  { mediators: ['id', 'fullName', 'gender', 'ethnicity', 'ethnicMinority', 'partyCellSecretary', 'status', 'trained', 'voteShare'] },
  { reviews: ['id', 'year', 'reviewed', 'compliantAfter'] }];

const mediatorColumns = ['id', 'fullName', 'gender', 'birthYear', 'ethnicity', 'ethnicMinority', 'partyCellSecretary', 'status', 'trained', 'trainedOn', 'voteShare', 'unitId', 'teamId', 'version'];
export const MEDIATOR_LIST: SparseField[] = [...mediatorColumns, unit, named('team')];
export const MEDIATOR_FIELDS: SparseField[] = [...MEDIATOR_LIST, 'electedOn', 'recognitionDecisionNumber', 'recognitionDecisionDate', 'leftOn', ...stamps];
export const MEDIATOR_OPTION: SparseField[] = ['id', 'fullName', 'status', named('team')];
export const TEAM_OPTION: SparseField[] = ['id', 'name', unit];

const shortfall = ['teamsUnder', 'teamsPerTrainer', 'requiredTrainers', 'actualTrainers', 'trainedTrainers', 'missingTrainers', 'missingAgencyKinds', 'meetsRequirement', 'legalBasis'];
export const POOL_LIST: SparseField[] = ['id', 'name', 'periodFrom', 'periodTo', 'unitId', 'version', unit, { shortfall }];
export const POOL_EDIT: SparseField[] = ['id', 'name', 'periodFrom', 'periodTo', 'unitId', 'requiredAgencyKinds', 'note', 'version', unit];
export const POOL_SHOW: SparseField[] = [...POOL_EDIT, ...stamps, { shortfall },
  { trainers: ['id', 'fullName', 'gender', 'agencyKind', 'position', 'expertise', 'trained', 'trainedOn', named('agency')] }];
export const TRAINER_FIELDS: SparseField[] = ['id', 'poolId', 'fullName', 'gender', 'agencyId', 'agencyKind', 'position', 'expertise', 'trainedElsewhereOn',
  'trained', 'trainedOn', 'version', named('pool'), named('agency')];
export const TRAINER_OPTION: SparseField[] = ['id', 'fullName', 'agencyKind', named('pool')];

export const EVENT_LIST: SparseField[] = ['id', 'title', 'startsOn', 'endsOn', 'audience', 'cost', 'participants', 'unitId', 'version', 'attendeeCount', unit];
export const EVENT_EDIT: SparseField[] = ['id', 'title', 'startsOn', 'endsOn', 'audience', 'location', 'cost', 'participants', 'planTaskId', 'unitId', 'version',
  'trainerIds', 'attendeeMediatorIds', 'attendeeTrainerIds', unit];
export const EVENT_SHOW: SparseField[] = [...EVENT_LIST, 'location', 'planTaskId', ...stamps, { trainers: ['id', 'fullName', 'agencyKind'] },
  { attendeeMediators: ['id', 'fullName', 'trained', named('team')] }, { attendeeTrainers: ['id', 'fullName', 'agencyKind'] }];

export const CASE_LIST: SparseField[] = ['id', 'receivedOn', 'category', 'outcome', 'closedOn', 'teamId', 'unitId', 'version', unit, named('team')];
export const CASE_FIELDS: SparseField[] = [...CASE_LIST, 'mediatorIds', 'parties', 'summary', ...stamps, { mediators: ['id', 'fullName'] }];
