import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantRecord } from './tenant-record.type';

@ObjectType({ description: 'Kiện toàn: whether a team was reviewed in a year and brought to compliance' })
export class TeamReview extends TenantRecord {
  @Field(() => ID)
  teamId: number;

  @Field(() => Int)
  year: number;

  @Field()
  reviewed: boolean;

  @Field({ description: 'Brought to the legal size and composition by the review (consolidated)' })
  compliantAfter: boolean;

  @Field(() => String, { nullable: true })
  note: string | null;
}
