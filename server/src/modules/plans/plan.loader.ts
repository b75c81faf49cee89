import DataLoader from 'dataloader';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { moduleLoaders, type Context } from '../../core/context';
import type { ColumnShape } from '../../core/graphql/selection';
import { preparedRows } from '../../core/rows';
import { groupLoader, rowLoader } from '../../core/tenant-query';
import { BudgetLineEntity } from './budget-line.entity';
import type { BudgetLine } from './budget-line.type';
import { normalizeDecimal, sumAmounts } from './decimal.scalar';
import { LegalDocumentEntity } from './legal-document.entity';
import type { LegalDocument } from './legal-document.type';
import { PlanAmendmentEntity, ReportingRuleEntity, ResponsibilityEntity } from './plan-detail.entity';
import type { PlanAmendment, ReportingRule, Responsibility } from './plan-detail.type';
import { PlanEntity } from './plan.entity';
import type { BudgetLineProperty, PlanProperty, TargetProperty } from './plan.reads';
import { toBudgetLine, toLegalDocument, toPlan, toPlanAmendment, toReportingRule, toResponsibility, toTarget } from './plan.mappers';
import { TargetEntity } from './target.entity';
import type { Target } from './target.type';
import type { CascadeStatus } from './plan.type';

/**
 * Rows by id, in key order: one prepared statement per batch (core/rows.ts: no entity hydration).
 * With a shape, only its columns are read, by a loader and statement of that shape's own.
 */
export function oneBy<E extends ObjectLiteral & { id: number }, T>(ctx: Context, name: string, entity: EntityTarget<E>, map: (row: E) => T, shape?: ColumnShape<string>) {
  const named = nameOf(name, shape);
  const fetch = (ids: number[]) => preparedRows(ctx, { name: named, entity, alias: 'r', properties: propertiesOf(shape), where: 'where r.id = any($1)' }, [ids]) as Promise<E[]>;
  return rowLoader(ctx, named, fetch, (row) => row.id, map);
}

/** Rows grouped by a foreign key, each group in `order`: one prepared statement per batch (a shape as in oneBy). */
export function manyBy<E extends ObjectLiteral, T>(
  ctx: Context,
  name: string,
  entity: EntityTarget<E>,
  column: string,
  keyOf: (row: E) => number | null,
  map: (row: E) => T,
  order: string[],
  shape?: ColumnShape<string>,
) {
  const named = nameOf(name, shape);
  const fetch = (keys: number[]) => preparedRows(ctx, {
    name: named, entity, alias: 'r', properties: propertiesOf(shape),
    where: `where r.${column} = any($1) order by ${[...order, 'id'].map((key) => `r.${key}`).join(', ')}`,
  }, [keys]) as Promise<E[]>;
  return groupLoader(ctx, named, fetch, (row) => keyOf(row) ?? -1, map);
}

/** A loader's name and properties for a shape: every column under the plain name (the statement's text is written when a batch is fetched). */
const nameOf = (name: string, shape?: ColumnShape<string>): string => (!shape || shape.tag === 'all' ? name : `${name}.${shape.tag}`);
const propertiesOf = (shape?: ColumnShape<string>): readonly string[] | undefined => (!shape || shape.tag === 'all' ? undefined : shape.properties);

/**
 * The appendix column: the sum of the top-level lines (Mỹ Tú: 46 + 36 + 37 + 10 = 129); null when the
 * plan has no line. Read from the lines the request loads anyway (one statement fewer for a plan
 * with its budget), added exactly.
 */
export const columnTotal = (lines: readonly BudgetLine[]): string | null =>
  lines.length ? sumAmounts(lines.filter((line) => line.parentId == null).map((line) => line.amount)) : null;

/** One year's budget totals keyed "planId:year"; one statement per distinct year. */
function budgetTotalLoader(ctx: Context) {
  return new DataLoader<string, string | null>(async (keys) => {
    const byYear = new Map<number, number[]>();
    for (const key of keys) {
      const [planId, year] = key.split(':').map(Number);
      const planIds = byYear.get(year);
      if (planIds) planIds.push(planId);
      else byYear.set(year, [planId]);
    }
    const totals = new Map<string, string>();
    for (const [year, planIds] of byYear) {
      for (const row of await yearTotals(ctx, planIds, year)) totals.set(`${row.plan_id}:${year}`, normalizeDecimal(row.total));
    }
    return keys.map((key) => totals.get(key) ?? null);
  });
}

/**
 * One year's money: the leaves whose schedule applies that year (a line without a schedule takes
 * its parent's; a top-level line without one applies every year), and nothing outside the plan's
 * period when it has one. Mỹ Tú 2024: 2 + 44 + 36 + 37 = 119 (line 4 is 2025 only).
 */
async function yearTotals(ctx: Context, planIds: number[], year: number): Promise<{ plan_id: number; total: string }[]> {
  return (await ctx.db()).query(
    `with recursive line as (
       select b.id, b.plan_id, b.amount, b.schedule_kind, b.schedule_year
         from budget_line b where b.plan_id = any($1) and b.parent_id is null
       union all
       select c.id, c.plan_id, c.amount, coalesce(c.schedule_kind, l.schedule_kind),
              case when c.schedule_kind is null then l.schedule_year else c.schedule_year end
         from line l join budget_line c on c.parent_id = l.id)
     select p.id as plan_id,
            coalesce(sum(l.amount) filter (
              where not exists (select 1 from budget_line c where c.parent_id = l.id)
                and (l.schedule_kind is null or l.schedule_kind = 'YEARLY' or l.schedule_year = $2)
                and $2 between coalesce(p.period_from, $2) and coalesce(p.period_to, $2)), 0)::text as total
       from plan p join line l on l.plan_id = p.id
      group by p.id`,
    [planIds, year],
  );
}

