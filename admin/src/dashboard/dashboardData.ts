import { apolloClient } from '../graphql/apolloClient';
import { UNIT_DASHBOARD, type UnitDashboard } from './dashboardQueries';

const FRESH_MS = 10_000;

const ask = (unitId: string | null, year: number | null): Promise<UnitDashboard> =>
  apolloClient
    .query<{ unitDashboard: UnitDashboard }>({ query: UNIT_DASHBOARD, variables: { unitId, year }, fetchPolicy: 'no-cache' })
    .then((result) => result.data.unitDashboard);

let ahead: { unitId: string | null; at: number; answer: Promise<UnitDashboard> } | null = null;

/**
 * Asks for the landing page's figures (the unit's own, the latest year with data) as soon as the
 * user is signed in, while the console starts: the server works on them during the start instead
 * of after it.
 */
export const prefetchDashboard = (unitId: string | null): void => {
  const answer = ask(unitId, null);
  answer.catch(() => undefined); // said by the dashboard that takes it
  ahead = { unitId, at: Date.now(), answer };
};

/** A landing page's figures: the answer asked for ahead (once, while fresh, for the same unit and the default year), else a new request. */
export const fetchDashboard = (unitId: string | null, year: number | null): Promise<UnitDashboard> => {
  const current = ahead;
  ahead = null;
  if (current && year == null && current.unitId === unitId && Date.now() - current.at < FRESH_MS) return current.answer;
  return ask(unitId, year);
};
