import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { taskLoaders } from './plan-task.loader';
import { PlanTask } from './plan-task.type';
import { planLoaders } from './plan.loader';
import { Plan } from './plan.type';
import { CreateTargetArgs, TargetListArgs, TargetMetaArgs, UpdateTargetArgs } from './target.args';
import { TargetService } from './target.service';
import { Target } from './target.type';

@Resolver(() => Target)
export class TargetResolver {
  @Authorized()
  @Query(() => Target, { nullable: true })
  Target(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Target | null> {
    return TargetService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [Target])
  allTargets(@Args() args: TargetListArgs, @Ctx() ctx: Context): Promise<Target[]> {
    return TargetService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allTargetsMeta(@Args() args: TargetMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await TargetService.count(ctx, args.filter) };
  }

  @Authorized('WRITER')
  @Mutation(() => Target)
  createTarget(@Args() args: CreateTargetArgs, @Ctx() ctx: Context): Promise<Target> {
    return TargetService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => Target)
  updateTarget(@Args() args: UpdateTargetArgs, @Ctx() ctx: Context): Promise<Target> {
    return TargetService.update(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => Target)
  deleteTarget(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<Target> {
    return TargetService.remove(ctx, id, version);
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'The plan the target belongs to (directly or through its task)' })
  plan(@Root() target: Target, @Ctx() ctx: Context): Promise<Plan | null> {
    return planLoaders(ctx).plan.load(Number(target.planId));
  }

  @FieldResolver(() => PlanTask, { nullable: true })
  task(@Root() target: Target, @Ctx() ctx: Context): Promise<PlanTask | null> {
    return taskLoaders(ctx).task.load(Number(target.taskId));
  }
}
