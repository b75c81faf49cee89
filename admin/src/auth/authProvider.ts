import type { ApolloClient } from '@apollo/client';
import type { AuthProvider } from 'react-admin';
import type { SessionUser } from '../types';
import { apiErrorCode, firstGraphQLError } from '../graphql/apiErrors';
import { WITHOUT_WORKING_UNIT } from '../graphql/apolloClient';
import { clearSession, getUser, hasSession, saveSession, saveUser } from './session';
import { LOGIN, LOGOUT, ME } from './sessionQueries';

type LoginForm = { username?: string; email?: string; password: string };
type LoginResult = { login: { expiresAt?: string | null; user: SessionUser } };

/** The message the login form shows: ours for bad credentials, the server's for anything else. */
const loginError = (error: unknown): Error => {
  const graphQLError = firstGraphQLError(error);
  if (!graphQLError) return new Error('ra.notification.http_error');
  if (graphQLError.extensions?.code === 'UNAUTHENTICATED') return new Error('ra.auth.sign_in_error');
  if (graphQLError.extensions?.code === 'TOO_MANY_REQUESTS') return new Error('hoagiai.errors.tooManyRequests');
  return new Error(graphQLError.message);
};

/**
 * Signs in with the GraphQL `login` mutation asking for a cookie session: the server sets an
 * HttpOnly cookie the scripts never see, and the console keeps only the user (not the token).
 * Permissions are the user's memberships; they only shape the menu, the server enforces access.
 */
export const createAuthProvider = (client: ApolloClient<unknown>): AuthProvider => ({
  // The default login form names its first field `username`; its label says email.
  login: async ({ username, email, password }: LoginForm) => {
    let result: LoginResult | null | undefined;
    try {
      const response = await client.mutate<LoginResult>({
        mutation: LOGIN,
        variables: { email: (email ?? username ?? '').trim(), password },
      });
      result = response.data;
    } catch (error) {
      throw loginError(error);
    }
    if (!result) throw new Error('ra.auth.sign_in_error');
    saveSession(result.login);
  },

  /** Ends the session on the server too (its cookie stops working at once), whatever the answer. */
  logout: async () => {
    if (hasSession()) await client.mutate({ mutation: LOGOUT, context: WITHOUT_WORKING_UNIT }).catch(() => undefined);
    clearSession();
    await client.clearStore();
  },

  checkAuth: async () => {
    if (!hasSession()) throw new Error('ra.auth.auth_check_error');
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
   * again; the stored ones when the server cannot be asked.
   */
  getPermissions: async () => {
    if (!hasSession()) return [];
    try {
      // Without the working unit: a unit the user has since lost must not make this fail too.
      const { data } = await client.query<{ me: SessionUser }>({ query: ME, fetchPolicy: 'no-cache', context: WITHOUT_WORKING_UNIT });
      saveUser(data.me);
      return data.me.memberships;
    } catch {
      return getUser()?.memberships ?? [];
    }
  },
});
