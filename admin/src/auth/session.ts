import type { Identifier } from 'react-admin';
import type { SessionUser } from '../types';

// The session itself is an HttpOnly, SameSite=Strict cookie the server sets at sign-in: no script
// can read it, and nothing secret is kept here. The browser keeps only what the screens need: when
// the session ends, the signed-in user (with the memberships react-admin uses as permissions) and
// the unit picked in the tenant switcher.
const EXPIRES_KEY = 'hoagiai.expiresAt';
const USER_KEY = 'hoagiai.user';
const UNIT_KEY = 'hoagiai.unitId';
/** Left by earlier versions, which kept the bearer token here: removed on sight. */
const LEGACY_TOKEN_KEY = 'hoagiai.token';

export type Session = { expiresAt?: string | null; user: SessionUser };

export const saveSession = ({ expiresAt, user }: Session): void => {
  localStorage.removeItem(LEGACY_TOKEN_KEY);
  if (expiresAt) localStorage.setItem(EXPIRES_KEY, expiresAt);
  else localStorage.removeItem(EXPIRES_KEY);
  saveUser(user);
};

export const saveUser = (user: SessionUser): void => {
  localStorage.setItem(USER_KEY, JSON.stringify(user));
  // A unit the user no longer belongs to must not keep narrowing (or failing) every request.
  const unitId = getWorkingUnitId();
  if (unitId && !user.memberships.some((m) => String(m.unitId) === unitId)) setWorkingUnitId(null);
};

export const clearSession = (): void => {
  [LEGACY_TOKEN_KEY, EXPIRES_KEY, USER_KEY, UNIT_KEY].forEach((key) => localStorage.removeItem(key));
};

/** Whether a session is believed to be open: a signed-in user whose session has not expired. The server has the last word. */
export const hasSession = (): boolean => {
  const expiresAt = localStorage.getItem(EXPIRES_KEY);
  if (expiresAt && Date.parse(expiresAt) <= Date.now()) return false;
  return getUser() !== null;
};

export const getUser = (): SessionUser | null => {
  const raw = localStorage.getItem(USER_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as SessionUser;
  } catch {
    return null;
  }
};

/** The unit chosen in the tenant switcher; null means "all my units". */
export const getWorkingUnitId = (): string | null => localStorage.getItem(UNIT_KEY);

export const setWorkingUnitId = (unitId: Identifier | null): void => {
  if (unitId == null || unitId === '') localStorage.removeItem(UNIT_KEY);
  else localStorage.setItem(UNIT_KEY, String(unitId));
};
