import { columnReads, shapeWith } from '../../core/graphql/selection';
import type { BudgetLineEntity } from './budget-line.entity';
import type { PlanTaskEntity } from './plan-task.entity';
import type { PlanEntity } from './plan.entity';
import type { TargetEntity } from './target.entity';

/**
 * The columns a selection of a plan, its tasks, their targets or its budget lines reads
 * (core/graphql/selection.ts). PERF: `Plan(id)` with its tasks, targets and budget (the bench's
 * W3) read every column of each row: the plan's long text arrays (purposes, requirements,
 * objectives, recipients) and every row's timestamps, parsed for nothing. Read by the selection,
 * the database's CPU per W3 request fell by 30-45 % and the server's by 15-25 % (issue 11,
 * docs/performance.md, nineteenth round).
 *
 * Each list names every column of its entity (tests/plans/loaders.test.ts checks them against the
 * entities); `fields` names what the GraphQL fields that are not columns of the same name read.
 * A field another module adds to these types is not named here: selecting it reads every column.
 */
export const PLAN_PROPERTIES = [
  'id', 'unitId', 'unitPath', 'documentId', 'number', 'title', 'issuedOn', 'issuingBody', 'periodFrom', 'periodTo', 'placeOfIssue',
  'issuedByDecisionId', 'predecessorPlanId', 'predecessorRelation', 'carriedOverFromId', 'status', 'parentPlanId', 'implementsDocumentId',
  'contentKnown', 'sourceNote', 'preamble', 'purposes', 'requirements', 'objectives', 'responsibilitiesPreamble', 'fundingSource',
  'signerName', 'signerCapacity', 'signerOnBehalfOf', 'signerSignsFor', 'recipients', 'archive', 'version', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof PlanEntity)[];

export const TASK_PROPERTIES = [
  'id', 'planId', 'unitId', 'unitPath', 'version', 'createdAt', 'updatedAt', 'code', 'title', 'description', 'leadText', 'coordinatingText',
  'labelStyle', 'scheduleKind', 'scheduleYear', 'scheduleYearTo', 'scheduleQuarter', 'scheduleBeforeDay', 'scheduleBeforeMonth',
  'scheduleDates', 'scheduleNote', 'implementsTaskId',
] as const satisfies readonly (keyof PlanTaskEntity)[];

export const TARGET_PROPERTIES = [
  'id', 'planId', 'unitId', 'unitPath', 'version', 'createdAt', 'updatedAt', 'taskId', 'position', 'indicator', 'comparator', 'value',
  'valueUnit', 'perQuantity', 'applies', 'year', 'fromYear', 'toYear', 'note', 'implementsTargetId',
] as const satisfies readonly (keyof TargetEntity)[];

export const BUDGET_LINE_PROPERTIES = [
  'id', 'planId', 'unitId', 'unitPath', 'version', 'createdAt', 'updatedAt', 'parentId', 'code', 'title', 'amount', 'scheduleKind',
  'scheduleYear', 'scheduleNote', 'taskId', 'implementsLineId',
] as const satisfies readonly (keyof BudgetLineEntity)[];

export type PlanProperty = (typeof PLAN_PROPERTIES)[number];
export type TaskProperty = (typeof TASK_PROPERTIES)[number];
export type TargetProperty = (typeof TARGET_PROPERTIES)[number];
export type BudgetLineProperty = (typeof BUDGET_LINE_PROPERTIES)[number];

/** A plan: its parts and the records it refers to are read by its id or by the column named. */
export const PLAN_READS = columnReads<PlanProperty>(PLAN_PROPERTIES, ['id'], {
  predecessorId: ['predecessorPlanId'], predecessor: ['predecessorPlanId'], parentId: ['parentPlanId'], parent: ['parentPlanId'],
  writable: ['status', 'unitPath'], unit: ['unitId'], issuedBy: ['issuedByDecisionId'], document: ['documentId'],
  signer: ['signerName', 'signerCapacity', 'signerOnBehalfOf', 'signerSignsFor'],
  children: [], cascadeStatus: [], tasks: [], targets: [], budgetLines: [], budgetTotal: [], responsibilities: [], reportingRules: [], amendments: [],
});

/** A task: the plan's id always (a plan's tasks are grouped by it). */
export const TASK_READS = columnReads<TaskProperty>(TASK_PROPERTIES, ['id', 'planId'], {
  implementsId: ['implementsTaskId'], implements: ['implementsTaskId'], plan: ['planId'],
  agencies: [], leadAgencies: [], coordinatingAgencies: [], targets: [], criteria: [],
});

/** A target: its plan and task always (grouped by either; a plan's own targets are those without a task). */
export const TARGET_READS = columnReads<TargetProperty>(TARGET_PROPERTIES, ['id', 'planId', 'taskId'], {
  unit: ['valueUnit'], implementsId: ['implementsTargetId'], plan: ['planId'], task: ['taskId'],
});

/** A budget line: its plan always (a plan's lines are grouped by it). */
export const BUDGET_LINE_READS = columnReads<BudgetLineProperty>(BUDGET_LINE_PROPERTIES, ['id', 'planId'], {
  implementsId: ['implementsLineId'], plan: ['planId'], parent: ['parentId'], children: [],
});

/** What the appendix column (`budgetTotal` without a year) reads of a plan's lines. */
export const COLUMN_TOTAL_LINES = shapeWith(BUDGET_LINE_READS, ['parentId', 'amount']);
