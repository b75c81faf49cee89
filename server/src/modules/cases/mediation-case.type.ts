import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { TenantRecord } from '../workforce/tenant-record.type';

export enum CaseCategory {
  LAND = 'LAND',
  MARRIAGE_FAMILY = 'MARRIAGE_FAMILY',
  CIVIL = 'CIVIL',
  NEIGHBOURHOOD = 'NEIGHBOURHOOD',
  OTHER = 'OTHER',
}
registerEnumType(CaseCategory, { name: 'CaseCategory', description: 'Đất đai, hôn nhân và gia đình, dân sự, mâu thuẫn láng giềng, khác' });

export enum CaseOutcome {
  SETTLED = 'SETTLED',
  NOT_SETTLED = 'NOT_SETTLED',
  IN_PROGRESS = 'IN_PROGRESS',
}
registerEnumType(CaseOutcome, { name: 'CaseOutcome', description: 'Hòa giải thành, không thành, đang giải quyết' });

@ObjectType({ description: 'An entry of a team\'s case book (Sổ theo dõi hoạt động hòa giải ở cơ sở)' })
export class MediationCase extends TenantRecord {
  @Field(() => ID)
  teamId: number;

  @Field(() => LocalDateResolver, { description: 'The case counts in the year it was received' })
  receivedOn: string;

  @Field(() => CaseCategory)
  category: CaseCategory;

  @Field(() => CaseOutcome)
  outcome: CaseOutcome;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Set when the outcome is SETTLED or NOT_SETTLED' })
  closedOn: string | null;
}
