import { AppError, badInput, explainConstraint } from '../../core/errors';

/**
 * Why the plans module refuses a write. Each reason answers BAD_USER_INPUT naming the field, with
 * the reason in extensions.reason so clients can tell them apart; NOT_FOUND, FORBIDDEN and CONFLICT
 * come from core (crud.ts) unchanged.
 */
export type PlanErrorReason =
  | 'BUDGET_MISMATCH'
  | 'LOCKED_WHEN_ISSUED'
  | 'PLAN_CLOSED'
  | 'STATUS_STEP'
  | 'NOT_READY_TO_ISSUE'
  | 'WRONG_PARENT'
  | 'OUT_OF_RANGE'
  // issue 7a: the plan editor
  | 'OUTSIDE_UNIT_VALIDITY'
  | 'DOCUMENT_KIND_MISMATCH'
  | 'PREDECESSOR_INVALID'
  | 'ARCHIVE_IN_RECIPIENTS'
  | 'PERIOD_REQUIRED'
  | 'TIMING_INVALID'
  | 'TARGET_YEARS_INVALID'
  | 'AGENCY_OUTSIDE_PLAN_UNITS'
  | 'TASK_OF_OTHER_PLAN'
  | 'MOVE_INVALID';

const refuse = (reason: PlanErrorReason, field: string, message: string, extra: Record<string, unknown> = {}) =>
  new AppError('BAD_USER_INPUT', message, { field, reason, ...extra });

export const planErrors = {
  budgetMismatch: (line: { code: string; amount: string; childrenSum: string; children: string[] }) =>
    refuse(
      'BUDGET_MISMATCH',
      'amount',
      `Budget line ${line.code} is ${line.amount} but its lines ${line.children.join(', ')} sum to ${line.childrenSum}: ` +
        `change line ${line.code} too, or save with rollUp to recompute it`,
      { line: line.code },
    ),
  lockedWhenIssued: (field: 'number' | 'issuedOn') =>
    refuse('LOCKED_WHEN_ISSUED', field, `An issued plan keeps its ${field === 'number' ? 'number' : 'date'}; record other changes as amendments`),
  closed: () => refuse('PLAN_CLOSED', 'status', 'The plan is closed: it cannot be changed any more'),
  statusStep: (from: string, to: string) =>
    refuse('STATUS_STEP', 'status', `A plan moves DRAFT → ISSUED → IN_PROGRESS → CLOSED one step at a time; it cannot go from ${from} to ${to}`),
  notReadyToIssue: (field: 'number' | 'issuedOn') =>
    refuse('NOT_READY_TO_ISSUE', field, `A plan needs its ${field === 'number' ? 'number' : 'issue date'} before it is issued`),
  wrongParent: (field: string, message: string) => refuse('WRONG_PARENT', field, message),
  outOfRange: (field: string, message: string) => refuse('OUT_OF_RANGE', field, message),
  outsideUnitValidity: (issuedOn: string, validFrom: string, validTo: string | null) =>
    refuse('OUTSIDE_UNIT_VALIDITY', 'issuedOn', `The plan's unit existed from ${validFrom}${validTo ? ` to ${validTo}` : ''}: it cannot issue a plan on ${issuedOn}`,
      { params: { issuedOn, validFrom, validTo: validTo ?? '' } }),
  documentKind: (field: string, expected: string) =>
    refuse('DOCUMENT_KIND_MISMATCH', field, `${field} must name a document of kind ${expected}`, { params: { expected } }),
  predecessor: (message: string) => refuse('PREDECESSOR_INVALID', 'predecessorId', message),
  archiveInRecipients: (field: string) => refuse('ARCHIVE_IN_RECIPIENTS', field, 'The archive line ("Lưu: VT") goes to archive, not to recipients'),
  periodRequired: (field: string) => refuse('PERIOD_REQUIRED', field, 'Every plan has a period: give its first and last year'),
  timing: (field: string, message: string) => refuse('TIMING_INVALID', field, message),
  targetYears: (field: string, message: string) => refuse('TARGET_YEARS_INVALID', field, message),
  agencyOutside: (field: string) =>
    refuse('AGENCY_OUTSIDE_PLAN_UNITS', field, 'A plan names agencies of its unit or of the units above it, or a kind and level of agency'),
  taskOfOtherPlan: (field: string) => refuse('TASK_OF_OTHER_PLAN', field, 'The task must belong to the same plan'),
  move: (field: string, message: string) => refuse('MOVE_INVALID', field, message),
};

