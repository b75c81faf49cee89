import { getWorkingUnitId } from './session';
import { graphqlRequest } from '../graphql/request';
import { CAPABILITIES } from './sessionQueries';
import { NO_CAPABILITIES, type Capabilities } from './permissions';

// Right after signing in, the memberships just came with the login answer: asking `me` again and
// waiting for `capabilities` before the console can draw its menu would add two round trips to the
// first screen. The sign-in asks for the capabilities at once and react-admin's first
// getPermissions takes that answer; later calls (the tenant switcher, a refresh) ask the server.
const FRESH_MS = 15_000;

let primed: { at: number; unitId: string | null; capabilities: Promise<Capabilities> } | null = null;

export const fetchCapabilities = (): Promise<Capabilities> =>
  graphqlRequest<{ capabilities: Capabilities }>(CAPABILITIES).then((data) => data.capabilities).catch(() => NO_CAPABILITIES);

/** Starts asking for the capabilities as soon as the session exists. */
export const primeCapabilities = (): void => {
  primed = { at: Date.now(), unitId: getWorkingUnitId(), capabilities: fetchCapabilities() };
};

/** The primed capabilities, once, while fresh and for the same working unit. */
export const takePrimedCapabilities = (): Promise<Capabilities> | null => {
  const current = primed;
  primed = null;
  return current && Date.now() - current.at < FRESH_MS && current.unitId === getWorkingUnitId() ? current.capabilities : null;
};
