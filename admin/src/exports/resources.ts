import type { SparseField } from '../graphql/fieldSelections';
import type { CaseYearlyCount, MediationCase, MediationTeam, Mediator, TeamReview, TrainerPool, TrainingEvent } from '../teams/groundTypes';
import { CASE_LIST, MEDIATOR_FIELDS, POOL_LIST, TEAM_LIST, EVENT_LIST } from '../teams/groundSelections';
import type { PilotSelection } from '../pilots/types';
import { chosenNames, taskName } from '../pilots/selections';
import type { AccessToLawAssessment, AdministrativeUnit, Agency, CommuneProfile, Hamlet, Membership, User } from '../types';
import { field, label, unitName, yesNo, type ExportColumn } from './columns';

// The columns of each list's export: what an official would put in a spreadsheet by hand, in the
// order of the screen, with labels, names, numbers and dates as such. One row per record.

const unit = (resource: string, name = 'unitId'): ExportColumn<{ unit?: { name: string; code: string } | null }> => ({
  header: field(resource, name), value: (r) => unitName(r.unit), width: 36,
});

export const unitExport: ExportColumn<AdministrativeUnit>[] = [
  { header: field('AdministrativeUnit', 'code'), value: (u) => u.code, width: 10 },
  { header: field('AdministrativeUnit', 'name'), value: (u) => u.name, width: 32 },
  { header: field('AdministrativeUnit', 'type'), value: (u) => u.type, width: 16 },
  { header: field('AdministrativeUnit', 'level'), value: (u, ctx) => label('level')(u.level, ctx), width: 12 },
  { header: field('AdministrativeUnit', 'validFrom'), value: (u) => u.validFrom, kind: 'day' },
  { header: field('AdministrativeUnit', 'validTo'), value: (u) => u.validTo, kind: 'day' },
  { header: field('AdministrativeUnit', 'parent'), value: (u) => unitName(u.parent), width: 32 },
];

export const hamletExport: ExportColumn<Hamlet>[] = [
  { header: field('Hamlet', 'name'), value: (h) => h.name, width: 30 },
  { header: field('Hamlet', 'kind'), value: (h, ctx) => label('hamletKind')(h.kind, ctx), width: 16 },
  unit('Hamlet'),
];

export const agencyExport: ExportColumn<Agency>[] = [
  { header: field('Agency', 'name'), value: (a) => a.name, width: 40 },
  { header: field('Agency', 'kind'), value: (a, ctx) => label('agencyKind')(a.kind, ctx), width: 28 },
  unit('Agency'),
];

export const teamExportFields: SparseField[] = [...TEAM_LIST, 'establishedOn', 'dissolvedOn'];
export const teamExport: ExportColumn<MediationTeam>[] = [
  { header: field('MediationTeam', 'name'), value: (t) => t.name, width: 32 },
  unit('MediationTeam'),
  { header: field('MediationTeam', 'hamlet'), value: (t) => t.hamlet?.name, width: 24 },
  { header: field('MediationTeam', 'leader'), value: (t) => t.leader?.fullName, width: 24 },
  { header: 'hoagiai.export.activeMediators', value: (t) => t.compliance?.activeMediators, kind: 'integer' },
  { header: 'hoagiai.export.women', value: (t) => t.compliance?.women, kind: 'integer' },
  { header: field('MediationTeam', 'compliant'), value: (t, ctx) => yesNo(t.compliance?.compliant, ctx), width: 12 },
  {
    header: 'hoagiai.export.complianceReasons', width: 48,
    value: (t, ctx) => (t.compliance?.reasons ?? []).map((r) => label('compliance')(r.code, ctx)).join('; '),
  },
  { header: field('MediationTeam', 'status'), value: (t, ctx) => label('teamStatus')(t.status, ctx), width: 16 },
  { header: field('MediationTeam', 'establishedOn'), value: (t) => t.establishedOn, kind: 'day' },
  { header: field('MediationTeam', 'dissolvedOn'), value: (t) => t.dissolvedOn, kind: 'day' },
];

