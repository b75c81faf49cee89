import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';

@ArgsType()
export class CopyPlanArgs {
  @Field(() => ID, { description: 'Any plan the caller can read: its own (for a new year or period), an ancestor\'s or a national template' })
  planId: string;

  @Field(() => ID, { nullable: true, description: 'The unit the copy is for; default: the plan\'s own unit when the caller writes it, else the caller\'s unit' })
  unitId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The copy\'s first year; years of tasks, targets and budget lines move with it' })
  periodFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'The copy\'s last year; default: as long as the original\'s period' })
  periodTo?: number | null;

  @Field(() => String, { nullable: true, description: 'Default: the original\'s title' })
  @IsOptional()
  @Length(1, 1000, { message: 'title must be 1 to 1000 characters long' })
  title?: string | null;
}
