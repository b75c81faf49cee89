import { AppError, badInput, explainConstraint } from '../../core/errors';

/**
 * Why the plans module refuses a write. Each reason answers BAD_USER_INPUT naming the field, with
 * the reason in extensions.reason and its values in extensions.params, so clients can say it in
 * their language (core/reasons.ts, admin/src/i18n/reasons.*.ts); NOT_FOUND, FORBIDDEN and CONFLICT
 * come from core (crud.ts) unchanged.
 */
export type PlanErrorReason =
  | 'BUDGET_PARENT_NOT_SUM'
  | 'BUDGET_SCHEDULE_KIND'
  | 'BUDGET_SCHEDULE_YEAR'
  | 'LOCKED_WHEN_ISSUED'
  | 'PARENT_LOCKED_WHEN_ISSUED'
  | 'PLAN_CLOSED'
  | 'STATUS_STEP'
  | 'NOT_READY_TO_ISSUE'
  | 'WRONG_PARENT'
  | 'TASK_IMPLEMENTS_OUTSIDE_PARENT'
  | 'YEAR_RANGE_REVERSED'
  | 'YEAR_OUTSIDE_PLAN_PERIOD'
  | 'YEARS_OUTSIDE_PLAN_PERIOD'
  // issue 7a: the plan editor
  | 'OUTSIDE_UNIT_VALIDITY'
  | 'DOCUMENT_KIND_MISMATCH'
  | 'PREDECESSOR_INCOMPLETE'
  | 'PREDECESSOR_SELF'
  | 'PREDECESSOR_OTHER_UNIT'
  | 'PREDECESSOR_NOT_EARLIER'
  | 'ARCHIVE_IN_RECIPIENTS'
  | 'PERIOD_REQUIRED'
  | 'TIMING_FIELD_NOT_TAKEN'
  | 'TIMING_FIELD_REQUIRED'
  | 'TIMING_QUARTER_OR_DAY'
  | 'TIMING_DAY_NEEDS_MONTH'
  | 'TARGET_YEAR_BY_YEAR_ONLY'
  | 'TARGET_YEARS_FROM_TO_ONLY'
  | 'AGENCY_OUTSIDE_PLAN_UNITS'
  | 'TASK_OF_OTHER_PLAN'
  | 'MOVE_INTO_ITSELF'
  | 'MOVE_TOO_DEEP'
  | 'MOVE_CODE_TOO_LARGE'
  | 'CODE_PARENT_MISSING'
  | 'ROW_RENUMBER_BY_MOVE'
  | 'ROW_HAS_CHILDREN';

type Params = Record<string, unknown>;

const refuse = (reason: PlanErrorReason, field: string, message: string, params?: Params) =>
  new AppError('BAD_USER_INPUT', message, params ? { field, reason, params } : { field, reason });

/** The rows of a plan numbered by code: its tasks and its budget lines (the entity names the row in the console's words). */
type Row = 'PlanTask' | 'BudgetLine' | 'row';
const ROW_WORD: Record<Row, string> = { PlanTask: 'Task', BudgetLine: 'Line', row: 'Row' };

