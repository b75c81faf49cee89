import { ArgsType, Field, Float, ObjectType } from 'type-graphql';
import { IndicatorCodeScalar } from '../indicators/indicator-code.scalar';
import { DecimalScalar } from '../plans/decimal.scalar';
import { TargetUnit } from '../plans/plan.enums';
import { ReportVersionArgs } from './report.args';

@ObjectType({ description: 'A REPORTED indicator in a yearly report: the value this unit entered, and the sum over its subtree' })
export class ReportIndicatorValue {
  @Field(() => IndicatorCodeScalar)
  indicator: string;

  @Field()
  name: string;

  @Field()
  nameEn: string;

  @Field(() => TargetUnit)
  unit: TargetUnit;

  @Field({ description: 'Whether this report holds a value of its own' })
  entered: boolean;

  @Field(() => DecimalScalar, { nullable: true, description: 'This unit\'s own value (for a percent, the part counted)' })
  numerator: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'For a percent: out of what' })
  denominator: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Numerators summed over the reports of the unit and every unit below it; null when none holds a value' })
  totalNumerator: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Denominators summed likewise (percents)' })
  totalDenominator: string | null;

  @Field(() => Float, { nullable: true, description: 'The value of the subtree in the indicator\'s unit (a percent: 100 × totals); null: no data' })
  actual: number | null;
}

@ArgsType()
export class SetReportIndicatorValueArgs extends ReportVersionArgs {
  @Field(() => IndicatorCodeScalar, { description: 'A REPORTED indicator of the catalogue the report\'s unit reads' })
  indicator: string;

  @Field(() => DecimalScalar, { description: 'The value; for a percent, the part counted (teams supported ...). Whole numbers except for amounts in million VND' })
  numerator: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Percent indicators only: out of what (all teams ...)' })
  denominator?: string | null;
}

@ArgsType()
export class ClearReportIndicatorValueArgs extends ReportVersionArgs {
  @Field(() => IndicatorCodeScalar)
  indicator: string;
}
