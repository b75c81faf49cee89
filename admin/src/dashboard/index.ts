import { lazyView } from '../common/lazyView';

/** The landing page of every role (react-admin's `dashboard`), a chunk of its own. */
export const dashboard = lazyView(() => import('./Dashboard'), 'Dashboard');

/** The dashboard's charts (@mui/x-charts), a chunk of their own. */
export const DashboardCharts = lazyView(() => import('./DashboardCharts'), 'DashboardCharts');

/** Downloads the landing page and its charts ahead (while the user signs in). */
export const preloadDashboard = () => Promise.all([dashboard.preload(), DashboardCharts.preload()]);

/** Whether a landing page has no unit to open on (the system administrator belongs to none): it asks for one first. */
export const needsUnitPicked = (unitId: string | null, memberships: ReadonlyArray<{ unitId?: unknown }>) =>
  unitId == null && memberships.every((m) => m.unitId == null);
