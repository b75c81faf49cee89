import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { columnsFor } from '../../core/graphql/selection';
import { covers } from '../../core/tenancy/scope';
import { unitById, type UnitAnswer } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import { BudgetLine } from './budget-line.type';
import { CascadeService } from './cascade.service';
import { DecimalScalar } from './decimal.scalar';
import { LegalDocument } from './legal-document.type';
import { PlanAmendment, ReportingRule, Responsibility } from './plan-detail.type';
import { taskLoaders } from './plan-task.loader';
import { PlanTask } from './plan-task.type';
import { CascadePlanArgs, CreatePlanArgs, PlanListArgs, PlanMetaArgs, TransitionPlanArgs, UpdatePlanArgs } from './plan.args';
import { PlanStatus } from './plan.enums';
import { columnTotal, planLoaders } from './plan.loader';
import { partsSelected } from './plan.prefetch';
import { BUDGET_LINE_READS, COLUMN_TOTAL_LINES, TARGET_READS, TASK_READS } from './plan.reads';
import { PlanService } from './plan.service';
import { CascadeResult, CascadeStatus, Plan, Signer } from './plan.type';
import { Target } from './target.type';

@Resolver(() => Plan)
export class PlanResolver {
  @Authorized()
  @Query(() => Plan, { nullable: true })
  Plan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Plan | null> {
    return PlanService.byId(ctx, id, partsSelected(info));
  }

  @Authorized()
  @Query(() => [Plan])
  allPlans(@Args() args: PlanListArgs, @Ctx() ctx: Context): Promise<Plan[]> {
    return PlanService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allPlansMeta(@Args() args: PlanMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await PlanService.count(ctx, args.filter) };
  }

