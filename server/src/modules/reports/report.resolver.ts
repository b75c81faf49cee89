import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ListMetadata } from '../../core/graphql/list';
import { unitLoaders } from '../units/unit.loader';
import { AdministrativeUnit } from '../units/unit.type';
import {
  CorrectReportFigureArgs, GenerateReportArgs, MissingReportsArgs, ReopenReportArgs, ReportListArgs, ReportMetaArgs, ReportVersionArgs,
} from './report.args';
import { reportLoaders } from './report.loader';
import { warningsOf } from './report.mappers';
import { ReportService } from './report.service';
import { MissingReport, Report, ReportCorrection, ReportEvent } from './report.type';
import { ReportWorkflowService } from './report-workflow.service';

@Resolver(() => Report)
export class ReportResolver {
  @Authorized()
  @Query(() => Report, { nullable: true })
  Report(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Report | null> {
    return ReportService.byId(ctx, id);
  }

  @Authorized()
  @Query(() => [Report])
  allReports(@Args() args: ReportListArgs, @Ctx() ctx: Context): Promise<Report[]> {
    return ReportService.list(ctx, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allReportsMeta(@Args() args: ReportMetaArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
    return { count: await ReportService.count(ctx, args.filter) };
  }

  @Authorized()
  @Query(() => [MissingReport], { description: 'Units below the given one that owe a report of the year and have not submitted it, with due date and days late' })
  missingReports(@Args() args: MissingReportsArgs, @Ctx() ctx: Context): Promise<MissingReport[]> {
    return ReportService.missing(ctx, args.unitId, args.year);
  }

  @Authorized('WRITER')
  @Mutation(() => Report, { description: 'Creates the unit\'s report of the year from the reporting rules, or returns it (a draft is refreshed from the data)' })
  generateReport(@Args() args: GenerateReportArgs, @Ctx() ctx: Context): Promise<Report> {
    return ReportService.generate(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => Report, { description: 'react-admin\'s create: the same as generateReport' })
  createReport(@Args() args: GenerateReportArgs, @Ctx() ctx: Context): Promise<Report> {
    return ReportService.generate(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => Report, { description: 'Corrects one figure (or taskProgress.<taskId>) of a draft, with the reason; the correction is kept' })
  correctReportFigure(@Args() args: CorrectReportFigureArgs, @Ctx() ctx: Context): Promise<Report> {
    return ReportWorkflowService.correct(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => Report, { description: 'DRAFT → SUBMITTED, once every unit directly below has submitted; the figures are taken again and kept' })
  submitReport(@Args() args: ReportVersionArgs, @Ctx() ctx: Context): Promise<Report> {
    return ReportWorkflowService.submit(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => Report, { description: 'SUBMITTED → APPROVED, by the level above only; the report is then locked' })
  approveReport(@Args() args: ReportVersionArgs, @Ctx() ctx: Context): Promise<Report> {
    return ReportWorkflowService.approve(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => Report, { description: 'SUBMITTED or APPROVED → DRAFT, by the level above only, with the reason on record' })
  reopenReport(@Args() args: ReopenReportArgs, @Ctx() ctx: Context): Promise<Report> {
    return ReportWorkflowService.reopen(ctx, args);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  unit(@Root() report: Report, @Ctx() ctx: Context): Promise<AdministrativeUnit | null> {
    return unitLoaders(ctx).byId.load(Number(report.unitId));
  }

  @FieldResolver(() => [ReportCorrection], { description: 'Hand corrections, oldest first' })
  corrections(@Root() report: Report, @Ctx() ctx: Context): Promise<ReportCorrection[]> {
    return reportLoaders(ctx).corrections.load(Number(report.id));
  }

  @FieldResolver(() => [ReportEvent], { description: 'Generated, corrected, submitted, approved, reopened: oldest first' })
  events(@Root() report: Report, @Ctx() ctx: Context): Promise<ReportEvent[]> {
    return reportLoaders(ctx).events.load(Number(report.id));
  }

  @FieldResolver(() => [String], { description: 'Where the figures as corrected do not add up' })
  warnings(@Root() report: Report): string[] {
    return warningsOf(report.figures);
  }
}

@Resolver(() => MissingReport)
export class MissingReportResolver {
  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  unit(@Root() missing: MissingReport, @Ctx() ctx: Context): Promise<AdministrativeUnit | null> {
    return unitLoaders(ctx).byId.load(Number(missing.unitId));
  }
}
