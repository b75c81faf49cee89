import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';

@InputType()
export class CommuneProfileFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in commune names' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => ID, { nullable: true, description: 'The unit and everything below it' })
  unitId?: string;

  @Field({ nullable: true })
  minorityArea?: boolean;
}

@ArgsType()
export class CommuneProfileListArgs extends ListArgs {
  @Field(() => CommuneProfileFilter, { nullable: true })
  filter?: CommuneProfileFilter;
}

@ArgsType()
export class CommuneProfileMetaArgs extends MetaArgs {
  @Field(() => CommuneProfileFilter, { nullable: true })
  filter?: CommuneProfileFilter;
}

@ArgsType()
class CommuneProfileFields {
  @Field({ nullable: true })
  minorityArea?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  difficulties?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(10)
  difficultyScore?: number | null;
}

@ArgsType()
export class CreateCommuneProfileArgs extends CommuneProfileFields {
  @Field(() => ID, { description: 'The commune' })
  unitId: string;
}

@ArgsType()
export class UpdateCommuneProfileArgs extends CommuneProfileFields {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;
}
