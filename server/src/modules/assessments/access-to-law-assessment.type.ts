import { Field, Int, ObjectType } from 'type-graphql';
import { TenantRecord } from '../workforce/tenant-record.type';

@ObjectType({ description: 'Whether a commune met the access-to-law standard in a year (Decision 25/2021/QĐ-TTg), and its mediation criterion' })
export class AccessToLawAssessment extends TenantRecord {
  @Field(() => Int)
  year: number;

  @Field()
  metStandard: boolean;

  @Field({ description: 'The standard\'s grassroots-mediation criterion; pilot communes are chosen among those that failed it' })
  metMediationCriterion: boolean;

  @Field(() => String, { nullable: true })
  note: string | null;
}
