import { AUDIENCES, CASE_CATEGORIES, CASE_OUTCOMES, COMPLIANCE_CODES, GENDERS, MEDIATOR_STATUSES, TEAM_STATUSES } from './groundTypes';
import { choicesOf } from '../common/choices';

/** Choices labelled by translation keys (react-admin translates choice names by default). */
export const teamStatusChoices = choicesOf(TEAM_STATUSES, 'teamStatus');
export const mediatorStatusChoices = choicesOf(MEDIATOR_STATUSES, 'mediatorStatus');
export const genderChoices = choicesOf(GENDERS, 'gender');
export const complianceChoices = choicesOf(COMPLIANCE_CODES, 'compliance');
export const audienceChoices = choicesOf(AUDIENCES, 'audience');
export const caseCategoryChoices = choicesOf(CASE_CATEGORIES, 'caseCategory');
export const caseOutcomeChoices = choicesOf(CASE_OUTCOMES, 'caseOutcome');
