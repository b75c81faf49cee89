import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { HamletMoveBasis } from './hamlet-move.type';

@InputType()
export class HamletMoveFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in hamlet names, ignoring case and diacritics' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => ID, { nullable: true, description: 'Moves into this unit or below it' })
  unitId?: string;

  @Field(() => ID, { nullable: true, description: 'Moves out of this (old) unit or below it' })
  fromUnitId?: string;

  @Field(() => ID, { nullable: true })
  hamletId?: string;

  @Field(() => HamletMoveBasis, { nullable: true })
  basis?: HamletMoveBasis;
}

@ArgsType()
export class HamletMoveListArgs extends ListArgs {
  @Field(() => HamletMoveFilter, { nullable: true })
  filter?: HamletMoveFilter;
}

@ArgsType()
export class HamletMoveMetaArgs extends MetaArgs {
  @Field(() => HamletMoveFilter, { nullable: true })
  filter?: HamletMoveFilter;
}

@ArgsType()
export class CreateHamletMoveArgs {
  @Field(() => ID, { description: 'An unassigned hamlet (see allUnassignedHamlets)' })
  hamletId: string;

  @Field(() => ID, { description: 'One of its candidate communes, in a province you administer' })
  unitId: string;

  @Field({ nullable: true, description: 'Why this commune (the resolution, a survey ...)' })
  @IsOptional()
  @Length(1, 2000)
  note?: string;
}

@InputType()
export class UnassignedHamletFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in hamlet names, ignoring case and diacritics' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => ID, { nullable: true, description: 'Hamlets under this old unit or below it' })
  unitId?: string;

  @Field(() => ID, { nullable: true, description: 'Hamlets that may move into this unit or below it' })
  candidateUnitId?: string;
}

@ArgsType()
export class UnassignedHamletListArgs extends ListArgs {
  @Field(() => UnassignedHamletFilter, { nullable: true })
  filter?: UnassignedHamletFilter;
}

@ArgsType()
export class UnassignedHamletMetaArgs extends MetaArgs {
  @Field(() => UnassignedHamletFilter, { nullable: true })
  filter?: UnassignedHamletFilter;
}