  @Authorized('WRITER')
  @Mutation(() => Plan)
  createPlan(@Args() args: CreatePlanArgs, @Ctx() ctx: Context): Promise<Plan> {
    return PlanService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => Plan, { description: 'Number and date are locked once issued; other changes to an issued plan are recorded as amendments' })
  updatePlan(@Args() args: UpdatePlanArgs, @Ctx() ctx: Context): Promise<Plan> {
    return PlanService.update(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => Plan, { description: 'Only a DRAFT plan can be deleted' })
  deletePlan(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<Plan> {
    return PlanService.remove(ctx, id, version);
  }

  @Authorized('WRITER')
  @Mutation(() => Plan, { description: 'Moves a plan one step: DRAFT → ISSUED → IN_PROGRESS → CLOSED' })
  transitionPlan(@Args() args: TransitionPlanArgs, @Ctx() ctx: Context): Promise<Plan> {
    return PlanService.transition(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => CascadeResult, {
    description: 'Creates, for each chosen unit directly below the plan\'s unit, a DRAFT plan implementing it with its tasks, targets and budget skeleton; units that already have one get none. All or nothing.',
  })
  cascadePlan(@Args() args: CascadePlanArgs, @Ctx() ctx: Context): Promise<CascadeResult> {
    return CascadeService.cascade(ctx, args);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the caller may change this plan now (its parts, status, cascade): the plan is in the caller\'s write scope (an ancestor\'s plan is read-only below it) and not CLOSED',
  })
  async writable(@Root() plan: Plan, @Ctx() ctx: Context): Promise<boolean> {
    if (plan.status === PlanStatus.CLOSED) return false;
    const path = plan.unitPath ?? (await planLoaders(ctx).plan.load(Number(plan.id)))?.unitPath;
    return path != null && covers(ctx.scope.write, path);
  }

  @FieldResolver(() => AdministrativeUnit)
  unit(@Root() plan: Plan, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, plan.unitId);
  }

  @FieldResolver(() => Signer, { nullable: true })
  signer(@Root() plan: Plan): Signer | null {
    if (!plan.signerName && !plan.signerCapacity && !plan.signerOnBehalfOf && !plan.signerSignsFor) return null;
    return { name: plan.signerName, capacity: plan.signerCapacity, onBehalfOf: plan.signerOnBehalfOf, signsFor: plan.signerSignsFor };
  }

  @FieldResolver(() => LegalDocument, { nullable: true, description: 'The decision this plan is the attachment of' })
  issuedBy(@Root() plan: Plan, @Ctx() ctx: Context): Promise<LegalDocument | null> {
    return plan.issuedByDecisionId == null ? Promise.resolve(null) : planLoaders(ctx).document.load(Number(plan.issuedByDecisionId));
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'The earlier plan this one succeeds or replaces' })
  predecessor(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Plan | null> {
    return plan.predecessorId == null ? Promise.resolve(null) : planLoaders(ctx).plan.load(Number(plan.predecessorId));
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'The plan this one implements (null when the caller cannot read it)' })
  parent(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Plan | null> {
    return plan.parentId == null ? Promise.resolve(null) : planLoaders(ctx).plan.load(Number(plan.parentId));
  }

  @FieldResolver(() => [Plan], { description: 'The plans implementing this one that the caller can read' })
  children(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Plan[]> {
    return planLoaders(ctx).children.load(Number(plan.id));
  }

  @FieldResolver(() => CascadeStatus)
  cascadeStatus(@Root() plan: Plan, @Ctx() ctx: Context): Promise<CascadeStatus> {
    return planLoaders(ctx).cascadeStatus.load(Number(plan.id));
  }

  @FieldResolver(() => LegalDocument, { description: 'The plan\'s own document; follow implements (or implementsChain) up to the root' })
  async document(@Root() plan: Plan, @Ctx() ctx: Context): Promise<LegalDocument> {
    const document = await planLoaders(ctx).document.load(Number(plan.documentId));
    if (!document) throw new Error(`Plan ${plan.id} has no readable document`);
    return document;
  }

  @FieldResolver(() => [PlanTask], { description: 'In code order' })
  tasks(@Root() plan: Plan, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<PlanTask[]> {
    return taskLoaders(ctx).tasksIn(columnsFor(TASK_READS, info)).load(Number(plan.id));
  }

  @FieldResolver(() => [Target], { description: 'The targets of the plan itself ("Mục tiêu" not tied to a task), in order; task targets are on tasks' })
  async targets(@Root() plan: Plan, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Target[]> {
    return (await planLoaders(ctx).targetsIn(columnsFor(TARGET_READS, info)).load(Number(plan.id))).filter((target) => target.taskId == null);
  }

  @FieldResolver(() => [BudgetLine], { description: 'Every line of the appendix, in code order (1, 1.1, 1.2, 2 ...)' })
  budgetLines(@Root() plan: Plan, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<BudgetLine[]> {
    return planLoaders(ctx).budgetLinesIn(columnsFor(BUDGET_LINE_READS, info)).load(Number(plan.id));
  }

  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description: 'Million VND. Without year: the appendix column (sum of the top-level lines). With year: the lines that apply that year. null: no appendix.',
  })
  budgetTotal(@Root() plan: Plan, @Arg('year', () => Int, { nullable: true }) year: number | null, @Ctx() ctx: Context): Promise<string | null> {
    const loaders = planLoaders(ctx);
    return year == null ? loaders.budgetLinesIn(COLUMN_TOTAL_LINES).load(Number(plan.id)).then(columnTotal) : loaders.budgetTotal.load(`${plan.id}:${year}`);
  }

  @FieldResolver(() => [Responsibility], { description: 'Phân công nhiệm vụ, in order' })
  responsibilities(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Responsibility[]> {
    return planLoaders(ctx).responsibilities.load(Number(plan.id));
  }

  @FieldResolver(() => [ReportingRule])
  reportingRules(@Root() plan: Plan, @Ctx() ctx: Context): Promise<ReportingRule[]> {
    return planLoaders(ctx).reportingRules.load(Number(plan.id));
  }

  @FieldResolver(() => [PlanAmendment], { description: 'Changes made after the plan was issued, oldest first' })
  amendments(@Root() plan: Plan, @Ctx() ctx: Context): Promise<PlanAmendment[]> {
    return planLoaders(ctx).amendments.load(Number(plan.id));
  }
}