export const planErrors = {
  /** A budget line with lines below it equals their sum (field "amount", the line and the figures in params). */
  budgetMismatch: (line: { code: string; amount: string; childrenSum: string; children: string[] }) =>
    refuse(
      'BUDGET_PARENT_NOT_SUM',
      'amount',
      `Budget line ${line.code} is ${line.amount} but its lines ${line.children.join(', ')} sum to ${line.childrenSum}: ` +
        `change line ${line.code} too, or save with rollUp to recompute it`,
      { code: line.code, amount: line.amount, sum: line.childrenSum, children: line.children },
    ),
  lockedWhenIssued: (field: 'number' | 'issuedOn') =>
    refuse('LOCKED_WHEN_ISSUED', field, `An issued plan keeps its ${field === 'number' ? 'number' : 'date'}; record other changes as amendments`),
  parentLocked: () => refuse('PARENT_LOCKED_WHEN_ISSUED', 'parentId', 'What an issued plan implements is part of its text: it cannot change'),
  closed: () => refuse('PLAN_CLOSED', 'status', 'The plan is closed: it cannot be changed any more'),
  statusStep: (from: string, to: string) =>
    refuse('STATUS_STEP', 'status', `A plan moves DRAFT → ISSUED → IN_PROGRESS → CLOSED one step at a time; it cannot go from ${from} to ${to}`, { from, to }),
  notReadyToIssue: (field: 'number' | 'issuedOn') =>
    refuse('NOT_READY_TO_ISSUE', field, `A plan needs its ${field === 'number' ? 'number' : 'issue date'} before it is issued`),
  wrongParent: () => refuse('WRONG_PARENT', 'parentId', 'A plan implements a plan of its own unit or of a unit above it'),
  taskImplementsOutsideParent: () =>
    refuse('TASK_IMPLEMENTS_OUTSIDE_PARENT', 'implementsId', 'A task implements a task of the plan its plan implements'),
  /** The last year of a period, span or target lies before its first. */
  yearsReversed: (field: string, first: string) => refuse('YEAR_RANGE_REVERSED', field, `${field} must not be before ${first}`),
  yearOutsidePeriod: (field: string, year: number, plan: { periodFrom: number; periodTo: number }) =>
    refuse('YEAR_OUTSIDE_PLAN_PERIOD', field, `The plan runs ${plan.periodFrom}–${plan.periodTo}; ${year} is outside it`,
      { year, periodFrom: plan.periodFrom, periodTo: plan.periodTo }),
  yearsOutsidePeriod: (field: string, fromYear: number, toYear: number, plan: { periodFrom: number; periodTo: number }) =>
    refuse('YEARS_OUTSIDE_PLAN_PERIOD', field, `The plan runs ${plan.periodFrom}–${plan.periodTo}; ${fromYear}–${toYear} is outside it`,
      { fromYear, toYear, periodFrom: plan.periodFrom, periodTo: plan.periodTo }),
  outsideUnitValidity: (issuedOn: string, validFrom: string, validTo: string | null) =>
    refuse('OUTSIDE_UNIT_VALIDITY', 'issuedOn', `The plan's unit existed from ${validFrom}${validTo ? ` to ${validTo}` : ''}: it cannot issue a plan on ${issuedOn}`,
      { issuedOn, validFrom, validTo: validTo ?? '' }),
  documentKind: (field: string, expected: string) =>
    refuse('DOCUMENT_KIND_MISMATCH', field, `${field} must name a document of kind ${expected}`, { expected }),
  predecessorIncomplete: (missing: 'predecessorId' | 'predecessorRelation') =>
    refuse('PREDECESSOR_INCOMPLETE', missing, missing === 'predecessorId' ? 'A relation needs the earlier plan' : 'Say whether the plan succeeds or replaces it (predecessorRelation)'),
  predecessorSelf: () => refuse('PREDECESSOR_SELF', 'predecessorId', 'A plan cannot succeed itself'),
  predecessorOtherUnit: () => refuse('PREDECESSOR_OTHER_UNIT', 'predecessorId', 'A plan succeeds or replaces an earlier plan of its own unit'),
  predecessorNotEarlier: (earlier: { periodFrom: number; periodTo: number }, from: number) =>
    refuse('PREDECESSOR_NOT_EARLIER', 'predecessorId', `The earlier plan covers ${earlier.periodFrom}–${earlier.periodTo}: it must start before ${from}`,
      { periodFrom: earlier.periodFrom, periodTo: earlier.periodTo, from }),
  archiveInRecipients: (field: string) => refuse('ARCHIVE_IN_RECIPIENTS', field, 'The archive line ("Lưu: VT") goes to archive, not to recipients'),
  periodRequired: (field: string) => refuse('PERIOD_REQUIRED', field, 'Every plan has a period: give its first and last year'),
  /** A task's timing (plan-task.service.ts timingOf): which fields its kind takes, and which it needs. */
  timingNotTaken: (field: string, kind: string | null) =>
    refuse('TIMING_FIELD_NOT_TAKEN', field, `A task timed ${kind ?? 'not at all'} takes no ${field}`, { kind, field }),
  timingRequired: (field: string, kind: string, message: string) => refuse('TIMING_FIELD_REQUIRED', field, message, { kind, field }),
  timingQuarterOrDay: () =>
    refuse('TIMING_QUARTER_OR_DAY', 'scheduleQuarter', 'A part of the year is a quarter, or a day it is done before, not both'),
  timingDayNeedsMonth: () => refuse('TIMING_DAY_NEEDS_MONTH', 'scheduleBeforeDay', 'A day is given with its month ("trước 30/6")'),
  budgetScheduleKind: () => refuse('BUDGET_SCHEDULE_KIND', 'scheduleKind', 'A budget line is yearly (YEARLY) or for one year (ONCE)'),
  budgetScheduleYear: (message: string) => refuse('BUDGET_SCHEDULE_YEAR', 'scheduleYear', message),
  targetYear: (message: string) => refuse('TARGET_YEAR_BY_YEAR_ONLY', 'year', message),
  targetYears: (field: 'fromYear' | 'toYear', message: string) => refuse('TARGET_YEARS_FROM_TO_ONLY', field, message),
  agencyOutside: (field: string) =>
    refuse('AGENCY_OUTSIDE_PLAN_UNITS', field, 'A plan names agencies of its unit or of the units above it, or a kind and level of agency'),
  taskOfOtherPlan: (field: string) => refuse('TASK_OF_OTHER_PLAN', field, 'The task must belong to the same plan'),
  /** Moving and renumbering tasks and budget lines (renumber.ts). */
  moveIntoItself: (from: string, to: string) => refuse('MOVE_INTO_ITSELF', 'code', `A row cannot move into itself (${from} → ${to})`, { from, to }),
  moveTooDeep: (to: string, max: number) =>
    refuse('MOVE_TOO_DEEP', 'code', `Moved to ${to}, the rows below would be more than ${max} levels deep`, { to, max }),
  moveCodeTooLarge: (max: number) => refuse('MOVE_CODE_TOO_LARGE', 'code', `Renumbering would need a code beyond ${max}`, { max }),
  parentMissing: (row: Row, parent: string, code: string) =>
    refuse('CODE_PARENT_MISSING', 'code', `There is no ${ROW_WORD[row].toLowerCase()} ${parent} to hold ${ROW_WORD[row].toLowerCase()} ${code}`, { entity: row, parent, code }),
  renumberByMove: (row: Row, code: string, how: string) =>
    refuse('ROW_RENUMBER_BY_MOVE', 'code', `${ROW_WORD[row]} ${code} has rows below it: move it (${how}) to renumber them with it`, { entity: row, code }),
  hasChildren: (row: Row, code: string) =>
    refuse('ROW_HAS_CHILDREN', 'id', `${ROW_WORD[row]} ${code} has rows below it: delete those first`, { entity: row, code }),
};

