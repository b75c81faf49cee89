import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsEmail, IsOptional, Length, Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { MemberRole } from './user.type';

@InputType()
export class UserFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in email and name, ignoring diacritics' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field({ nullable: true })
  active?: boolean;
}

@ArgsType()
export class UserListArgs extends ListArgs {
  @Field(() => UserFilter, { nullable: true })
  filter?: UserFilter;
}

@ArgsType()
export class UserMetaArgs extends MetaArgs {
  @Field(() => UserFilter, { nullable: true })
  filter?: UserFilter;
}

@ArgsType()
export class CreateUserArgs {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @Length(3, 200)
  email: string;

  @Field()
  @Length(1, 200)
  fullName: string;

  @Field()
  @Length(10, 200, { message: 'password must be at least 10 characters long' })
  password: string;

  @Field(() => ID, { nullable: true, description: 'The unit that manages the account; none only for system accounts' })
  unitId?: string;
}

@ArgsType()
export class UpdateUserArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  fullName?: string;

  @Field({ nullable: true })
  active?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @Length(10, 200, { message: 'password must be at least 10 characters long' })
  password?: string;
}

@InputType()
export class MembershipFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in the member\'s email and name, ignoring diacritics (accounts the caller may read)' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => ID, { nullable: true })
  userId?: string;

  @Field(() => MemberRole, { nullable: true })
  role?: MemberRole;

  @Field(() => ID, { nullable: true })
  unitId?: string;
}

@ArgsType()
export class MembershipListArgs extends ListArgs {
  @Field(() => MembershipFilter, { nullable: true })
  filter?: MembershipFilter;
}

@ArgsType()
export class MembershipMetaArgs extends MetaArgs {
  @Field(() => MembershipFilter, { nullable: true })
  filter?: MembershipFilter;
}

@ArgsType()
export class CreateMembershipArgs {
  @Field(() => ID)
  userId: string;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => ID, { nullable: true, description: 'Required for every role but SYSTEM_ADMIN' })
  unitId?: string;
}

@ArgsType()
export class UpdateMembershipArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => MemberRole, { nullable: true })
  role?: MemberRole;

  @Field(() => ID, { nullable: true })
  unitId?: string;
}
