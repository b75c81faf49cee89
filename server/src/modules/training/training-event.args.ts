import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, Length, Max, Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { TrainingAudience } from './training-event.type';

@InputType()
export class TrainingEventFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in titles, ignoring case and diacritics' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => ID, { nullable: true, description: 'Events of the unit and everything below it' })
  unitId?: string;

  @Field(() => Int, { nullable: true, description: 'Events starting in this year' })
  year?: number;

  @Field(() => TrainingAudience, { nullable: true })
  audience?: TrainingAudience;

  @Field(() => ID, { nullable: true })
  planTaskId?: string;

  @Field(() => ID, { nullable: true, description: 'Events this mediator attended' })
  mediatorId?: string;

  @Field(() => ID, { nullable: true, description: 'Events this trainer taught or attended' })
  trainerId?: string;
}

@ArgsType()
export class TrainingEventListArgs extends ListArgs {
  @Field(() => TrainingEventFilter, { nullable: true })
  filter?: TrainingEventFilter;
}

@ArgsType()
export class TrainingEventMetaArgs extends MetaArgs {
  @Field(() => TrainingEventFilter, { nullable: true })
  filter?: TrainingEventFilter;
}

/** Fields shared by create and update; the id lists replace the whole list when sent. */
@ArgsType()
class TrainingEventFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 300)
  location?: string | null;

  @Field(() => Float, { nullable: true, description: 'Million VND' })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  cost?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  participants?: number | null;

  @Field(() => ID, { nullable: true })
  planTaskId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Trainers who taught (from pools above or below the unit)' })
  @IsOptional()
  @ArrayMaxSize(200)
  trainerIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Mediators who attended (MEDIATORS events): they become trained' })
  @IsOptional()
  @ArrayMaxSize(5000)
  attendeeMediatorIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Trainers who attended (TRAINERS events)' })
  @IsOptional()
  @ArrayMaxSize(2000)
  attendeeTrainerIds?: string[];
}

@ArgsType()
export class CreateTrainingEventArgs extends TrainingEventFields {
  @Field(() => ID, { description: 'The organising unit' })
  unitId: string;

  @Field()
  @Length(1, 300, { message: 'title must be 1 to 300 characters long' })
  title: string;

  @Field(() => LocalDateResolver)
  startsOn: string;

  @Field(() => LocalDateResolver)
  endsOn: string;

  @Field(() => TrainingAudience)
  audience: TrainingAudience;
}

@ArgsType()
export class UpdateTrainingEventArgs extends TrainingEventFields {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'title must be 1 to 300 characters long' })
  title?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  startsOn?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  endsOn?: string;

  @Field(() => TrainingAudience, { nullable: true })
  audience?: TrainingAudience;
}
