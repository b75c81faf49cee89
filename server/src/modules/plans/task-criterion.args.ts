import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { TaskCriterionKind } from './plan.enums';
import { MediatorTrainingInput, MediatorWorkforceInput, PilotSelectionInput, TrainerPoolInput, TrainerTrainingInput } from './task-criterion.type';

@InputType()
export class TaskCriterionFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  planId?: string;

  @Field(() => ID, { nullable: true })
  taskId?: string;

  @Field(() => TaskCriterionKind, { nullable: true })
  kind?: TaskCriterionKind;
}

@ArgsType()
export class TaskCriterionListArgs extends ListArgs {
  @Field(() => TaskCriterionFilter, { nullable: true })
  filter?: TaskCriterionFilter;
}

@ArgsType()
export class TaskCriterionMetaArgs extends MetaArgs {
  @Field(() => TaskCriterionFilter, { nullable: true })
  filter?: TaskCriterionFilter;
}

/** The parameters of a criterion: exactly the input of its kind. */
@ArgsType()
export class TaskCriterionParametersArgs {
  @Field(() => PilotSelectionInput, { nullable: true, description: 'For PILOT_SELECTION' })
  pilotSelection?: PilotSelectionInput | null;

  @Field(() => TrainerPoolInput, { nullable: true, description: 'For TRAINER_POOL' })
  trainerPool?: TrainerPoolInput | null;

  @Field(() => TrainerTrainingInput, { nullable: true, description: 'For TRAINER_TRAINING' })
  trainerTraining?: TrainerTrainingInput | null;

  @Field(() => MediatorWorkforceInput, { nullable: true, description: 'For MEDIATOR_WORKFORCE' })
  mediatorWorkforce?: MediatorWorkforceInput | null;

  @Field(() => MediatorTrainingInput, { nullable: true, description: 'For MEDIATOR_TRAINING' })
  mediatorTraining?: MediatorTrainingInput | null;

  @Field(() => Int, { nullable: true, description: 'Place among the task\'s criteria, from 1 (default: last); the others move' })
  position?: number | null;
}

@ArgsType()
export class CreateTaskCriterionArgs extends TaskCriterionParametersArgs {
  @Field(() => ID)
  taskId: string;

  @Field(() => TaskCriterionKind)
  kind: TaskCriterionKind;

  @Field({ description: 'The document\'s words' })
  @Length(1, 5000, { message: 'text must be 1 to 5000 characters long' })
  text: string;
}

@ArgsType()
export class UpdateTaskCriterionArgs extends TaskCriterionParametersArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field(() => TaskCriterionKind, { nullable: true, description: 'A new kind needs the input of that kind' })
  kind?: TaskCriterionKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 5000, { message: 'text must be 1 to 5000 characters long' })
  text?: string | null;
}
