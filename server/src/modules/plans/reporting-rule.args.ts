import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { UnitLevel } from '../units/unit.type';
import { ReportFrequency } from './plan.enums';

@InputType()
export class ReportingRuleFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  planId?: string;

  @Field(() => ReportFrequency, { nullable: true })
  frequency?: ReportFrequency;
}

@ArgsType()
export class ReportingRuleListArgs extends ListArgs {
  @Field(() => ReportingRuleFilter, { nullable: true })
  filter?: ReportingRuleFilter;
}

@ArgsType()
export class ReportingRuleMetaArgs extends MetaArgs {
  @Field(() => ReportingRuleFilter, { nullable: true })
  filter?: ReportingRuleFilter;
}

/** Everything but the plan; on update, a field left out keeps its value and null clears it. */
@ArgsType()
export class ReportingRuleFieldsArgs {
  @Field(() => Int, { nullable: true, description: 'Day of the due date (15 in "trước ngày 15/11")' })
  dueDay?: number | null;

  @Field(() => Int, { nullable: true, description: 'Month of the due date (11 in "trước ngày 15/11")' })
  dueMonth?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true: due strictly before the day ("trước ngày"); false: by the day ("chậm nhất ngày"). Default true' })
  dueBefore?: boolean | null;

  @Field(() => [UnitLevel], { nullable: true, description: 'Every unit of these levels below (or at) the plan\'s unit reports' })
  @IsOptional()
  @ArrayMaxSize(3)
  reporterLevels?: UnitLevel[] | null;

  @Field(() => String, { nullable: true, description: 'Who reports, in the document\'s words' })
  reporters?: string | null;

  @Field(() => ID, { nullable: true, description: 'The agency the reports go to (of the plan\'s unit or a unit above it)' })
  receivingAgencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'The receiving agency in the document\'s words; defaults to its name' })
  receivingLabel?: string | null;

  @Field(() => String, { nullable: true, description: 'Whom the receiving agency reports on to ("Chủ tịch UBND huyện, Sở Tư pháp")' })
  forwardedTo?: string | null;

  @Field(() => String, { nullable: true, description: 'The section\'s text, verbatim' })
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'Place in the plan, from 1 (default: last); the others move' })
  position?: number | null;
}

@ArgsType()
export class CreateReportingRuleArgs extends ReportingRuleFieldsArgs {
  @Field(() => ID)
  planId: string;

  @Field(() => ReportFrequency)
  frequency: ReportFrequency;
}

@ArgsType()
export class UpdateReportingRuleArgs extends ReportingRuleFieldsArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  version: number;

  @Field(() => ReportFrequency, { nullable: true })
  frequency?: ReportFrequency | null;
}
