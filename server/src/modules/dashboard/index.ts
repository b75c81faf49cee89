import { DashboardResolver } from './dashboard.resolver';

/** Landing pages per unit (issue 9, section 1), registered in modules/index.ts. */
export const dashboardModule = {
  resolvers: [DashboardResolver],
  entities: [],
};
