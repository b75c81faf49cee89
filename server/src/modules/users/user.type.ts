import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';

export enum MemberRole {
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
  PROVINCE_ADMIN = 'PROVINCE_ADMIN',
  DISTRICT_STAFF = 'DISTRICT_STAFF',
  COMMUNE_STAFF = 'COMMUNE_STAFF',
  ANALYST = 'ANALYST',
}
registerEnumType(MemberRole, { name: 'MemberRole' });

@ObjectType({ description: 'A role held by a user in a unit (none for the system administrator)' })
export class Membership {
  @Field(() => ID)
  id: number;

  @Field(() => ID)
  userId: number;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field(() => ID, { nullable: true })
  unitId: number | null;

  @Field(() => Int)
  version: number;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;
}

@ObjectType({ description: 'A person who signs in' })
export class User {
  @Field(() => ID)
  id: number;

  @Field()
  email: string;

  @Field()
  fullName: string;

  @Field()
  active: boolean;

  @Field(() => ID, { nullable: true, description: 'The unit that manages this account' })
  unitId: number | null;

  @Field(() => Int)
  version: number;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;
}

@ObjectType()
export class LoginResult {
  @Field(() => String, { nullable: true, description: 'Send it back as "Authorization: Bearer <token>"; null when the session travels in a cookie (login with cookie: true)' })
  token: string | null;

  @Field(() => DateTimeISOResolver)
  expiresAt: Date;

  @Field(() => User)
  user: User;
}
