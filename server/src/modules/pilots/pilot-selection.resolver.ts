import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { PlanTaskEntity } from '../plans/plan-task.entity';
import { taskLoaders } from '../plans/plan-task.loader';
import { toPlanTask } from '../plans/plan.mappers';
import { PlanTask } from '../plans/plan-task.type';
import { unitLoaders, unitById, type UnitAnswer } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import { CreatePilotSelectionArgs, PilotCandidatesArgs, PilotSelectionListArgs, PilotSelectionMetaArgs } from './pilot-selection.args';
import { PilotRankingService } from './pilot-ranking.service';
import { PilotSelectionService } from './pilot-selection.service';
import { PilotCandidate, PilotRanking, PilotSelection } from './pilot-selection.type';

const presentUnits = (units: (AdministrativeUnit | null | Error)[]) => units.filter((u): u is AdministrativeUnit => u != null && !(u instanceof Error));

@Resolver(() => PilotSelection)
export class PilotSelectionResolver {
  @Authorized()
  @Query(() => PilotSelection, { nullable: true })
  PilotSelection(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PilotSelection | null> {
    return PilotSelectionService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [PilotSelection])
  allPilotSelections(@Args() args: PilotSelectionListArgs, @Ctx() ctx: Context): Promise<PilotSelection[]> {
    return PilotSelectionService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allPilotSelectionsMeta(@Args() args: PilotSelectionMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await PilotSelectionService.count(ctx, args.filter) };
  }

  @Authorized()
  @Query(() => PilotRanking, { description: 'The communes below the selecting unit ranked live by the task\'s pilot criteria, on the data of the year' })
  pilotCandidates(@Args() args: PilotCandidatesArgs, @Ctx() ctx: Context): Promise<PilotRanking> {
    return PilotRankingService.rank(ctx, args.planTaskId, args.year, args.unitId);
  }

  @Authorized()
  @Query(() => [PlanTask], { description: 'The plan tasks the caller may read that carry pilot-selection criteria (Bạc Liêu: task 4)' })
  async pilotTasks(@Ctx() ctx: Context): Promise<PlanTask[]> {
    const rows = await (await ctx.db()).createQueryBuilder(PlanTaskEntity, 't')
      .where(`exists (select 1 from task_criterion c where c.task_id = t.id and c.kind = 'PILOT_SELECTION')`)
      .orderBy('t.plan_id').addOrderBy('t.sort_key').limit(100).getMany();
    return rows.map(toPlanTask);
  }

  @Authorized('WRITER')
  @Mutation(() => PilotSelection, { description: 'Records the chosen communes with the rationale and the ranking as it stands' })
  createPilotSelection(@Args() args: CreatePilotSelectionArgs, @Ctx() ctx: Context): Promise<PilotSelection> {
    return PilotSelectionService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => PilotSelection, { description: 'Deletes a recorded selection (audited); selections are never edited' })
  deletePilotSelection(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<PilotSelection> {
    return PilotSelectionService.remove(ctx, id, version);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  unit(@Root() selection: PilotSelection, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, selection.unitId);
  }

  @FieldResolver(() => PlanTask, { nullable: true })
  planTask(@Root() selection: PilotSelection, @Ctx() ctx: Context): Promise<PlanTask | null> {
    return taskLoaders(ctx).task.load(Number(selection.planTaskId));
  }

  @FieldResolver(() => [AdministrativeUnit])
  async chosenUnits(@Root() selection: PilotSelection, @Ctx() ctx: Context): Promise<AdministrativeUnit[]> {
    return presentUnits(await unitLoaders(ctx).byId.loadMany(selection.chosenUnitIds.map(Number)));
  }
}

@Resolver(() => PilotCandidate)
export class PilotCandidateResolver {
  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  unit(@Root() candidate: PilotCandidate, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, candidate.unitId);
  }
}
