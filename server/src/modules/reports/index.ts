import { ReportEntity } from './report.entity';
import { ReportObligationResolver } from './report-obligation.resolver';
import { MissingReportResolver, ReportResolver } from './report.resolver';
import { ReportIndicatorValueResolver } from './report-indicator-value.resolver';

/** Yearly reports (issue 4, item 5), registered in modules/index.ts. */
export const reportsModule = {
  resolvers: [ReportResolver, MissingReportResolver, ReportObligationResolver, ReportIndicatorValueResolver],
  entities: [ReportEntity],
};
