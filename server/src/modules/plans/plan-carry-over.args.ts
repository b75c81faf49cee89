import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';

@ArgsType()
export class CarryOverPlanArgs {
  @Field(() => ID, { description: 'A plan of a unit that ended (a 2021-era province), readable by the caller' })
  planId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The unit that succeeded the plan\'s unit (unit_succession) and carries it over; default: the caller\'s only writable unit that did',
  })
  unitId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default: the later of the original\'s first year and the unit\'s first year (2025)' })
  periodFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Default: the original\'s last year (or periodFrom when later)' })
  periodTo?: number | null;

  @Field(() => String, { nullable: true, description: 'Default: the original\'s title, "trên địa bàn ..." naming the unit that carries it over' })
  @IsOptional()
  @Length(1, 1000, { message: 'title must be 1 to 1000 characters long' })
  title?: string | null;
}
