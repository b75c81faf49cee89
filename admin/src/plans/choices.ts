import { AGENCY_LEVELS, COMPARATORS, INDICATORS, PLAN_STATUSES, SCHEDULE_KINDS } from './types';
import { choicesOf } from '../common/choices';

/** Choices labelled by translation keys (react-admin translates choice names by default). */
export const planStatusChoices = choicesOf(PLAN_STATUSES, 'planStatus');
export const scheduleKindChoices = choicesOf(SCHEDULE_KINDS, 'scheduleKind');
export const budgetScheduleChoices = scheduleKindChoices.filter((choice) => choice.id !== 'DATES');
export const agencyLevelChoices = choicesOf(AGENCY_LEVELS, 'agencyLevel');
export const comparatorChoices = choicesOf(COMPARATORS, 'comparator');
export const indicatorChoices = choicesOf(INDICATORS, 'indicator');
