import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';

@InputType()
export class TeamReviewFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in team names' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => ID, { nullable: true, description: 'The unit and everything below it' })
  unitId?: string;

  @Field(() => ID, { nullable: true })
  teamId?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field({ nullable: true })
  reviewed?: boolean;

  @Field({ nullable: true })
  compliantAfter?: boolean;
}

@ArgsType()
export class TeamReviewListArgs extends ListArgs {
  @Field(() => TeamReviewFilter, { nullable: true })
  filter?: TeamReviewFilter;
}

@ArgsType()
export class TeamReviewMetaArgs extends MetaArgs {
  @Field(() => TeamReviewFilter, { nullable: true })
  filter?: TeamReviewFilter;
}

@ArgsType()
export class CreateTeamReviewArgs {
  @Field(() => ID)
  teamId: string;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;

  @Field()
  reviewed: boolean;

  @Field({ nullable: true })
  compliantAfter?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  note?: string | null;
}

@ArgsType()
export class UpdateTeamReviewArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field({ nullable: true })
  reviewed?: boolean;

  @Field({ nullable: true })
  compliantAfter?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  note?: string | null;
}
