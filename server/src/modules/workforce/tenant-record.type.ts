import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';

/**
 * Fields every versioned tenant record of the work-on-the-ground resources shows. type-graphql
 * copies them into each subclass; no field returns the base, so the schema never lists it.
 */
@ObjectType()
export abstract class TenantRecord {
  @Field(() => ID)
  id: number;

  @Field(() => ID, { description: 'The unit the record belongs to (the commune for teams, mediators, cases)' })
  unitId: number;

  @Field({ description: 'Made by the synthetic demo-data generator, not by a user' })
  synthetic: boolean;

  @Field(() => Int, { description: 'Send it back with updates: a stale version answers CONFLICT' })
  version: number;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;
}

/** The columns of a TenantEntity that a TenantRecord shows (each resource's mapper copies them one by one). */
export const RECORD_FIELDS = ['id', 'unitId', 'synthetic', 'version', 'createdAt', 'updatedAt'] as const;
