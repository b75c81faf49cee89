import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { DecimalScalar } from './decimal.scalar';
import { ScheduleKind } from './plan.enums';

@ObjectType({ description: 'A line of a plan\'s budget appendix, in million VND per year; a parent equals the sum of its lines' })
export class BudgetLine {
  @Field(() => ID)
  id: number;

  @Field(() => ID)
  planId: number;

  @Field({ description: '"1", "1.1": the code places the line in the tree' })
  code: string;

  @Field()
  title: string;

  @Field(() => DecimalScalar, { description: 'Million VND (triệu đồng), exact' })
  amount: string;

  @Field(() => ID, { nullable: true })
  parentId: number | null;

  @Field(() => ScheduleKind, { nullable: true, description: 'YEARLY, ONCE (in scheduleYear), or null: as the parent line, and every year at the top' })
  scheduleKind: ScheduleKind | null;

  @Field(() => Int, { nullable: true })
  scheduleYear: number | null;

  @Field(() => String, { nullable: true, description: 'The timing in the document\'s words ("Hàng năm", "Năm 2025")' })
  scheduleNote: string | null;

  @Field(() => ID, { nullable: true, description: 'The task of the plan this line funds' })
  taskId: number | null;

  @Field(() => ID, { nullable: true, description: 'The parent plan\'s line this one was copied from' })
  implementsId: number | null;

  @Field(() => Int)
  version: number;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;
}
