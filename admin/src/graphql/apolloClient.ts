import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable, from } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import type { GraphQLFormattedError } from 'graphql';
import { GRAPHQL_URL, sessionHeaders } from './request';

type RequestContext = { headers?: Record<string, string>; withoutWorkingUnit?: boolean };

/** Every request carries the session's headers (graphql/request.ts). */
const withSession = setContext((_operation, { headers, withoutWorkingUnit }: RequestContext) => ({
  headers: { ...headers, ...sessionHeaders(withoutWorkingUnit) },
}));

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
  link: from([withSession, httpErrorsAsGraphQLErrors, new HttpLink({ uri: GRAPHQL_URL, credentials: 'same-origin' })]),
  cache: new InMemoryCache(),
  // react-admin keeps its own cache (react-query); Apollo's would only normalise records fetched
  // with different field selections into each other.
  defaultOptions: {
    query: { fetchPolicy: 'no-cache' },
    watchQuery: { fetchPolicy: 'no-cache' },
    mutate: { fetchPolicy: 'no-cache' },
  },
});
