import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { toAgency } from '../agencies/agency.service';
import { Agency } from '../agencies/agency.type';
import { toTrainerPool } from './trainer-pool.service';
import { TrainerPool } from './trainer-pool.type';
import { CreateTrainerArgs, TrainerListArgs, TrainerMetaArgs, UpdateTrainerArgs } from './trainer.args';
import { TrainerService } from './trainer.service';
import { Trainer } from './trainer.type';
import { trainingLoaders } from './training.loader';

@Resolver(() => Trainer)
export class TrainerResolver {
  @Authorized()
  @Query(() => Trainer, { nullable: true })
  Trainer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Trainer | null> {
    return TrainerService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [Trainer])
  allTrainers(@Args() args: TrainerListArgs, @Ctx() ctx: Context): Promise<Trainer[]> {
    return TrainerService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allTrainersMeta(@Args() args: TrainerMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await TrainerService.count(ctx, args.filter) };
  }

  @Authorized('WRITER')
  @Mutation(() => Trainer)
  createTrainer(@Args() args: CreateTrainerArgs, @Ctx() ctx: Context): Promise<Trainer> {
    return TrainerService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => Trainer)
  updateTrainer(@Args() args: UpdateTrainerArgs, @Ctx() ctx: Context): Promise<Trainer> {
    return TrainerService.update(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => Trainer)
  deleteTrainer(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<Trainer> {
    return TrainerService.remove(ctx, id, version);
  }

  @FieldResolver(() => TrainerPool, { nullable: true })
  async pool(@Root() trainer: Trainer, @Ctx() ctx: Context): Promise<TrainerPool | null> {
    const row = await trainingLoaders(ctx).poolById.load(Number(trainer.poolId));
    return row ? toTrainerPool(row) : null;
  }

  @FieldResolver(() => Agency, { nullable: true })
  async agency(@Root() trainer: Trainer, @Ctx() ctx: Context): Promise<Agency | null> {
    if (trainer.agencyId == null) return null;
    const row = await trainingLoaders(ctx).agencyById.load(Number(trainer.agencyId));
    return row ? toAgency(row) : null;
  }
}
