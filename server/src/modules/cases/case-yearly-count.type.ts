import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantRecord } from '../workforce/tenant-record.type';

@ObjectType({ description: 'A team\'s yearly case totals, for communes that keep the case book on paper' })
export class CaseYearlyCount extends TenantRecord {
  @Field(() => ID)
  teamId: number;

  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: 'settled + notSettled + inProgress' })
  received: number;

  @Field(() => Int)
  settled: number;

  @Field(() => Int)
  notSettled: number;

  @Field(() => Int)
  inProgress: number;

  @Field(() => String, { nullable: true })
  note: string | null;
}
