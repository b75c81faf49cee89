import type { AuthProvider } from 'react-admin';
import type { SessionUser } from '../types';
import { apiErrorCode } from '../graphql/apiErrors';
import { graphqlRequest } from '../graphql/request';
import { clearSession, getToken, getUser, saveUser } from './session';
import { ME } from './sessionQueries';
import type { Permissions } from './permissions';
import { fetchCapabilities, takePrimedCapabilities } from './permissionsCache';
import { signIn } from './signIn';

type LoginForm = { username?: string; email?: string; password: string };

/**
 * Signs in with the GraphQL `login` mutation (auth/signIn.ts) and keeps the token and user in
 * localStorage. Permissions are the user's memberships; they only shape what the console offers,
 * the server enforces access.
 */
export const createAuthProvider = (): AuthProvider => ({
  // The sign-in form names its first field `username`; its label says email.
  login: ({ username, email, password }: LoginForm) => signIn(email ?? username ?? '', password),

  logout: async () => {
    clearSession();
  },

  checkAuth: async () => {
    if (!getToken() || !getUser()) throw new Error('ra.auth.auth_check_error');
  },

  checkError: async (error: unknown) => {
    if (apiErrorCode(error) === 'UNAUTHENTICATED') {
      clearSession();
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
    if (!getToken()) return [];
    // Just signed in: the login answered the memberships and the capabilities are on their way.
    const primed = takePrimedCapabilities();
    if (primed) return Object.assign([...(getUser()?.memberships ?? [])], { capabilities: await primed });
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
  },
});
