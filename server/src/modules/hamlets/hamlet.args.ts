import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { HamletKind } from './hamlet.type';

@InputType()
export class HamletFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in names, ignoring case and diacritics' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => HamletKind, { nullable: true })
  kind?: HamletKind;
}

@ArgsType()
export class HamletListArgs extends ListArgs {
  @Field(() => HamletFilter, { nullable: true })
  filter?: HamletFilter;
}

@ArgsType()
export class HamletMetaArgs extends MetaArgs {
  @Field(() => HamletFilter, { nullable: true })
  filter?: HamletFilter;
}

@ArgsType()
export class CreateHamletArgs {
  @Field(() => ID, { description: 'The commune' })
  unitId: string;

  @Field()
  @Length(1, 200, { message: 'name must be 1 to 200 characters long' })
  name: string;

  @Field(() => HamletKind)
  kind: HamletKind;
}

@ArgsType()
export class UpdateHamletArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'name must be 1 to 200 characters long' })
  name?: string;

  @Field(() => HamletKind, { nullable: true })
  kind?: HamletKind;
}
