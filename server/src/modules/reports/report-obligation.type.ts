import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { UnitLevel } from '../units/unit.type';
import { ReportBasis, ReportStatus, ReportTimeliness } from './report.type';

@ObjectType({ description: 'What a unit owes for a year: its report by the plans\' reporting rules, whether generated or not, and how it stands against the due date' })
export class ReportObligation {
  @Field(() => ID, { description: '<unitId>-<year>' })
  id: string;

  @Field(() => ID)
  unitId: number;

  @Field(() => Int)
  year: number;

  @Field(() => LocalDateResolver)
  dueDate: string;

  @Field()
  dueBefore: boolean;

  @Field(() => ReportBasis)
  basis: ReportBasis;

  @Field(() => ID, { nullable: true, description: 'The report, once generated' })
  reportId: number | null;

  @Field(() => ReportStatus, { nullable: true, description: 'The report\'s status; null while no report was generated' })
  status: ReportStatus | null;

  @Field(() => ReportTimeliness, { description: 'NOT_DUE or OVERDUE until submitted, then ON_TIME or LATE' })
  timeliness: ReportTimeliness;

  @Field(() => Int, { description: 'Days after the last on-time day: of the first submission, or until today while not submitted' })
  daysLate: number;

  @Field(() => DateTimeISOResolver, { nullable: true })
  submittedAt: Date | null;

  @Field({ description: 'The caller writes the unit: it may generate, correct and submit the report' })
  writable: boolean;

  /** Internal: tree order of the units. */
  unitPath: string;
  unitCode: string;
  unitName: string;
  unitLevel: UnitLevel;
}

@InputType()
export class ReportObligationFilter {
  @Field(() => [ID], { nullable: true, description: 'Obligation ids (<unitId>-<year>)' })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in the unit\'s name, ignoring case and diacritics' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => Int, { nullable: true, description: 'The year reported on; the latest year with a reporting rule in force when omitted (reportingYear)' })
  @IsOptional()
  @Min(2000)
  @Max(2100)
  year?: number;

  @Field(() => ID, { nullable: true, description: 'This unit and the units below it' })
  withinUnitId?: string;

  @Field(() => UnitLevel, { nullable: true })
  level?: UnitLevel;

  @Field({ nullable: true, description: 'true: not submitted yet (no report, or a draft); false: submitted or approved' })
  outstanding?: boolean;

  @Field(() => ReportTimeliness, { nullable: true })
  timeliness?: ReportTimeliness;
}

@ArgsType()
export class ReportObligationListArgs extends ListArgs {
  @Field(() => ReportObligationFilter, { nullable: true })
  filter?: ReportObligationFilter;
}

@ArgsType()
export class ReportObligationMetaArgs extends MetaArgs {
  @Field(() => ReportObligationFilter, { nullable: true })
  filter?: ReportObligationFilter;
}
