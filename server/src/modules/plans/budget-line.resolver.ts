import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { BudgetLineListArgs, BudgetLineMetaArgs, CreateBudgetLineArgs, MoveBudgetLineArgs, UpdateBudgetLineArgs } from './budget-line.args';
import { BudgetLineService } from './budget-line.service';
import { BudgetLine } from './budget-line.type';
import { planLoaders } from './plan.loader';
import { Plan } from './plan.type';

@Resolver(() => BudgetLine)
export class BudgetLineResolver {
  @Authorized()
  @Query(() => BudgetLine, { nullable: true })
  BudgetLine(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<BudgetLine | null> {
    return BudgetLineService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [BudgetLine])
  allBudgetLines(@Args() args: BudgetLineListArgs, @Ctx() ctx: Context): Promise<BudgetLine[]> {
    return BudgetLineService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allBudgetLinesMeta(@Args() args: BudgetLineMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await BudgetLineService.count(ctx, args.filter) };
  }

  @Authorized('WRITER')
  @Mutation(() => BudgetLine, { description: 'Refused (naming the line) when a parent no longer equals the sum of its lines, unless rollUp' })
  createBudgetLine(@Args() args: CreateBudgetLineArgs, @Ctx() ctx: Context): Promise<BudgetLine> {
    return BudgetLineService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => BudgetLine, { description: 'Refused (naming the line) when a parent no longer equals the sum of its lines, unless rollUp' })
  updateBudgetLine(@Args() args: UpdateBudgetLineArgs, @Ctx() ctx: Context): Promise<BudgetLine> {
    return BudgetLineService.update(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => BudgetLine)
  deleteBudgetLine(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number,
    @Arg('rollUp', () => Boolean, { nullable: true, defaultValue: false }) rollUp: boolean,
    @Ctx() ctx: Context,
  ): Promise<BudgetLine> {
    return BudgetLineService.remove(ctx, id, version, rollUp);
  }

  @Authorized('WRITER')
  @Mutation(() => BudgetLine, { description: 'Moves a line with its lines to a new code at any depth, renumbering around it; refused like any write when a parent no longer sums, unless rollUp' })
  moveBudgetLine(@Args() args: MoveBudgetLineArgs, @Ctx() ctx: Context): Promise<BudgetLine> {
    return BudgetLineService.move(ctx, args);
  }

  @FieldResolver(() => Plan, { nullable: true })
  plan(@Root() line: BudgetLine, @Ctx() ctx: Context): Promise<Plan | null> {
    return planLoaders(ctx).plan.load(Number(line.planId));
  }

  @FieldResolver(() => BudgetLine, { nullable: true })
  parent(@Root() line: BudgetLine, @Ctx() ctx: Context): Promise<BudgetLine | null> {
    return line.parentId == null ? Promise.resolve(null) : planLoaders(ctx).budgetLine.load(Number(line.parentId));
  }

  @FieldResolver(() => [BudgetLine], { description: 'The lines below this one, in code order' })
  children(@Root() line: BudgetLine, @Ctx() ctx: Context): Promise<BudgetLine[]> {
    return planLoaders(ctx).budgetChildren.load(Number(line.id));
  }
}
