import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { unitById, type UnitAnswer } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import { toMediationTeam } from '../workforce/mediation-team.service';
import { MediationTeam } from '../workforce/mediation-team.type';
import { workforceLoaders } from '../workforce/workforce.loader';
import { CaseYearlyCountListArgs, CaseYearlyCountMetaArgs, CreateCaseYearlyCountArgs, UpdateCaseYearlyCountArgs } from './case-yearly-count.args';
import { CaseYearlyCountService } from './case-yearly-count.service';
import { CaseYearlyCount } from './case-yearly-count.type';

@Resolver(() => CaseYearlyCount)
export class CaseYearlyCountResolver {
  @Authorized()
  @Query(() => CaseYearlyCount, { nullable: true })
  CaseYearlyCount(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CaseYearlyCount | null> {
    return CaseYearlyCountService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [CaseYearlyCount])
  allCaseYearlyCounts(@Args() args: CaseYearlyCountListArgs, @Ctx() ctx: Context): Promise<CaseYearlyCount[]> {
    return CaseYearlyCountService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allCaseYearlyCountsMeta(@Args() args: CaseYearlyCountMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await CaseYearlyCountService.count(ctx, args.filter) };
  }

  @Authorized('WRITER')
  @Mutation(() => CaseYearlyCount)
  createCaseYearlyCount(@Args() args: CreateCaseYearlyCountArgs, @Ctx() ctx: Context): Promise<CaseYearlyCount> {
    return CaseYearlyCountService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => CaseYearlyCount)
  updateCaseYearlyCount(@Args() args: UpdateCaseYearlyCountArgs, @Ctx() ctx: Context): Promise<CaseYearlyCount> {
    return CaseYearlyCountService.update(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => CaseYearlyCount)
  deleteCaseYearlyCount(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<CaseYearlyCount> {
    return CaseYearlyCountService.remove(ctx, id, version);
  }

  @FieldResolver(() => MediationTeam, { nullable: true })
  async team(@Root() count: CaseYearlyCount, @Ctx() ctx: Context): Promise<MediationTeam | null> {
    const row = await workforceLoaders(ctx).teamById.load(Number(count.teamId));
    return row ? toMediationTeam(row) : null;
  }

  /**
   * The commune the record belongs to: where the team was at the year's end. A team that moved at
   * the 2025 reform keeps its earlier years under its former commune, so its own `unit` (today's)
   * would name the wrong one.
   */
  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: "The commune the record belongs to: the team's at the year's end" })
  unit(@Root() count: CaseYearlyCount, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, count.unitId);
  }
}