const documentById = (ctx: Context) => oneBy(ctx, 'plans.document', LegalDocumentEntity, toLegalDocument);
const planById = (ctx: Context, shape?: ColumnShape<PlanProperty>) => oneBy(ctx, 'plans.plan', PlanEntity, toPlan, shape);


/** Plans, their documents, budget and details: one factory per module, created per request. */
export const planLoaders = moduleLoaders('planLoaders', {
  plan: (ctx) => planById(ctx),
  /** Plans read with the columns of a selection only (plan.reads.ts). */
  planIn: (ctx) => (shape: ColumnShape<PlanProperty>) => planById(ctx, shape),
  children: (ctx) => manyBy(ctx, 'plans.children', PlanEntity, 'parent_plan_id', (row) => row.parentPlanId, toPlan, ['unit_path']),
  document: (ctx) => documentById(ctx),
  cascadeStatus: (ctx) => ctx.loaders.get('plans.cascadeStatus', () =>
    new DataLoader<number, CascadeStatus>(async (ids) => {
      const rows: { parent_plan_id: number; status: string; n: number }[] = await (await ctx.db()).query(
        'select parent_plan_id, status, count(*)::int as n from plan where parent_plan_id = any($1) group by parent_plan_id, status',
        [ids],
      );
      return ids.map((id) => {
        const count = (status: string) => rows.find((row) => row.parent_plan_id === id && row.status === status)?.n ?? 0;
        const status = { drafted: count('DRAFT'), issued: count('ISSUED'), inProgress: count('IN_PROGRESS'), closed: count('CLOSED') };
        return { ...status, total: status.drafted + status.issued + status.inProgress + status.closed };
      });
    }),
  ),
  /** The documents a document implements, nearest first, up to the root (those the caller can read). */
  documentChain: (ctx) => ctx.loaders.get('plans.documentChain', () =>
    new DataLoader<number, LegalDocument[]>(async (ids) => {
      const links: { start_id: number; id: number }[] = await (await ctx.db()).query(
        `with recursive chain as (
           select d.id as start_id, d.implements_id as next_id, 1 as depth from legal_document d where d.id = any($1)
           union all
           select c.start_id, d.implements_id, c.depth + 1 from chain c join legal_document d on d.id = c.next_id where c.depth < 20)
         select start_id, next_id as id from chain where next_id is not null order by start_id, depth`,
        [ids],
      );
      const documents = await documentById(ctx).loadMany([...new Set(links.map((link) => link.id))]);
      const byId = new Map(documents.filter((d): d is LegalDocument => d != null && !(d instanceof Error)).map((d) => [d.id, d]));
      return ids.map((id) => links.filter((link) => link.start_id === id).flatMap((link) => byId.get(link.id) ?? []));
    }),
  ),
  /** A plan's budget lines, with the columns of a selection (plan.reads.ts; every column under the shape 'all'). */
  budgetLinesIn: (ctx) => (shape: ColumnShape<BudgetLineProperty>) =>
    manyBy<BudgetLineEntity, BudgetLine>(ctx, 'plans.budgetLines', BudgetLineEntity, 'plan_id', (row) => row.planId, toBudgetLine, ['sort_key'], shape),
  budgetLine: (ctx) => oneBy(ctx, 'plans.budgetLine', BudgetLineEntity, toBudgetLine),
  budgetChildren: (ctx) => manyBy(ctx, 'plans.budgetChildren', BudgetLineEntity, 'parent_id', (row) => row.parentId, toBudgetLine, ['sort_key']),
  budgetTotal: (ctx) => ctx.loaders.get('plans.budgetTotal', () => budgetTotalLoader(ctx)),
  responsibilities: (ctx) => manyBy<ResponsibilityEntity, Responsibility>(ctx, 'plans.responsibilities', ResponsibilityEntity, 'plan_id', (row) => row.planId, toResponsibility, ['position']),
  reportingRules: (ctx) => manyBy<ReportingRuleEntity, ReportingRule>(ctx, 'plans.reportingRules', ReportingRuleEntity, 'plan_id', (row) => row.planId, toReportingRule, ['position']),
  /** Every target of a plan, of its tasks and of the plan itself, in order, with the columns of a selection. */
  targetsIn: (ctx) => (shape: ColumnShape<TargetProperty>) =>
    manyBy<TargetEntity, Target>(ctx, 'plans.targetsOfPlan', TargetEntity, 'plan_id', (row) => row.planId, toTarget, ['position'], shape),
  amendments: (ctx) => manyBy<PlanAmendmentEntity, PlanAmendment>(ctx, 'plans.amendments', PlanAmendmentEntity, 'plan_id', (row) => row.planId, toPlanAmendment, []),
});

export type PlanLoaders = ReturnType<typeof planLoaders>;
