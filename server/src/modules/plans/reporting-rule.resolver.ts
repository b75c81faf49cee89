import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { ReportingRule } from './plan-detail.type';
import { CreateReportingRuleArgs, ReportingRuleListArgs, ReportingRuleMetaArgs, UpdateReportingRuleArgs } from './reporting-rule.args';
import { ReportingRuleService } from './reporting-rule.service';

/** The react-admin grammar of reporting rules; the receiving agency is resolved in plan-task.resolver.ts. */
@Resolver(() => ReportingRule)
export class ReportingRuleCrudResolver {
  @Authorized()
  @Query(() => ReportingRule, { nullable: true })
  ReportingRule(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ReportingRule | null> {
    return ReportingRuleService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [ReportingRule])
  allReportingRules(@Args() args: ReportingRuleListArgs, @Ctx() ctx: Context): Promise<ReportingRule[]> {
    return ReportingRuleService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allReportingRulesMeta(@Args() args: ReportingRuleMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await ReportingRuleService.count(ctx, args.filter) };
  }

  @Authorized('WRITER')
  @Mutation(() => ReportingRule)
  createReportingRule(@Args() args: CreateReportingRuleArgs, @Ctx() ctx: Context): Promise<ReportingRule> {
    return ReportingRuleService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => ReportingRule, { description: 'Fields left out keep their value; null clears one' })
  updateReportingRule(@Args() args: UpdateReportingRuleArgs, @Ctx() ctx: Context): Promise<ReportingRule> {
    return ReportingRuleService.update(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => ReportingRule)
  deleteReportingRule(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<ReportingRule> {
    return ReportingRuleService.remove(ctx, id, version);
  }
}
