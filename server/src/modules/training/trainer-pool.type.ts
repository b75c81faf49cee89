import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { AgencyKind } from '../agencies/agency.type';
import { TenantRecord } from '../workforce/tenant-record.type';

@ObjectType({ description: 'Đội ngũ tập huấn viên: the trainer pool of a province or district for a period' })
export class TrainerPool extends TenantRecord {
  @Field()
  name: string;

  @Field(() => LocalDateResolver)
  periodFrom: string;

  @Field(() => LocalDateResolver, { nullable: true })
  periodTo: string | null;

  @Field(() => [AgencyKind], { description: 'Composition rule: the kinds of agency that must be represented among the trainers' })
  requiredAgencyKinds: AgencyKind[];

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Int, { description: 'At least one trainer per this many active teams (the ratio as data; Decision 315/QĐ-TTg: 80 for a district, 100 for a province)' })
  teamsPerTrainer: number;
}

@ObjectType({ description: 'How far a pool falls short of Decision 315/QĐ-TTg and of its composition rule, from live data' })
export class PoolShortfall {
  @Field(() => Int, { description: "Mediation teams under the pool's unit on its last day in force (today for a current pool; the end of its period or of its unit otherwise)" })
  teamsUnder: number;

  @Field(() => Int, { description: 'The pool\'s own ratio (teamsPerTrainer): 80 for a district pool, 100 for a provincial pool unless set' })
  teamsPerTrainer: number;

  @Field(() => Int, { description: 'ceil(teamsUnder / teamsPerTrainer)' })
  requiredTrainers: number;

  @Field(() => Int, { description: 'Trainers in the pool, trained or not' })
  actualTrainers: number;

  @Field(() => Int)
  trainedTrainers: number;

  @Field(() => Int, { description: 'max(0, requiredTrainers - actualTrainers)' })
  missingTrainers: number;

  @Field(() => [AgencyKind], { description: 'Kinds of the composition rule no trainer of the pool (trained or not) comes from' })
  missingAgencyKinds: AgencyKind[];

  @Field({ description: 'No trainer and no agency kind missing' })
  meetsRequirement: boolean;

  @Field()
  legalBasis: string;
}
