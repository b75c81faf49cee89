import { Field, ObjectType } from 'type-graphql';
import { UnitLevel } from '../units/unit.type';
import { MemberRole } from './user.type';

/**
 * What the caller may do in the scope of this request (the working unit it sent, or all its
 * memberships): derived from the same scope row-level security enforces, so a client offers only
 * the actions the server would accept. Per-record actions are on the records (Report.actions).
 */
@ObjectType({ description: 'What the caller may do in this request\'s scope; the console shows only these actions' })
export class Capabilities {
  @Field({ description: 'Writes somewhere (analysts never do)' })
  write: boolean;

  @Field({ description: 'Manages accounts and memberships somewhere (system and province administrators)' })
  administer: boolean;

  @Field({ description: 'Holds the system administrator role' })
  systemAdmin: boolean;

  @Field(() => [UnitLevel], { description: 'Levels of the units the caller writes (its units and the units below them)' })
  writableLevels: UnitLevel[];

  @Field(() => [MemberRole], { description: 'Roles the caller may grant: SYSTEM_ADMIN by the system administrator, a unit role where it administers a unit of that level' })
  grantableRoles: MemberRole[];
}
