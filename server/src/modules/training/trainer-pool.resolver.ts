import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { unitById, type UnitAnswer } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import { CreateTrainerPoolArgs, TrainerPoolListArgs, TrainerPoolMetaArgs, UpdateTrainerPoolArgs } from './trainer-pool.args';
import { TrainerPoolService, toShortfall } from './trainer-pool.service';
import { PoolShortfall, TrainerPool } from './trainer-pool.type';
import { toTrainer } from './trainer.service';
import { Trainer } from './trainer.type';
import { trainingLoaders } from './training.loader';

@Resolver(() => TrainerPool)
export class TrainerPoolResolver {
  @Authorized()
  @Query(() => TrainerPool, { nullable: true })
  TrainerPool(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<TrainerPool | null> {
    return TrainerPoolService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [TrainerPool])
  allTrainerPools(@Args() args: TrainerPoolListArgs, @Ctx() ctx: Context): Promise<TrainerPool[]> {
    return TrainerPoolService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allTrainerPoolsMeta(@Args() args: TrainerPoolMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await TrainerPoolService.count(ctx, args.filter) };
  }

  @Authorized('WRITER')
  @Mutation(() => TrainerPool)
  createTrainerPool(@Args() args: CreateTrainerPoolArgs, @Ctx() ctx: Context): Promise<TrainerPool> {
    return TrainerPoolService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => TrainerPool)
  updateTrainerPool(@Args() args: UpdateTrainerPoolArgs, @Ctx() ctx: Context): Promise<TrainerPool> {
    return TrainerPoolService.update(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => TrainerPool)
  deleteTrainerPool(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<TrainerPool> {
    return TrainerPoolService.remove(ctx, id, version);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  unit(@Root() pool: TrainerPool, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, pool.unitId);
  }

  @FieldResolver(() => [Trainer])
  async trainers(@Root() pool: TrainerPool, @Ctx() ctx: Context): Promise<Trainer[]> {
    return (await trainingLoaders(ctx).trainersByPool.load(Number(pool.id))).map(toTrainer);
  }

  @FieldResolver(() => PoolShortfall, { description: 'Required size (Decision 315/QĐ-TTg, live team counts) and composition, and what is missing' })
  async shortfall(@Root() pool: TrainerPool, @Ctx() ctx: Context): Promise<PoolShortfall> {
    const figures = await trainingLoaders(ctx).figuresByPool.load(Number(pool.id));
    if (!figures) throw new Error(`No figures for trainer pool ${pool.id}`);
    return toShortfall(figures);
  }
}
