import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';

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

/** A team or a mediator: it moved with its hamlet at the 2025 reform if formerUnitId is set. */
@ObjectType()
export abstract class MovableRecord extends TenantRecord {
  @Field(() => ID, { nullable: true, description: 'The commune it belonged to before it moved with its hamlet at the 2025 reform (its records of that time stay there)' })
  formerUnitId: number | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day it passed to its current unit (2025-07-01); null if it never moved' })
  movedOn: string | null;
}

/** The columns of a TenantEntity that a TenantRecord shows (each resource's mapper copies them one by one). */
export const RECORD_FIELDS = ['id', 'unitId', 'synthetic', 'version', 'createdAt', 'updatedAt'] as const;

/** The further columns of a MovableTenantEntity that a MovableRecord shows (formerUnitId, movedOn). */
export const MOVABLE_FIELDS = ['movedFromUnitId', 'movedOn'] as const;
