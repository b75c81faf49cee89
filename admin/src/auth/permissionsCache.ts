import { getUser, getWorkingUnitId } from './session';
import { graphqlRequest } from '../graphql/request';
import { CAPABILITIES } from './sessionQueries';
import { NO_CAPABILITIES, type Capabilities, type Permissions } from './permissions';

// react-admin asks for the permissions several times while the console starts (its router, and
// again for the dashboard's route with other parameters), and once more after each refresh. An
// answer a few seconds old serves them all: otherwise the first screen would wait for `me` and
// `capabilities` twice. Right after signing in, the memberships came with the login answer and the
// capabilities are asked for at once (primePermissions), before react-admin is even loaded. The
// tenant switcher changes the working unit, which asks again.
const FRESH_MS = 5_000;

let recent: { at: number; key: string; permissions: Promise<Permissions> } | null = null;

const keyOf = () => `${getUser()?.id ?? ''}|${getWorkingUnitId() ?? ''}`;

export const fetchCapabilities = (): Promise<Capabilities> =>
  graphqlRequest<{ capabilities: Capabilities }>(CAPABILITIES).then((data) => data.capabilities).catch(() => NO_CAPABILITIES);

/** The permissions of the signed-in user and working unit: an answer of the last few seconds, else `load()`'s. */
export const recentPermissions = (load: () => Promise<Permissions>): Promise<Permissions> => {
  const key = keyOf();
  if (recent && recent.key === key && Date.now() - recent.at < FRESH_MS) return recent.permissions;
  const permissions = load();
  recent = { at: Date.now(), key, permissions };
  return permissions;
};

/** Just signed in: the memberships of the login answer, with the capabilities asked for now. */
export const primePermissions = (memberships: Permissions): void => {
  recent = null;
  void recentPermissions(async () => Object.assign([...memberships], { capabilities: await fetchCapabilities() }));
};

/** Signed out: nothing of this session serves the next one. */
export const forgetPermissions = (): void => {
  recent = null;
};
