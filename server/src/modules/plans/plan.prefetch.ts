import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Context } from '../../core/context';
import { perField } from '../../core/graphql/per-field';
import { subfields } from '../../core/graphql/selection';
import { hydrateRows, nestedRows, nestedRowsSql, selectList } from '../../core/rows';
import { BudgetLineEntity } from './budget-line.entity';
import { taskLoaders } from './plan-task.loader';
import { PlanTaskEntity } from './plan-task.entity';
import { planLoaders } from './plan.loader';
import { PlanEntity } from './plan.entity';
import { toBudgetLine, toPlan, toPlanTask, toTarget } from './plan.mappers';
import { TargetEntity } from './target.entity';

/**
 * One plan with the parts its selection asks for, in one statement. PERF: `Plan(id)` with its
 * tasks, their targets and its budget (the plan page, the bench's W3) took a statement per level,
 * six in all with the transaction's; it now takes three, as the SQL floor does (issue 11). The
 * statement reads exactly what the loaders would (the same rows, under the same row-level
 * security, in the same order: its parts hang off the plan row it found) and primes them, so the
 * field resolvers answer from the request's loaders without a statement of their own. The plan
 * and its parts now fail together (a timeout fails the `Plan` field, not one part).
 */
export type PlanParts = { tasks: boolean; targets: boolean; budget: boolean };

const NO_PARTS: PlanParts = { tasks: false, targets: false, budget: false };
const selected = perField<'parts', PlanParts>();

/**
 * The parts of a plan the selection under `info` reads (tasks, targets of the plan or its tasks,
 * budget lines), from the document alone (memoised per field): a part left out by `@include` or
 * `@skip` is read anyway, and `budgetTotal(year: $y)` counts as a year's total even when `$y` is
 * null (its resolver then reads the lines itself). Either way the answers are the same.
 */
export function partsSelected(info: GraphQLResolveInfo): PlanParts {
  return selected(info.fieldNodes, 'parts', () => {
    const fields = subfields(info.fieldNodes, info.fragments);
    const tasks = fields.get('tasks');
    // the appendix column is read from the lines; a year's total has a statement of its own
    const columnTotal = fields.get('budgetTotal')?.some((node) => !node.arguments?.some((argument) => argument.name.value === 'year')) ?? false;
    return {
      tasks: Boolean(tasks),
      targets: fields.has('targets') || (tasks ? subfields(tasks, info.fragments).has('targets') : false),
      budget: fields.has('budgetLines') || columnTotal,
    };
  });
}

const anyPart = (parts: PlanParts): boolean => parts.tasks || parts.targets || parts.budget;

const statements = new Map<string, { name: string; text: string }>();

function statementOf(source: DataSource, parts: PlanParts) {
  const key = `${Number(parts.tasks)}${Number(parts.targets)}${Number(parts.budget)}`;
  let statement = statements.get(key);
  if (!statement) {
    // the loaders' orders (plan.loader.ts, plan-task.loader.ts: each then by id); a task's targets keep theirs within the plan's
    const nested = [
      parts.tasks ? nestedRowsSql(source.getMetadata(PlanTaskEntity), 't', 'where t.plan_id = p.id', 't.sort_key, t.id') : 'null',
      parts.targets ? nestedRowsSql(source.getMetadata(TargetEntity), 'g', 'where g.plan_id = p.id', 'g.position, g.id') : 'null',
      parts.budget ? nestedRowsSql(source.getMetadata(BudgetLineEntity), 'b', 'where b.plan_id = p.id', 'b.sort_key, b.id') : 'null',
    ];
    const text = `select ${selectList(source.getMetadata(PlanEntity), 'p')}, ${nested[0]} as "__tasks", ${nested[1]} as "__targets", `
      + `${nested[2]} as "__budgetLines" from plan p where p.id = any($1)`;
    statements.set(key, (statement = { name: `plans.prefetch.${key}`, text }));
  }
  return statement;
}

/**
 * Reads the plans asked for in one statement, each with the parts asked for, into the request's
 * loaders: the plans of a request that asks several (aliased `Plan` fields) are batched per set of
 * parts. A plan the caller cannot read is primed as null, and none of its parts is read.
 */
export async function prefetchPlan(ctx: Context, id: number, parts: PlanParts = NO_PARTS): Promise<void> {
  if (!anyPart(parts)) return;
  const source = (await ctx.db()).connection;
  const { name, text } = statementOf(source, parts);
  const batch = ctx.loaders.get(name, () => new DataLoader<number, true>(async (ids) => {
    const rows = await ctx.tx.prepared<Record<string, unknown>>(name, text, [ids]);
    const plans = planLoaders(ctx);
    for (const row of rows) primeParts(ctx, source, row, parts);
    for (const planId of ids) plans.plan.prime(planId, null); // kept as primed above when found
    return ids.map(() => true as const);
  }));
  await batch.load(id);
}

function primeParts(ctx: Context, source: DataSource, row: Record<string, unknown>, parts: PlanParts): void {
  const plans = planLoaders(ctx);
  const { __tasks: taskJson, __targets: targetJson, __budgetLines: budgetJson, ...planRow } = row;
  const plan = toPlan(hydrateRows<PlanEntity>(source.getMetadata(PlanEntity), 'p', [planRow])[0]);
  const id = Number(plan.id);
  plans.plan.prime(id, plan);
  const tasks = parts.tasks ? nestedRows<PlanTaskEntity>(source.getMetadata(PlanTaskEntity), 't', taskJson).map(toPlanTask) : [];
  if (parts.tasks) taskLoaders(ctx).tasks.prime(id, tasks);
  if (parts.targets) {
    const targets = nestedRows<TargetEntity>(source.getMetadata(TargetEntity), 'g', targetJson).map(toTarget);
    plans.targets.prime(id, targets);
    for (const task of tasks) taskLoaders(ctx).targets.prime(Number(task.id), targets.filter((target) => target.taskId === task.id));
  }
  if (parts.budget) plans.budgetLines.prime(id, nestedRows<BudgetLineEntity>(source.getMetadata(BudgetLineEntity), 'b', budgetJson).map(toBudgetLine));
}
