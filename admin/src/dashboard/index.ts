import { lazyView } from '../common/lazyView';

/** The landing page of every role (react-admin's `dashboard`), a chunk of its own. */
export const dashboard = lazyView(() => import('./Dashboard'), 'Dashboard');

/** The dashboard's charts (@mui/x-charts), a chunk of their own. */
export const DashboardCharts = lazyView(() => import('./DashboardCharts'), 'DashboardCharts');

/** Downloads the landing page and its charts ahead (while the user signs in). */
export const preloadDashboard = () => Promise.all([dashboard.preload(), DashboardCharts.preload()]);
