import type { AuthProvider } from 'react-admin';
import type { SessionUser } from '../types';
import { apiErrorCode } from '../graphql/apiErrors';
import { graphqlRequest } from '../graphql/request';
import { clearSession, getUser, hasSession, saveUser } from './session';
import { LOGOUT, ME } from './sessionQueries';
import type { Permissions } from './permissions';
import { fetchCapabilities, forgetPermissions, recentPermissions } from './permissionsCache';
import { signIn } from './signIn';

type LoginForm = { username?: string; email?: string; password: string };

/**
 * Signs in with the GraphQL `login` mutation (auth/signIn.ts), which asks for a cookie session: the
 * server sets an HttpOnly cookie the scripts never see, and the console keeps only the user (not the
 * token). Permissions are the user's memberships and capabilities; they only shape what the console
 * offers, the server enforces access.
 */
export const createAuthProvider = (): AuthProvider => ({
  // The sign-in form names its first field `username`; its label says email.
  login: ({ username, email, password }: LoginForm) => signIn(email ?? username ?? '', password),

  /** Ends the session on the server too (its cookie stops working at once), whatever the answer. */
  logout: async () => {
    if (hasSession()) await graphqlRequest(LOGOUT, {}, { withoutWorkingUnit: true }).catch(() => undefined);
    clearSession();
    forgetPermissions();
  },

  checkAuth: async () => {
    if (!hasSession()) throw new Error('ra.auth.auth_check_error');
  },

  checkError: async (error: unknown) => {
    if (apiErrorCode(error) === 'UNAUTHENTICATED') {
      clearSession();
      forgetPermissions();
      throw new Error('ra.notification.logged_out');
    }
  },

  getIdentity: async () => {
    const user = getUser();
    if (!user) throw new Error('ra.auth.auth_check_error');
    return { id: user.id, fullName: user.fullName, email: user.email };
  },

  /**
   * The memberships, re-read with `me` so an administrator's changes apply without signing in
   * again (the stored ones when the server cannot be asked), with the capabilities of the working
   * unit: `capabilities` is asked with the working unit, `me` without it (a unit the user has since
   * lost must not make this fail too). The tenant switcher refreshes them.
   */
  getPermissions: async (): Promise<Permissions> => {
    if (!hasSession()) return [];
    return recentPermissions(async () => {
      const [memberships, capabilities] = await Promise.all([
        graphqlRequest<{ me: SessionUser }>(ME, {}, { withoutWorkingUnit: true })
          .then((data) => {
            saveUser(data.me);
            return data.me.memberships;
          })
          .catch(() => getUser()?.memberships ?? []),
        fetchCapabilities(),
      ]);
      return Object.assign([...memberships], { capabilities });
    });
  },
});