export const mediatorExportFields: SparseField[] = MEDIATOR_FIELDS;
export const mediatorExport: ExportColumn<Mediator>[] = [
  { header: field('Mediator', 'fullName'), value: (m) => m.fullName, width: 26 },
  { header: field('Mediator', 'gender'), value: (m, ctx) => label('gender')(m.gender, ctx), width: 10 },
  { header: field('Mediator', 'birthYear'), value: (m) => m.birthYear, kind: 'year', width: 10 },
  { header: field('Mediator', 'ethnicity'), value: (m) => m.ethnicity, width: 12 },
  { header: field('Mediator', 'ethnicMinority'), value: (m, ctx) => yesNo(m.ethnicMinority, ctx), width: 12 },
  { header: field('Mediator', 'partyCellSecretary'), value: (m, ctx) => yesNo(m.partyCellSecretary, ctx), width: 12 },
  { header: field('Mediator', 'team'), value: (m) => m.team?.name, width: 30 },
  unit('Mediator'),
  { header: field('Mediator', 'electedOn'), value: (m) => m.electedOn, kind: 'day' },
  { header: field('Mediator', 'voteShare'), value: (m) => m.voteShare, kind: 'number', width: 12 },
  { header: field('Mediator', 'recognitionDecisionNumber'), value: (m) => m.recognitionDecisionNumber, width: 18 },
  { header: field('Mediator', 'recognitionDecisionDate'), value: (m) => m.recognitionDecisionDate, kind: 'day' },
  { header: field('Mediator', 'trained'), value: (m, ctx) => yesNo(m.trained, ctx), width: 10 },
  { header: field('Mediator', 'trainedOn'), value: (m) => m.trainedOn, kind: 'day' },
  { header: field('Mediator', 'status'), value: (m, ctx) => label('mediatorStatus')(m.status, ctx), width: 12 },
  { header: field('Mediator', 'leftOn'), value: (m) => m.leftOn, kind: 'day' },
];

export const poolExportFields: SparseField[] = POOL_LIST;
export const poolExport: ExportColumn<TrainerPool>[] = [
  { header: field('TrainerPool', 'name'), value: (p) => p.name, width: 40 },
  unit('TrainerPool'),
  { header: field('TrainerPool', 'periodFrom'), value: (p) => p.periodFrom, kind: 'day' },
  { header: field('TrainerPool', 'periodTo'), value: (p) => p.periodTo, kind: 'day' },
  { header: 'hoagiai.ground.column.teams', value: (p) => p.shortfall?.teamsUnder, kind: 'integer' },
  { header: 'hoagiai.ground.column.required', value: (p) => p.shortfall?.requiredTrainers, kind: 'integer' },
  { header: 'hoagiai.ground.column.actual', value: (p) => p.shortfall?.actualTrainers, kind: 'integer' },
  { header: 'hoagiai.ground.column.trained', value: (p) => p.shortfall?.trainedTrainers, kind: 'integer' },
  { header: 'hoagiai.ground.column.missing', value: (p) => p.shortfall?.missingTrainers, kind: 'integer' },
  {
    header: 'hoagiai.ground.missingKinds', width: 36,
    value: (p, ctx) => (p.shortfall?.missingAgencyKinds ?? []).map((kind) => label('agencyKind')(kind, ctx)).join('; '),
  },
  { header: 'hoagiai.ground.column.meets', value: (p, ctx) => yesNo(p.shortfall?.meetsRequirement, ctx), width: 12 },
];

export const eventExportFields: SparseField[] = [...EVENT_LIST, 'location'];
export const eventExport: ExportColumn<TrainingEvent>[] = [
  { header: field('TrainingEvent', 'title'), value: (e) => e.title, width: 40 },
  unit('TrainingEvent'),
  { header: field('TrainingEvent', 'startsOn'), value: (e) => e.startsOn, kind: 'day' },
  { header: field('TrainingEvent', 'endsOn'), value: (e) => e.endsOn, kind: 'day' },
  { header: field('TrainingEvent', 'audience'), value: (e, ctx) => label('audience')(e.audience, ctx), width: 22 },
  { header: field('TrainingEvent', 'location'), value: (e) => e.location, width: 24 },
  { header: field('TrainingEvent', 'cost'), value: (e) => e.cost, kind: 'number' },
  { header: field('TrainingEvent', 'participants'), value: (e) => e.participants, kind: 'integer' },
  { header: field('TrainingEvent', 'attendeeCount'), value: (e) => e.attendeeCount, kind: 'integer' },
];

/** The case book without personal data: the parties and what a case is about stay on its page. */
export const caseExportFields: SparseField[] = CASE_LIST;
export const caseExport: ExportColumn<MediationCase>[] = [
  { header: field('MediationCase', 'receivedOn'), value: (c) => c.receivedOn, kind: 'day' },
  { header: field('MediationCase', 'team'), value: (c) => c.team?.name, width: 30 },
  unit('MediationCase'),
  { header: field('MediationCase', 'category'), value: (c, ctx) => label('caseCategory')(c.category, ctx), width: 22 },
  { header: field('MediationCase', 'outcome'), value: (c, ctx) => label('caseOutcome')(c.outcome, ctx), width: 18 },
  { header: field('MediationCase', 'closedOn'), value: (c) => c.closedOn, kind: 'day' },
];

