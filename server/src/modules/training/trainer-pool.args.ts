import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, Length, Max, Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { AgencyKind } from '../agencies/agency.type';

@InputType()
export class TrainerPoolFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in names, ignoring case and diacritics' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => ID, { nullable: true, description: 'The unit and everything below it' })
  unitId?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Pools whose period contains this day' })
  activeOn?: string;
}

@ArgsType()
export class TrainerPoolListArgs extends ListArgs {
  @Field(() => TrainerPoolFilter, { nullable: true })
  filter?: TrainerPoolFilter;
}

@ArgsType()
export class TrainerPoolMetaArgs extends MetaArgs {
  @Field(() => TrainerPoolFilter, { nullable: true })
  filter?: TrainerPoolFilter;
}

@ArgsType()
class TrainerPoolFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  note?: string | null;

  @Field(() => [AgencyKind], { nullable: true, description: 'Defaults to justice, Fatherland Front, court, procuracy, police (+ bar for a province)' })
  @IsOptional()
  @ArrayMaxSize(14)
  requiredAgencyKinds?: AgencyKind[];

  @Field(() => LocalDateResolver, { nullable: true })
  periodTo?: string | null;

  @Field(() => Int, { nullable: true, description: 'At least one trainer per this many active teams (Decision 315/QĐ-TTg: 80 for a district, 100 for a province, the default by level)' })
  @IsOptional()
  @Min(1)
  @Max(10000)
  teamsPerTrainer?: number;
}

@ArgsType()
export class CreateTrainerPoolArgs extends TrainerPoolFields {
  @Field(() => ID, { description: 'A province or a district' })
  unitId: string;

  @Field({ nullable: true, description: 'Defaults to "Đội ngũ tập huấn viên <unit>"' })
  @IsOptional()
  @Length(1, 300)
  name?: string;

  @Field(() => LocalDateResolver)
  periodFrom: string;
}

@ArgsType()
export class UpdateTrainerPoolArgs extends TrainerPoolFields {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300)
  name?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  periodFrom?: string;
}
