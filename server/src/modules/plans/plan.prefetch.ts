import DataLoader from 'dataloader';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Context } from '../../core/context';
import { perField } from '../../core/graphql/per-field';
import { columnsFor, columnsOf, shapeWith, subfields, type ColumnReads, type ColumnShape } from '../../core/graphql/selection';
import { hydrateRows, nestedRows, nestedRowsSql, selectList } from '../../core/rows';
import { BudgetLineEntity } from './budget-line.entity';
import { taskLoaders } from './plan-task.loader';
import { PlanTaskEntity } from './plan-task.entity';
import { planLoaders } from './plan.loader';
import { PlanEntity } from './plan.entity';
import {
  BUDGET_LINE_READS, COLUMN_TOTAL_LINES, PLAN_READS, TARGET_READS, TASK_READS,
  type BudgetLineProperty, type PlanProperty, type TargetProperty, type TaskProperty,
} from './plan.reads';
import { toBudgetLine, toPlan, toPlanTask, toTarget } from './plan.mappers';
import { TargetEntity } from './target.entity';

/**
 * One plan with the parts its selection asks for, in one statement. PERF: `Plan(id)` with its
 * tasks, their targets and its budget (the plan page, the bench's W3) took a statement per level,
 * six in all with the transaction's; it now takes three, as the SQL floor does (issue 11). The
 * statement reads the rows the loaders would (under the same row-level security, in the same
 * order: its parts hang off the plan row it found), with the columns the selection reads, and
 * primes the loaders of those columns, so the field resolvers answer from the request's loaders
 * without a statement of their own. The plan and its parts fail together (a timeout fails the
 * `Plan` field, not one part).
 *
 * PlanParts are what the selection under a `Plan` field reads, each part with the columns its own
 * selection reads (plan.reads.ts): the plan, its tasks, the targets of the plan and of its tasks,
 * its budget lines, and whether the appendix column is asked. They are found from the document
 * alone (memoised per field): a part left out by `@include` or `@skip` is read anyway, and
 * `budgetTotal(year: $y)` counts as a year's total even when `$y` is null (its resolver then reads
 * the lines itself). Either way the answers are the same.
 */
export type PlanParts = {
  plan: ColumnShape<PlanProperty>;
  tasks?: ColumnShape<TaskProperty>;
  planTargets?: ColumnShape<TargetProperty>;
  taskTargets?: ColumnShape<TargetProperty>;
  budgetLines?: ColumnShape<BudgetLineProperty>;
  columnTotal: boolean;
};

const selected = perField<'parts', PlanParts>();

export function partsSelected(info: GraphQLResolveInfo): PlanParts {
  return selected(info.fieldNodes, 'parts', () => {
    const fields = subfields(info.fieldNodes, info.fragments);
    const part = <K extends string>(reads: ColumnReads<K>, nodes: FieldNode[] | undefined) => nodes && columnsOf(reads, nodes, info.fragments);
    const tasks = fields.get('tasks');
    return {
      plan: columnsFor(PLAN_READS, info),
      tasks: part(TASK_READS, tasks),
      planTargets: part(TARGET_READS, fields.get('targets')),
      taskTargets: part(TARGET_READS, tasks && subfields(tasks, info.fragments).get('targets')),
      budgetLines: part(BUDGET_LINE_READS, fields.get('budgetLines')),
      // the appendix column is read from the lines; a year's total has a statement of its own
      columnTotal: fields.get('budgetTotal')?.some((node) => !node.arguments?.some((argument) => argument.name.value === 'year')) ?? false,
    };
  });
}

/** What the statement reads of each part: every shape a resolver will ask for, joined. */
type PartReads = {
  plan: ColumnShape<PlanProperty>;
  tasks?: ColumnShape<TaskProperty>;
  targets?: ColumnShape<TargetProperty>;
  budget?: ColumnShape<BudgetLineProperty>;
};

const joined = <K extends string>(reads: ColumnReads<K>, ...shapes: (ColumnShape<K> | undefined)[]): ColumnShape<K> | undefined => {
  const asked = shapes.filter((shape) => shape !== undefined);
  return asked.length ? shapeWith(reads, asked.flatMap((shape) => shape.properties)) : undefined;
};

function readsOf(parts: PlanParts): PartReads {
  return {
    plan: parts.plan,
    tasks: parts.tasks,
    targets: joined(TARGET_READS, parts.planTargets, parts.taskTargets),
    budget: joined(BUDGET_LINE_READS, parts.budgetLines, parts.columnTotal ? COLUMN_TOTAL_LINES : undefined),
  };
}

/**
 * Every column of each part read: past MAX_STATEMENTS statements (each prepared on every
 * connection), a new set of columns reads these instead (a few statements more at most, one per set of parts).
 */
const everyColumn = (reads: PartReads): PartReads => ({
  plan: shapeWith(PLAN_READS, PLAN_READS.all),
  tasks: reads.tasks && shapeWith(TASK_READS, TASK_READS.all),
  targets: reads.targets && shapeWith(TARGET_READS, TARGET_READS.all),
  budget: reads.budget && shapeWith(BUDGET_LINE_READS, BUDGET_LINE_READS.all),
});

const MAX_STATEMENTS = 32;

const statements = new Map<string, { name: string; text: string; reads: PartReads }>();

const keyOf = (reads: PartReads) => [reads.plan, reads.tasks, reads.targets, reads.budget].map((shape) => shape?.tag ?? '-').join('.');

