import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';

/** What an agency is, whatever its level: a justice office is JUSTICE in a province and in a district. */
export enum AgencyKind {
  PEOPLES_COMMITTEE = 'PEOPLES_COMMITTEE',
  PEOPLES_COUNCIL = 'PEOPLES_COUNCIL',
  PARTY_COMMITTEE = 'PARTY_COMMITTEE',
  JUSTICE = 'JUSTICE',
  FINANCE = 'FINANCE',
  FATHERLAND_FRONT = 'FATHERLAND_FRONT',
  MASS_ORGANISATION = 'MASS_ORGANISATION',
  COURT = 'COURT',
  PROCURACY = 'PROCURACY',
  POLICE = 'POLICE',
  JURISTS_ASSOCIATION = 'JURISTS_ASSOCIATION',
  BAR_ASSOCIATION = 'BAR_ASSOCIATION',
  MEDIA = 'MEDIA',
  OTHER = 'OTHER',
}
registerEnumType(AgencyKind, { name: 'AgencyKind' });

@ObjectType({ description: 'An office of a unit (Phòng Tư pháp, Ủy ban MTTQ, Tòa án nhân dân, UBND xã ...): leads or coordinates plan tasks' })
export class Agency {
  @Field(() => ID)
  id: number;

  @Field(() => ID)
  unitId: number;

  @Field()
  name: string;

  @Field(() => AgencyKind)
  kind: AgencyKind;

  @Field(() => Int, { description: 'Send it back with updates: a stale version answers CONFLICT' })
  version: number;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;
}
