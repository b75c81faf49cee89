import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { AgencyKind } from '../agencies/agency.type';
import { Gender } from '../workforce/mediator.type';
import { TenantRecord } from '../workforce/tenant-record.type';

@ObjectType({ description: 'Tập huấn viên: a member of a trainer pool' })
export class Trainer extends TenantRecord {
  @Field(() => ID)
  poolId: number;

  @Field()
  fullName: string;

  @Field(() => Gender)
  gender: Gender;

  @Field(() => ID, { nullable: true, description: 'The agency (office) the trainer works for, when it is registered' })
  agencyId: number | null;

  @Field(() => AgencyKind, { description: 'What kind of agency the trainer comes from: counts for the composition rule' })
  agencyKind: AgencyKind;

  @Field(() => String, { nullable: true })
  position: string | null;

  @Field(() => String, { nullable: true })
  expertise: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Trained outside the platform's events (e.g. by the Ministry of Justice)" })
  trainedElsewhereOn: string | null;

  @Field({ description: 'Trained elsewhere or attended a TRAINERS event (read-only)' })
  trained: boolean;

  @Field(() => LocalDateResolver, { nullable: true })
  trainedOn: string | null;
}