/** Cleans a required text field: NFC, trimmed, inner whitespace kept (texts are multi-paragraph). */
export function requiredText(field: string, value: string, max: number): string {
  const clean = value.normalize('NFC').trim();
  if (!clean) throw badInput(field, `${field} must not be blank`, 'TEXT_BLANK');
  if (clean.length > max) throw badInput(field, `${field} must be at most ${max} characters long`, 'TEXT_LENGTH', { min: 0, max });
  return clean;
}

export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  if (value == null) return null;
  const clean = value.normalize('NFC').trim();
  if (clean.length > max) throw badInput(field, `${field} must be at most ${max} characters long`, 'TEXT_LENGTH', { min: 0, max });
  return clean || null;
}

export function textList(field: string, values: string[], maxItems = 50, maxLength = 5000): string[] {
  if (values.length > maxItems) throw badInput(field, `${field} holds at most ${maxItems} items`, 'LIST_TOO_LONG', { max: maxItems });
  return values.map((value, index) => requiredText(`${field}[${index}]`, value, maxLength));
}

export function yearIn(field: string, year: number | null | undefined): number | null {
  if (year == null) return null;
  if (!Number.isInteger(year) || year < 1945 || year > 2200) throw badInput(field, `${field} must be a year between 1945 and 2200`, 'YEAR_OUT_OF_RANGE', { min: 1945, max: 2200 });
  return year;
}

