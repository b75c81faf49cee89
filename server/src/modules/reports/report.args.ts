import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { ListArgs, MetaArgs } from '../../core/graphql/list';
import { UnitLevel } from '../units/unit.type';
import { ReportStatus } from './report.type';

@InputType()
export class ReportFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Search in the reporting unit\'s name, ignoring case and diacritics' })
  @IsOptional()
  @Length(1, 100)
  q?: string;

  @Field(() => ID, { nullable: true, description: 'The reports of this unit only' })
  unitId?: string;

  @Field(() => ID, { nullable: true, description: 'The reports of this unit and every unit below it' })
  withinUnitId?: string;

  @Field(() => ID, { nullable: true, description: 'The reports of the units directly below this one' })
  parentUnitId?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => ReportStatus, { nullable: true })
  status?: ReportStatus;

  @Field(() => UnitLevel, { nullable: true })
  level?: UnitLevel;
}

@ArgsType()
export class ReportListArgs extends ListArgs {
  @Field(() => ReportFilter, { nullable: true })
  filter?: ReportFilter;
}

@ArgsType()
export class ReportMetaArgs extends MetaArgs {
  @Field(() => ReportFilter, { nullable: true })
  filter?: ReportFilter;
}

@ArgsType()
export class GenerateReportArgs {
  @Field(() => ID, { description: 'The reporting unit (commune, district or province)' })
  unitId: string;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;
}

@ArgsType()
export class ReportVersionArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version read: a stale one answers CONFLICT' })
  @Min(1)
  version: number;
}

@ArgsType()
export class CorrectReportFigureArgs extends ReportVersionArgs {
  @Field({ description: 'A figure (teams, casesSettled ...) or taskProgress.<taskId>' })
  @Length(1, 60)
  field: string;

  @Field({ description: 'A whole number for a figure; the text for a task\'s progress' })
  @Length(1, 5000)
  value: string;

  @Field({ description: 'Why the computed value is wrong' })
  @Length(5, 2000, { message: 'reason must say why, in 5 to 2000 characters' })
  reason: string;
}

@ArgsType()
export class ReopenReportArgs extends ReportVersionArgs {
  @Field({ description: 'Why the report goes back to the reporting unit' })
  @Length(5, 2000, { message: 'reason must say why, in 5 to 2000 characters' })
  reason: string;
}

@ArgsType()
export class MissingReportsArgs {
  @Field(() => ID, { description: 'The units below this one are checked' })
  unitId: string;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;
}
