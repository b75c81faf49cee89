import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { TenantRecord } from '../workforce/tenant-record.type';

export enum TrainingAudience {
  MEDIATORS = 'MEDIATORS',
  TRAINERS = 'TRAINERS',
  COMMUNE_JUSTICE_OFFICERS = 'COMMUNE_JUSTICE_OFFICERS',
}
registerEnumType(TrainingAudience, { name: 'TrainingAudience' });

@ObjectType({ description: 'A training course (tập huấn) organised by a unit' })
export class TrainingEvent extends TenantRecord {
  @Field()
  title: string;

  @Field(() => LocalDateResolver)
  startsOn: string;

  @Field(() => LocalDateResolver)
  endsOn: string;

  @Field(() => TrainingAudience)
  audience: TrainingAudience;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field(() => Float, { description: 'Million VND' })
  cost: number;

  @Field(() => Int, { nullable: true, description: 'Head count, for audiences not listed one by one' })
  participants: number | null;

  @Field(() => ID, { nullable: true, description: 'The plan task the course implements' })
  planTaskId: number | null;
}
