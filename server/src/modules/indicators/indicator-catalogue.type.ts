import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { TargetUnit } from '../plans/plan.enums';
import { IndicatorCodeScalar } from './indicator-code.scalar';
import { IndicatorMeasure, IndicatorMeasurement } from './indicator.enums';

export { IndicatorMeasure, IndicatorMeasurement, MEASURE_UNIT, TargetStatus } from './indicator.enums';

@ObjectType({ description: 'An indicator of the catalogue: built-in (national, read-only), national (system admin) or a province\'s own (its province admin)' })
export class Indicator {
  @Field(() => ID)
  id: number;

  @Field(() => IndicatorCodeScalar, { description: 'The stable key targets and report values use' })
  code: string;

  @Field({ description: 'In Vietnamese' })
  name: string;

  @Field()
  nameEn: string;

  @Field(() => TargetUnit)
  unit: TargetUnit;

  @Field()
  description: string;

  @Field(() => IndicatorMeasurement)
  measurement: IndicatorMeasurement;

  @Field(() => IndicatorMeasure, { nullable: true, description: 'For COMPUTED: the built-in measure' })
  measure: IndicatorMeasure | null;

  @Field({ description: 'Built into the platform: read-only' })
  builtin: boolean;

  @Field(() => ID, { nullable: true, description: 'The province that owns it; null for a national indicator' })
  unitId: number | null;

  @Field(() => Int, { description: 'Send it back with updates: a stale version answers CONFLICT' })
  version: number;

  @Field(() => DateTimeISOResolver)
  createdAt: Date;

  @Field(() => DateTimeISOResolver)
  updatedAt: Date;
}
