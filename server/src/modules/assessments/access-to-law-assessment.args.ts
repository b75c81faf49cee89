import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';

@InputType()
export class AccessToLawAssessmentFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in commune names' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => ID, { nullable: true, description: 'The unit and everything below it' })
  unitId?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field({ nullable: true })
  metStandard?: boolean;

  @Field({ nullable: true })
  metMediationCriterion?: boolean;
}

@ArgsType()
export class AccessToLawAssessmentListArgs extends ListArgs {
  @Field(() => AccessToLawAssessmentFilter, { nullable: true })
  filter?: AccessToLawAssessmentFilter;
}

@ArgsType()
export class AccessToLawAssessmentMetaArgs extends MetaArgs {
  @Field(() => AccessToLawAssessmentFilter, { nullable: true })
  filter?: AccessToLawAssessmentFilter;
}

@ArgsType()
export class CreateAccessToLawAssessmentArgs {
  @Field(() => ID, { description: 'The commune' })
  unitId: string;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;

  @Field()
  metStandard: boolean;

  @Field()
  metMediationCriterion: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  note?: string | null;
}

@ArgsType()
export class UpdateAccessToLawAssessmentArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field({ nullable: true })
  metStandard?: boolean;

  @Field({ nullable: true })
  metMediationCriterion?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  note?: string | null;
}