/** Cleans a required text field: NFC, trimmed, inner whitespace kept (texts are multi-paragraph). */
export function requiredText(field: string, value: string, max: number): string {
  const clean = value.normalize('NFC').trim();
  if (!clean) throw badInput(field, `${field} must not be blank`);
  if (clean.length > max) throw badInput(field, `${field} must be at most ${max} characters long`);
  return clean;
}

export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  if (value == null) return null;
  const clean = value.normalize('NFC').trim();
  if (clean.length > max) throw badInput(field, `${field} must be at most ${max} characters long`);
  return clean || null;
}

export function textList(field: string, values: string[], maxItems = 50, maxLength = 5000): string[] {
  if (values.length > maxItems) throw badInput(field, `${field} holds at most ${maxItems} items`);
  return values.map((value, index) => requiredText(`${field}[${index}]`, value, maxLength));
}

export function yearIn(field: string, year: number | null | undefined): number | null {
  if (year == null) return null;
  if (!Number.isInteger(year) || year < 1945 || year > 2200) throw planErrors.outOfRange(field, `${field} must be a year between 1945 and 2200`);
  return year;
}

// The database's last line, each constraint named as the field it guards.
explainConstraint('legal_document_number_unique', 'number', 'The issuing body already has a document of this kind with this number in that year');
explainConstraint('legal_document_implements_id_fkey', 'id', 'Other documents implement this one: remove those links first');
explainConstraint('plan_one_per_parent_and_unit', 'parentId', 'This unit already has a plan implementing that plan');
explainConstraint('plan_parent_plan_id_fkey', 'id', 'Plans implement this plan: delete them first');
explainConstraint('plan_implements_document_id_fkey', 'id', 'Plans implement this document: remove those links first');
explainConstraint('plan_period_order', 'periodTo', 'periodTo must not be before periodFrom');
explainConstraint('plan_issued_has_number', 'number', 'A plan needs its number and issue date before it is issued');
explainConstraint('plan_number_locked', 'number', 'An issued plan keeps its number');
explainConstraint('plan_issued_on_locked', 'issuedOn', 'An issued plan keeps its date');
explainConstraint('plan_status_forward', 'status', 'A plan\'s status only moves forward');
explainConstraint('plan_unit_fixed', 'unitId', 'A plan stays with the unit that issued it');
explainConstraint('plan_task_code_unique', 'code', 'This plan already has a task with this code');
explainConstraint('plan_task_code_check', 'code', 'code must look like 1, 2.1 or 3.2.1');
explainConstraint('plan_task_schedule', 'scheduleKind', 'YEARLY takes no year or dates, ONCE takes a year, DATES takes dates');
explainConstraint('budget_line_code_unique', 'code', 'This plan already has a budget line with this code');
explainConstraint('budget_line_code_check', 'code', 'code must look like 1, 2.1 or 3.2.1');
explainConstraint('budget_line_amount_positive', 'amount', 'amount must be 0 or more');
explainConstraint('budget_line_parent_fkey', 'code', 'The line has lines below it: delete those first');
explainConstraint('budget_line_schedule', 'scheduleYear', 'ONCE takes a year; YEARLY and none take no year');
explainConstraint('target_percent_range', 'value', 'A percent lies between 0 and 100');
explainConstraint('target_value_positive', 'value', 'value must be 0 or more');
explainConstraint('target_year_given', 'year', 'A BY_YEAR target names its year; an EVERY_YEAR target names none');
explainConstraint('target_per_quantity_count', 'perQuantity', 'perQuantity is for COUNT targets only');
explainConstraint('target_indicator_fkey', 'indicator', 'Unknown indicator');
explainConstraint('plan_agency_agency_id_fkey', 'agencies', 'Unknown agency');
explainConstraint('plan_agency_target', 'agencies', 'An agency is either one agency (agencyId) or a kind and level, not both');
