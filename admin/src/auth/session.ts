import type { Identifier } from 'react-admin';
import type { SessionUser } from '../types';

// The browser keeps the session in localStorage: the bearer token, its expiry, the signed-in user
// (with the memberships react-admin uses as permissions) and the unit picked in the tenant switcher.
const TOKEN_KEY = 'hoagiai.token';
const EXPIRES_KEY = 'hoagiai.expiresAt';
const USER_KEY = 'hoagiai.user';
const UNIT_KEY = 'hoagiai.unitId';

export type Session = { token: string; expiresAt?: string | null; user: SessionUser };

export const saveSession = ({ token, expiresAt, user }: Session): void => {
  localStorage.setItem(TOKEN_KEY, token);
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
  [TOKEN_KEY, EXPIRES_KEY, USER_KEY, UNIT_KEY].forEach((key) => localStorage.removeItem(key));
};

/** The token, or null when there is none or it has expired. */
export const getToken = (): string | null => {
  const token = localStorage.getItem(TOKEN_KEY);
  const expiresAt = localStorage.getItem(EXPIRES_KEY);
  if (!token) return null;
  if (expiresAt && Date.parse(expiresAt) <= Date.now()) return null;
  return token;
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
