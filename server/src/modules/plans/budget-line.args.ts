import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { DecimalScalar } from './decimal.scalar';
import { ScheduleKind } from './plan.enums';

@InputType()
export class BudgetLineFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  planId?: string;

  @Field(() => ID, { nullable: true, description: 'The lines of this line' })
  parentId?: string;
}

@ArgsType()
export class BudgetLineListArgs extends ListArgs {
  @Field(() => BudgetLineFilter, { nullable: true })
  filter?: BudgetLineFilter;
}

@ArgsType()
export class BudgetLineMetaArgs extends MetaArgs {
  @Field(() => BudgetLineFilter, { nullable: true })
  filter?: BudgetLineFilter;
}

@ArgsType()
export class BudgetLineFieldsArgs {
  @Field(() => ScheduleKind, { nullable: true, description: 'YEARLY or ONCE (with scheduleYear); none: as the parent line' })
  scheduleKind?: ScheduleKind | null;

  @Field(() => Int, { nullable: true })
  scheduleYear?: number | null;

  @Field(() => String, { nullable: true })
  scheduleNote?: string | null;

  @Field(() => ID, { nullable: true, description: 'The task of the same plan this line funds' })
  taskId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Also recompute the lines above as the sums of their lines; without it a change that breaks a sum is refused, naming the line',
  })
  rollUp: boolean;
}

@ArgsType()
export class CreateBudgetLineArgs extends BudgetLineFieldsArgs {
  @Field(() => ID)
  planId: string;

  @Field({ description: '"1", "1.2": a line below another takes its code as prefix' })
  code: string;

  @Field()
  @Length(1, 2000, { message: 'title must be 1 to 2000 characters long' })
  title: string;

  @Field(() => DecimalScalar, { description: 'Million VND' })
  amount: string;
}

@ArgsType()
export class UpdateBudgetLineArgs extends BudgetLineFieldsArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000, { message: 'title must be 1 to 2000 characters long' })
  title?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  amount?: string | null;
}

@ArgsType()
export class MoveBudgetLineArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field({ description: 'The line\'s new code ("2", "1.3"): its lines follow, renumbered; the lines after its old place move up one, those at and after its new place down one' })
  code: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Recompute the lines above its old and new place as the sums of their lines' })
  rollUp: boolean;
}
