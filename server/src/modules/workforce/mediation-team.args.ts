import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsOptional, Length, Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { TeamStatus } from './mediation-team.type';

@InputType()
export class MediationTeamFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in names, ignoring case and diacritics' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => ID, { nullable: true, description: 'The unit and everything below it' })
  unitId?: string;

  @Field(() => ID, { nullable: true })
  hamletId?: string;

  @Field(() => TeamStatus, { nullable: true })
  status?: TeamStatus;

  @Field({ nullable: true, description: 'Teams that do (true) or do not (false) meet Law 35/2013 art. 12' })
  compliant?: boolean;
}

@ArgsType()
export class MediationTeamListArgs extends ListArgs {
  @Field(() => MediationTeamFilter, { nullable: true })
  filter?: MediationTeamFilter;
}

@ArgsType()
export class MediationTeamMetaArgs extends MetaArgs {
  @Field(() => MediationTeamFilter, { nullable: true })
  filter?: MediationTeamFilter;
}

@ArgsType()
export class CreateMediationTeamArgs {
  @Field(() => ID, { description: 'The hamlet; the team belongs to its commune' })
  hamletId: string;

  @Field({ nullable: true, description: 'Defaults to "Tổ hòa giải <hamlet name>"' })
  @IsOptional()
  @Length(1, 200, { message: 'name must be 1 to 200 characters long' })
  name?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  establishedOn?: string;
}

@ArgsType()
export class UpdateMediationTeamArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'name must be 1 to 200 characters long' })
  name?: string;

  @Field(() => ID, { nullable: true, description: 'An active mediator of this team; null clears it' })
  leaderMediatorId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  establishedOn?: string | null;

  @Field(() => TeamStatus, { nullable: true })
  status?: TeamStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Required when the status is DISSOLVED' })
  dissolvedOn?: string | null;
}
