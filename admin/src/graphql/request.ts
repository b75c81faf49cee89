import type { GraphQLFormattedError } from 'graphql';
import { getWorkingUnitId } from '../auth/session';

/** Same origin as the console: the server serves both /admin and /graphql. */
export const GRAPHQL_URL = '/graphql';

/**
 * The headers of every request. The session itself is the HttpOnly, SameSite=Strict cookie the
 * server set at sign-in (the browser sends it: same origin; no script can read it); it counts only
 * on requests carrying `x-hoagiai-csrf`, which a page of another site cannot add. When the user
 * picked one in the tenant switcher, `x-unit-id` names the unit it works in: the server narrows its
 * row-level-security scope to that unit; the console itself never filters by tenant.
 */
export const sessionHeaders = (withoutWorkingUnit = false): Record<string, string> => {
  const unitId = withoutWorkingUnit ? null : getWorkingUnitId();
  return {
    'x-hoagiai-csrf': '1',
    ...(unitId ? { 'x-unit-id': unitId } : {}),
  };
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The first GraphQL error inside an ApolloError, a GraphQLRequestError, or the HttpError
 * react-admin wraps them in (its `body`).
 */
export const firstGraphQLError = (error: unknown): GraphQLFormattedError | undefined => {
  const inner = isObject(error) && isObject(error.body) && Array.isArray(error.body.graphQLErrors) ? error.body : error;
  if (!isObject(inner) || !Array.isArray(inner.graphQLErrors)) return undefined;
  return (inner.graphQLErrors as GraphQLFormattedError[])[0];
};

/** The errors of a GraphQL answer, shaped as Apollo's so that apiErrors.ts reads both alike. */
export class GraphQLRequestError extends Error {
  constructor(readonly graphQLErrors: GraphQLFormattedError[]) {
    super(graphQLErrors[0]?.message ?? 'GraphQL error');
  }
}

/**
 * One GraphQL operation with fetch, for the sign-in page and the session (`login`, `me`): they run
 * before any screen, so they do without the Apollo client and its GraphQL parser, which load with
 * the first screen (see App.tsx and the size limits in vite.config.ts).
 */
export async function graphqlRequest<T>(query: string, variables: Record<string, unknown> = {}, options: { withoutWorkingUnit?: boolean } = {}): Promise<T> {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...sessionHeaders(options.withoutWorkingUnit) },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T | null; errors?: GraphQLFormattedError[] };
  try {
    body = await response.json();
  } catch {
    throw new Error('ra.notification.http_error');
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors);
  if (!body.data) throw new Error('ra.notification.http_error');
  return body.data;
}
