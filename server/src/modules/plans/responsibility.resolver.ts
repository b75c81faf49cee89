import { Arg, Args, Authorized, Ctx, Int, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { Responsibility } from './plan-detail.type';
import { CreateResponsibilityArgs, ResponsibilityListArgs, ResponsibilityMetaArgs, UpdateResponsibilityArgs } from './responsibility.args';
import { ResponsibilityService } from './responsibility.service';

/** The react-admin grammar of responsibilities; their agencies are resolved in plan-task.resolver.ts. */
@Resolver(() => Responsibility)
export class ResponsibilityCrudResolver {
  @Authorized()
  @Query(() => Responsibility, { nullable: true })
  Responsibility(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Responsibility | null> {
    return ResponsibilityService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [Responsibility])
  allResponsibilities(@Args() args: ResponsibilityListArgs, @Ctx() ctx: Context): Promise<Responsibility[]> {
    return ResponsibilityService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allResponsibilitiesMeta(@Args() args: ResponsibilityMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await ResponsibilityService.count(ctx, args.filter) };
  }

  @Authorized('WRITER')
  @Mutation(() => Responsibility)
  createResponsibility(@Args() args: CreateResponsibilityArgs, @Ctx() ctx: Context): Promise<Responsibility> {
    return ResponsibilityService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => Responsibility, { description: 'Changes text, request flag, agencies or position (the others move)' })
  updateResponsibility(@Args() args: UpdateResponsibilityArgs, @Ctx() ctx: Context): Promise<Responsibility> {
    return ResponsibilityService.update(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => Responsibility)
  deleteResponsibility(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<Responsibility> {
    return ResponsibilityService.remove(ctx, id, version);
  }
}
