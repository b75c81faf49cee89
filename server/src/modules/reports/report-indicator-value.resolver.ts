import { Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ReportIndicatorValueService } from './report-indicator-value.service';
import { ClearReportIndicatorValueArgs, ReportIndicatorValue, SetReportIndicatorValueArgs } from './report-indicator-value.type';
import { Report } from './report.type';

/** REPORTED indicators in the yearly reports: the report's section and its two mutations. */
@Resolver(() => Report)
export class ReportIndicatorValueResolver {
  @FieldResolver(() => [ReportIndicatorValue], { description: 'Every REPORTED indicator that applies to the reporting unit (national, and its province\'s): its own value and the sum over its subtree' })
  indicatorValues(@Root() report: Report, @Ctx() ctx: Context): Promise<ReportIndicatorValue[]> {
    return ReportIndicatorValueService.loader(ctx).load(Number(report.id));
  }

  @Authorized('WRITER')
  @Mutation(() => Report, { description: 'Enters (or replaces) this unit\'s value of a REPORTED indicator in its draft report; for a percent, numerator and denominator' })
  setReportIndicatorValue(@Args() args: SetReportIndicatorValueArgs, @Ctx() ctx: Context): Promise<Report> {
    return ReportIndicatorValueService.set(ctx, args);
  }

  @Authorized('WRITER')
  @Mutation(() => Report, { description: 'Removes this unit\'s value of a REPORTED indicator from its draft report (no value: no data, not zero)' })
  clearReportIndicatorValue(@Args() args: ClearReportIndicatorValueArgs, @Ctx() ctx: Context): Promise<Report> {
    return ReportIndicatorValueService.clear(ctx, args);
  }
}