// The database's last line, each constraint named as the field it guards.
explainConstraint('legal_document_number_unique', 'number', 'The issuing body already has a document of this kind with this number in that year', 'DOCUMENT_NUMBER_TAKEN');
explainConstraint('legal_document_implements_id_fkey', 'id', 'Other documents implement this one: remove those links first', 'DOCUMENT_IN_USE');
explainConstraint('plan_one_per_parent_and_unit', 'parentId', 'This unit already has a plan implementing that plan', 'PLAN_FOR_UNIT_EXISTS');
explainConstraint('plan_parent_plan_id_fkey', 'id', 'Plans implement this plan: delete them first', 'PLAN_HAS_CHILD_PLANS');
explainConstraint('plan_implements_document_id_fkey', 'id', 'Plans implement this document: remove those links first', 'DOCUMENT_IN_USE');
explainConstraint('plan_period_order', 'periodTo', 'periodTo must not be before periodFrom', 'YEAR_RANGE_REVERSED');
explainConstraint('plan_issued_has_number', 'number', 'A plan needs its number and issue date before it is issued', 'NOT_READY_TO_ISSUE');
explainConstraint('plan_number_locked', 'number', 'An issued plan keeps its number', 'LOCKED_WHEN_ISSUED');
explainConstraint('plan_issued_on_locked', 'issuedOn', 'An issued plan keeps its date', 'LOCKED_WHEN_ISSUED');
explainConstraint('plan_status_forward', 'status', 'A plan\'s status only moves forward', 'STATUS_STEP');
explainConstraint('plan_unit_fixed', 'unitId', 'A plan stays with the unit that issued it', 'PLAN_UNIT_FIXED');
explainConstraint('plan_task_code_unique', 'code', 'This plan already has a task with this code', 'PLAN_ROW_CODE_TAKEN', { entity: 'PlanTask' });
explainConstraint('plan_task_code_check', 'code', 'code must look like 1, 2.1 or 3.2.1', 'PLAN_ROW_CODE_FORMAT');
explainConstraint('plan_task_schedule', 'scheduleKind', 'YEARLY takes no year or dates, ONCE takes a year, DATES takes dates', 'TIMING_FIELD_NOT_TAKEN');
explainConstraint('budget_line_code_unique', 'code', 'This plan already has a budget line with this code', 'PLAN_ROW_CODE_TAKEN', { entity: 'BudgetLine' });
explainConstraint('budget_line_code_check', 'code', 'code must look like 1, 2.1 or 3.2.1', 'PLAN_ROW_CODE_FORMAT');
explainConstraint('budget_line_amount_positive', 'amount', 'amount must be 0 or more', 'NUMBER_TOO_SMALL', { min: 0 });
explainConstraint('budget_line_parent_fkey', 'code', 'The line has lines below it: delete those first', 'ROW_HAS_CHILDREN', { entity: 'BudgetLine' });
explainConstraint('budget_line_schedule', 'scheduleYear', 'ONCE takes a year; YEARLY and none take no year', 'BUDGET_SCHEDULE_YEAR');
explainConstraint('target_percent_range', 'value', 'A percent lies between 0 and 100', 'NUMBER_OUT_OF_RANGE', { min: 0, max: 100 });
explainConstraint('target_value_positive', 'value', 'value must be 0 or more', 'NUMBER_TOO_SMALL', { min: 0 });
explainConstraint('target_year_given', 'year', 'A BY_YEAR target names its year; an EVERY_YEAR target names none', 'TARGET_YEAR_BY_YEAR_ONLY');
explainConstraint('target_per_quantity_count', 'perQuantity', 'perQuantity is for COUNT targets only', 'TARGET_PER_QUANTITY');
explainConstraint('target_indicator_fkey', 'indicator', 'Unknown indicator', 'REFERENCE_INVALID');
explainConstraint('plan_agency_agency_id_fkey', 'agencies', 'Unknown agency', 'AGENCY_UNKNOWN');
explainConstraint('plan_agency_target', 'agencies', 'An agency is either one agency (agencyId) or a kind and level, not both', 'PLAN_AGENCY_UNNAMED');
