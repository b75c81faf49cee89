import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable, from } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import type { GraphQLFormattedError } from 'graphql';
import { getWorkingUnitId } from '../auth/session';

/** Same origin as the console: the server serves both /admin and /graphql. */
export const GRAPHQL_URL = '/graphql';

/** Operation context flag: send no `x-unit-id` (reading the user's own memberships). */
export const WITHOUT_WORKING_UNIT = { withoutWorkingUnit: true };

type RequestContext = { headers?: Record<string, string>; withoutWorkingUnit?: boolean };

/**
 * Every request carries the session cookie (the browser sends it; same origin), the header that
 * tells the server the request comes from this console (a cookie counts only with it, so another
 * site cannot ride on the session) and, when the user picked one in the tenant switcher, the unit
 * it works in (`x-unit-id`). The server narrows its row-level-security scope to that unit; the
 * console itself never filters by tenant.
 */
const sessionHeaders = setContext((_operation, { headers, withoutWorkingUnit }: RequestContext) => {
  const unitId = withoutWorkingUnit ? null : getWorkingUnitId();
  return {
    headers: {
      ...headers,
      'x-hoagiai-csrf': '1',
      ...(unitId ? { 'x-unit-id': unitId } : {}),
    },
  };
});

type ServerErrorWithErrors = { statusCode: number; result: { errors: GraphQLFormattedError[] } };

const hasGraphQLErrors = (error: unknown): error is ServerErrorWithErrors => {
  const result = (error as { result?: { errors?: unknown } } | null)?.result;
  return Array.isArray(result?.errors) && result.errors.length > 0;
};

/**
 * A GraphQL server answers some errors with a non-2xx status (401 for a bad token, 400 for a query
 * it rejects) and the errors in the body. Apollo turns those into a bare network error and the
 * message and `extensions.code` are lost; replay them as GraphQL errors instead.
 */
const httpErrorsAsGraphQLErrors = new ApolloLink(
  (operation, forward) =>
    new Observable((observer) => {
      const subscription = forward(operation).subscribe({
        next: (result) => observer.next(result),
        error: (error: unknown) => {
          if (!hasGraphQLErrors(error)) return observer.error(error);
          observer.next({ errors: error.result.errors });
          observer.complete();
        },
        complete: () => observer.complete(),
      });
      return () => subscription.unsubscribe();
    }),
);

export const apolloClient = new ApolloClient({
  link: from([sessionHeaders, httpErrorsAsGraphQLErrors, new HttpLink({ uri: GRAPHQL_URL, credentials: 'same-origin' })]),
  cache: new InMemoryCache(),
  // react-admin keeps its own cache (react-query); Apollo's would only normalise records fetched
  // with different field selections into each other.
  defaultOptions: {
    query: { fetchPolicy: 'no-cache' },
    watchQuery: { fetchPolicy: 'no-cache' },
    mutate: { fetchPolicy: 'no-cache' },
  },
});
