import type { GraphQLFormattedError } from 'graphql';
import { firstGraphQLError, graphqlRequest } from '../graphql/request';
import type { SessionUser } from '../types';
import { primePermissions } from './permissionsCache';
import { saveSession } from './session';
import { LOGIN } from './sessionQueries';

type LoginResult = { login: { expiresAt?: string | null; user: SessionUser } };

/**
 * Why a sign-in failed: the server's refusal (its code, reason and parameters, said in the user's
 * language by the sign-in form), or no answer at all (`reason` undefined: the network or the server).
 */
export class SignInError extends Error {
  readonly code?: string;
  readonly reason?: string;
  readonly params?: Record<string, unknown>;

  constructor(refusal: GraphQLFormattedError | undefined) {
    super(refusal?.message ?? 'ra.notification.http_error');
    this.code = refusal?.extensions?.code as string | undefined;
    this.reason = (refusal?.extensions?.reason as string | undefined) ?? (this.code === 'UNAUTHENTICATED' ? 'BAD_CREDENTIALS' : undefined);
    this.params = refusal?.extensions?.params as Record<string, unknown> | undefined;
  }
}

/**
 * Signs in with the GraphQL `login` mutation asking for a cookie session: the server sets an
 * HttpOnly cookie the scripts never see, and the console keeps only the user and the session's end
 * (auth/session.ts), never the token. It needs neither react-admin nor Apollo: the sign-in page
 * loads before them.
 */
export async function signIn(email: string, password: string): Promise<void> {
  let result: LoginResult;
  try {
    result = await graphqlRequest<LoginResult>(LOGIN, { email: email.trim(), password }, { withoutWorkingUnit: true });
  } catch (error) {
    throw new SignInError(firstGraphQLError(error));
  }
  saveSession(result.login);
  primePermissions(result.login.user.memberships);
}