export const teamReviewExport: ExportColumn<TeamReview>[] = [
  { header: field('TeamReview', 'year'), value: (r) => r.year, kind: 'year', width: 8 },
  { header: field('TeamReview', 'team'), value: (r) => r.team?.name, width: 30 },
  unit('TeamReview'),
  { header: field('TeamReview', 'reviewed'), value: (r, ctx) => yesNo(r.reviewed, ctx), width: 12 },
  { header: field('TeamReview', 'compliantAfter'), value: (r, ctx) => yesNo(r.compliantAfter, ctx), width: 16 },
  { header: field('TeamReview', 'note'), value: (r) => r.note, width: 40 },
];

export const caseCountExport: ExportColumn<CaseYearlyCount>[] = [
  { header: field('CaseYearlyCount', 'year'), value: (c) => c.year, kind: 'year', width: 8 },
  { header: field('CaseYearlyCount', 'team'), value: (c) => c.team?.name, width: 30 },
  unit('CaseYearlyCount'),
  { header: field('CaseYearlyCount', 'received'), value: (c) => c.received, kind: 'integer' },
  { header: field('CaseYearlyCount', 'settled'), value: (c) => c.settled, kind: 'integer' },
  { header: field('CaseYearlyCount', 'notSettled'), value: (c) => c.notSettled, kind: 'integer' },
  { header: field('CaseYearlyCount', 'inProgress'), value: (c) => c.inProgress, kind: 'integer' },
  { header: field('CaseYearlyCount', 'note'), value: (c) => c.note, width: 40 },
];

export const communeProfileExport: ExportColumn<CommuneProfile>[] = [
  unit('CommuneProfile'),
  { header: field('CommuneProfile', 'minorityArea'), value: (p, ctx) => yesNo(p.minorityArea, ctx), width: 16 },
  { header: field('CommuneProfile', 'difficultyScore'), value: (p) => p.difficultyScore, kind: 'integer' },
  { header: field('CommuneProfile', 'difficulties'), value: (p) => p.difficulties, width: 48 },
];

export const assessmentExport: ExportColumn<AccessToLawAssessment>[] = [
  { header: field('AccessToLawAssessment', 'year'), value: (a) => a.year, kind: 'year', width: 8 },
  unit('AccessToLawAssessment'),
  { header: field('AccessToLawAssessment', 'metStandard'), value: (a, ctx) => yesNo(a.metStandard, ctx), width: 16 },
  { header: field('AccessToLawAssessment', 'metMediationCriterion'), value: (a, ctx) => yesNo(a.metMediationCriterion, ctx), width: 16 },
  { header: field('AccessToLawAssessment', 'note'), value: (a) => a.note, width: 40 },
];

export const userExportFields: SparseField[] = ['id', 'email', 'fullName', 'active', 'unitId', { unit: ['id', 'code', 'name'] }];
export const userExport: ExportColumn<User & { unit?: { name: string; code: string } | null }>[] = [
  { header: field('User', 'fullName'), value: (u) => u.fullName, width: 28 },
  { header: field('User', 'email'), value: (u) => u.email, width: 32 },
  { header: field('User', 'active'), value: (u, ctx) => yesNo(u.active, ctx), width: 12 },
  unit('User'),
];

export const membershipExport: ExportColumn<Membership>[] = [
  { header: field('Membership', 'user'), value: (m) => m.user?.fullName, width: 28 },
  { header: 'resources.User.fields.email', value: (m) => m.user?.email, width: 32 },
  { header: field('Membership', 'role'), value: (m, ctx) => label('role')(m.role, ctx), width: 22 },
  unit('Membership'),
];

export const pilotExport: ExportColumn<PilotSelection>[] = [
  unit('PilotSelection'),
  {
    header: field('PilotSelection', 'planTask'), width: 48,
    value: (s) => (s.planTask ? taskName(s.planTask) : ''),
  },
  { header: field('PilotSelection', 'year'), value: (s) => s.year, kind: 'year' },
  { header: field('PilotSelection', 'chosenCandidates'), value: (s) => chosenNames(s, unitName, '; '), width: 48 },
  { header: field('PilotSelection', 'chosenByName'), value: (s) => s.chosenByName, width: 24 },
  { header: field('PilotSelection', 'chosenAt'), value: (s) => s.chosenAt?.slice(0, 10), kind: 'day' },
];
