import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';

@InputType()
export class CaseYearlyCountFilter {
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
}

@ArgsType()
export class CaseYearlyCountListArgs extends ListArgs {
  @Field(() => CaseYearlyCountFilter, { nullable: true })
  filter?: CaseYearlyCountFilter;
}

@ArgsType()
export class CaseYearlyCountMetaArgs extends MetaArgs {
  @Field(() => CaseYearlyCountFilter, { nullable: true })
  filter?: CaseYearlyCountFilter;
}

@ArgsType()
class CaseYearlyCountFields {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  settled?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  notSettled?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  inProgress?: number;

  @Field(() => Int, { nullable: true, description: 'Defaults to settled + notSettled + inProgress; must equal it' })
  @IsOptional()
  @Min(0)
  received?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  note?: string | null;
}

@ArgsType()
export class CreateCaseYearlyCountArgs extends CaseYearlyCountFields {
  @Field(() => ID)
  teamId: string;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;
}

@ArgsType()
export class UpdateCaseYearlyCountArgs extends CaseYearlyCountFields {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;
}
