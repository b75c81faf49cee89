import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { unitById, type UnitAnswer } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import { toMediator } from '../workforce/mediator.service';
import { Mediator } from '../workforce/mediator.type';
import { workforceLoaders } from '../workforce/workforce.loader';
import { toTrainer } from './trainer.service';
import { Trainer } from './trainer.type';
import { CreateTrainingEventArgs, TrainingEventListArgs, TrainingEventMetaArgs, UpdateTrainingEventArgs } from './training-event.args';
import { TrainingEventService } from './training-event.service';
import { TrainingEvent } from './training-event.type';
import { trainingLoaders } from './training.loader';

const present = <T>(rows: (T | null)[]): T[] => rows.filter((row): row is T => row !== null);

@Resolver(() => TrainingEvent)
export class TrainingEventResolver {
  @Authorized()
  @Query(() => TrainingEvent, { nullable: true })
  TrainingEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<TrainingEvent | null> {
    return TrainingEventService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [TrainingEvent])
  allTrainingEvents(@Args() args: TrainingEventListArgs, @Ctx() ctx: Context): Promise<TrainingEvent[]> {
    return TrainingEventService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allTrainingEventsMeta(@Args() args: TrainingEventMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await TrainingEventService.count(ctx, args.filter) };
  }

  @Authorized('WRITER')
  @Mutation(() => TrainingEvent)
  createTrainingEvent(@Args() args: CreateTrainingEventArgs, @Ctx() ctx: Context): Promise<TrainingEvent> {
    return TrainingEventService.create(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => TrainingEvent)
  updateTrainingEvent(@Args() args: UpdateTrainingEventArgs, @Ctx() ctx: Context): Promise<TrainingEvent> {
    return TrainingEventService.update(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => TrainingEvent)
  deleteTrainingEvent(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { description: 'The version read: a stale one answers CONFLICT and deletes nothing' }) version: number, @Ctx() ctx: Context): Promise<TrainingEvent> {
    return TrainingEventService.remove(ctx, id, version);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  unit(@Root() event: TrainingEvent, @Ctx() ctx: Context): UnitAnswer {
    return unitById(ctx, event.unitId);
  }

  @FieldResolver(() => [ID], { description: 'Trainers who taught' })
  async trainerIds(@Root() event: TrainingEvent, @Ctx() ctx: Context): Promise<number[]> {
    return (await trainingLoaders(ctx).teachersByEvent.load(Number(event.id))).map((link) => link.personId);
  }

  @FieldResolver(() => [Trainer], { description: 'Trainers who taught' })
  async trainers(@Root() event: TrainingEvent, @Ctx() ctx: Context): Promise<Trainer[]> {
    const ids = await this.trainerIds(event, ctx);
    return present(await trainingLoaders(ctx).trainerById.loadMany(ids).then(settled)).map(toTrainer);
  }

  @FieldResolver(() => [ID], { description: 'Mediators who attended, among those the caller may read' })
  async attendeeMediatorIds(@Root() event: TrainingEvent, @Ctx() ctx: Context): Promise<number[]> {
    return (await trainingLoaders(ctx).mediatorAttendeesByEvent.load(Number(event.id))).map((link) => link.personId);
  }

  @FieldResolver(() => [Mediator], { description: 'Mediators who attended, among those the caller may read' })
  async attendeeMediators(@Root() event: TrainingEvent, @Ctx() ctx: Context): Promise<Mediator[]> {
    const ids = await this.attendeeMediatorIds(event, ctx);
    return present(await workforceLoaders(ctx).mediatorById.loadMany(ids).then(settled)).map(toMediator);
  }

  @FieldResolver(() => [ID], { description: 'Trainers who attended (TRAINERS events)' })
  async attendeeTrainerIds(@Root() event: TrainingEvent, @Ctx() ctx: Context): Promise<number[]> {
    return (await trainingLoaders(ctx).trainerAttendeesByEvent.load(Number(event.id))).map((link) => link.personId);
  }

  @FieldResolver(() => [Trainer], { description: 'Trainers who attended (TRAINERS events)' })
  async attendeeTrainers(@Root() event: TrainingEvent, @Ctx() ctx: Context): Promise<Trainer[]> {
    const ids = await this.attendeeTrainerIds(event, ctx);
    return present(await trainingLoaders(ctx).trainerById.loadMany(ids).then(settled)).map(toTrainer);
  }

  @FieldResolver(() => Int, { description: 'Listed attendees the caller may read, or the head count when none are listed' })
  async attendeeCount(@Root() event: TrainingEvent, @Ctx() ctx: Context): Promise<number> {
    const listed = (await this.attendeeMediatorIds(event, ctx)).length + (await this.attendeeTrainerIds(event, ctx)).length;
    return listed || (event.participants ?? 0);
  }
}

/** DataLoader.loadMany answers errors in place; a failed key is a real failure, not "not visible". */
function settled<T>(results: (T | Error)[]): T[] {
  const failure = results.find((result): result is Error => result instanceof Error);
  if (failure) throw failure;
  return results as T[];
}