/** The statement of a set of parts: found once per document field (its parts are memoised with it). */
const statementOfParts = new WeakMap<PlanParts, { name: string; text: string; reads: PartReads; batch: string }>();

function statementOf(source: DataSource, parts: PlanParts) {
  let statement = statementOfParts.get(parts);
  if (!statement) {
    const { name, text, reads } = statementFor(source, parts);
    statementOfParts.set(parts, (statement = { name, text, reads, batch: `${name}|${keyOfParts(parts)}` }));
  }
  return statement;
}

function statementFor(source: DataSource, parts: PlanParts) {
  let reads = readsOf(parts);
  if (!statements.has(keyOf(reads)) && statements.size >= MAX_STATEMENTS) reads = everyColumn(reads);
  const key = keyOf(reads);
  let statement = statements.get(key);
  if (!statement) {
    // the loaders' orders (plan.loader.ts, plan-task.loader.ts: each then by id); a task's targets keep theirs within the plan's
    const nested = [
      reads.tasks ? nestedRowsSql(source.getMetadata(PlanTaskEntity), 't', 'where t.plan_id = p.id', 't.sort_key, t.id', reads.tasks.properties) : 'null',
      reads.targets ? nestedRowsSql(source.getMetadata(TargetEntity), 'g', 'where g.plan_id = p.id', 'g.position, g.id', reads.targets.properties) : 'null',
      reads.budget ? nestedRowsSql(source.getMetadata(BudgetLineEntity), 'b', 'where b.plan_id = p.id', 'b.sort_key, b.id', reads.budget.properties) : 'null',
    ];
    const text = `select ${selectList(source.getMetadata(PlanEntity), 'p', reads.plan.properties)}, ${nested[0]} as "__tasks", ${nested[1]} as "__targets", `
      + `${nested[2]} as "__budgetLines" from plan p where p.id = any($1)`;
    statements.set(key, (statement = { name: `plans.prefetch.${key}`, text, reads }));
  }
  return statement;
}

const anyPart = (parts: PlanParts): boolean =>
  Boolean(parts.tasks || parts.planTargets || parts.taskTargets || parts.budgetLines || parts.columnTotal);

/**
 * Reads the plans asked for in one statement, each with the parts asked for, into the request's
 * loaders of the shapes asked: the plans of a request that asks several (aliased `Plan` fields) are
 * batched per set of parts. A plan the caller cannot read is primed as null, and none of its parts
 * is read. The statement may read more columns than a loader's shape (two selections joined, or
 * every column past the bound), never fewer.
 */
export async function prefetchPlan(ctx: Context, id: number, parts: PlanParts): Promise<void> {
  if (!anyPart(parts)) return;
  const source = (await ctx.db()).connection;
  const { name, text, reads, batch: batchName } = statementOf(source, parts);
  const batch = ctx.loaders.get(batchName, () => new DataLoader<number, true>(async (ids) => {
    const rows = await ctx.tx.prepared<Record<string, unknown>>(name, text, [ids]);
    for (const row of rows) primeParts(ctx, source, row, parts, reads);
    const plans = planLoaders(ctx).planIn(parts.plan);
    for (const planId of ids) plans.prime(planId, null); // kept as primed above when found
    return ids.map(() => true as const);
  }));
  await batch.load(id);
}

/** The loaders a set of parts primes (two selections may share a statement and prime different loaders). */
const keyOfParts = (parts: PlanParts) => [parts.plan, parts.tasks, parts.planTargets, parts.taskTargets, parts.budgetLines]
  .map((shape) => shape?.tag ?? '-').join('.') + `.${Number(parts.columnTotal)}`;

function primeParts(ctx: Context, source: DataSource, row: Record<string, unknown>, parts: PlanParts, reads: PartReads): void {
  const plans = planLoaders(ctx);
  const { __tasks: taskJson, __targets: targetJson, __budgetLines: budgetJson, ...planRow } = row;
  const plan = toPlan(hydrateRows<PlanEntity>(source.getMetadata(PlanEntity), 'p', [planRow], reads.plan.properties)[0]);
  const id = Number(plan.id);
  plans.planIn(parts.plan).prime(id, plan);
  const tasks = reads.tasks ? nestedRows<PlanTaskEntity>(source.getMetadata(PlanTaskEntity), 't', taskJson, reads.tasks.properties).map(toPlanTask) : [];
  if (parts.tasks) taskLoaders(ctx).tasksIn(parts.tasks).prime(id, tasks);
  if (reads.targets) {
    const targets = nestedRows<TargetEntity>(source.getMetadata(TargetEntity), 'g', targetJson, reads.targets.properties).map(toTarget);
    if (parts.planTargets) plans.targetsIn(parts.planTargets).prime(id, targets);
    if (parts.taskTargets) {
      const ofTask = taskLoaders(ctx).targetsIn(parts.taskTargets);
      for (const task of tasks) ofTask.prime(Number(task.id), targets.filter((target) => target.taskId === task.id));
    }
  }
  if (reads.budget) {
    const lines = nestedRows<BudgetLineEntity>(source.getMetadata(BudgetLineEntity), 'b', budgetJson, reads.budget.properties).map(toBudgetLine);
    if (parts.budgetLines) plans.budgetLinesIn(parts.budgetLines).prime(id, lines);
    if (parts.columnTotal) plans.budgetLinesIn(COLUMN_TOTAL_LINES).prime(id, lines);
  }
}
