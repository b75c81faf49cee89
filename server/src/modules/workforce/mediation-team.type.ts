import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { MovableRecord } from './tenant-record.type';

export enum TeamStatus {
  ACTIVE = 'ACTIVE',
  DISSOLVED = 'DISSOLVED',
}
registerEnumType(TeamStatus, { name: 'TeamStatus' });

/** Why a team breaks Law 35/2013 art. 12: flagged, never refused. */
export enum ComplianceCode {
  NO_LEADER = 'NO_LEADER',
  FEWER_THAN_3_MEDIATORS = 'FEWER_THAN_3_MEDIATORS',
  NO_WOMAN = 'NO_WOMAN',
  NO_ETHNIC_MINORITY = 'NO_ETHNIC_MINORITY',
}
registerEnumType(ComplianceCode, { name: 'ComplianceCode', description: 'A reason a mediation team does not meet the legal size or composition' });

@ObjectType({ description: 'Tổ hòa giải: the mediation team of a hamlet' })
export class MediationTeam extends MovableRecord {
  @Field(() => ID)
  hamletId: number;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true, description: 'Tổ trưởng: an active mediator of this team' })
  leaderMediatorId: number | null;

  @Field(() => LocalDateResolver, { nullable: true })
  establishedOn: string | null;

  @Field(() => TeamStatus)
  status: TeamStatus;

  @Field(() => LocalDateResolver, { nullable: true })
  dissolvedOn: string | null;
}

@ObjectType({ description: 'One reason a team is not compliant' })
export class ComplianceReason {
  @Field(() => ComplianceCode)
  code: ComplianceCode;

  @Field()
  message: string;

  @Field()
  legalBasis: string;
}

@ObjectType({ description: 'Whether a team meets Law 35/2013 art. 12, from live data, and why not' })
export class TeamCompliance {
  @Field()
  compliant: boolean;

  @Field(() => [ComplianceReason])
  reasons: ComplianceReason[];

  @Field(() => Int)
  activeMediators: number;

  @Field(() => Int)
  women: number;

  @Field(() => Int)
  ethnicMinority: number;

  @Field({ description: 'The commune is an area with many ethnic-minority residents (its profile says so)' })
  minorityArea: boolean;
}
