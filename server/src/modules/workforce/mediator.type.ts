import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { MovableRecord } from './tenant-record.type';

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}
registerEnumType(Gender, { name: 'Gender' });

export enum MediatorStatus {
  ACTIVE = 'ACTIVE',
  LEFT = 'LEFT',
}
registerEnumType(MediatorStatus, { name: 'MediatorStatus' });

@ObjectType({ description: 'Hòa giải viên: a mediator of a hamlet team' })
export class Mediator extends MovableRecord {
  @Field(() => ID)
  teamId: number;

  @Field()
  fullName: string;

  @Field(() => Gender)
  gender: Gender;

  @Field(() => Int, { nullable: true })
  birthYear: number | null;

  @Field(() => String, { nullable: true, description: 'Dân tộc, e.g. Kinh, Khmer, Hoa' })
  ethnicity: string | null;

  @Field()
  ethnicMinority: boolean;

  @Field({ description: 'Bí thư chi bộ: the hamlet Party-cell secretary' })
  partyCellSecretary: boolean;

  @Field(() => LocalDateResolver, { nullable: true })
  electedOn: string | null;

  @Field(() => Float, { description: 'Share of household representatives who elected the mediator, percent (> 50)' })
  voteShare: number;

  @Field(() => String, { nullable: true, description: "The commune chairman's recognising decision" })
  recognitionDecisionNumber: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  recognitionDecisionDate: string | null;

  @Field({ description: 'Follows attendance of training events (read-only)' })
  trained: boolean;

  @Field(() => LocalDateResolver, { nullable: true, description: 'End date of the first training attended' })
  trainedOn: string | null;

  @Field(() => MediatorStatus)
  status: MediatorStatus;

  @Field(() => LocalDateResolver, { nullable: true })
  leftOn: string | null;
}
