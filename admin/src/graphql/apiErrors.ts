import { HttpError } from 'react-admin';
import type { GraphQLFormattedError } from 'graphql';

/** The codes the server puts in `extensions.code` (everything else is masked server-side). */
export type ApiErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'SERVICE_UNAVAILABLE';

const STATUS_BY_CODE: Record<ApiErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** The body react-admin receives in HttpError: `errors` drives server-side form validation. */
export type ApiErrorBody = { code?: string; field?: string; errors?: Record<string, string> };

/** Translation key shown when an update carried a stale version. */
export const CONFLICT_MESSAGE = 'hoagiai.errors.conflict';

/**
 * Codes whose message the console says in the user's language; BAD_USER_INPUT keeps the server's
 * message, which names the field and the rule.
 */
const MESSAGE_BY_CODE: Partial<Record<ApiErrorCode, string>> = {
  CONFLICT: CONFLICT_MESSAGE,
  FORBIDDEN: 'hoagiai.errors.forbidden',
  NOT_FOUND: 'hoagiai.errors.notFound',
  UNAUTHENTICATED: 'hoagiai.errors.unauthenticated',
  TOO_MANY_REQUESTS: 'hoagiai.errors.tooManyRequests',
  SERVICE_UNAVAILABLE: 'hoagiai.errors.serviceUnavailable',
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The first GraphQL error inside an ApolloError, or inside the HttpError ra-data-graphql wraps it in. */
export const firstGraphQLError = (error: unknown): GraphQLFormattedError | undefined => {
  const apolloError = error instanceof HttpError ? error.body : error;
  if (!isObject(apolloError) || !Array.isArray(apolloError.graphQLErrors)) return undefined;
  return (apolloError.graphQLErrors as GraphQLFormattedError[])[0];
};

const isApiErrorCode = (code: unknown): code is ApiErrorCode => typeof code === 'string' && code in STATUS_BY_CODE;

/**
 * Turns whatever the GraphQL layer threw into an HttpError react-admin understands: the HTTP-like
 * status (401 makes checkError log out), a translated message (BAD_USER_INPUT keeps the server's),
 * and for BAD_USER_INPUT naming a form field, `body.errors` so the form shows it under the input.
 */
export const toHttpError = (error: unknown, formFields: readonly string[] = []): unknown => {
  const graphQLError = firstGraphQLError(error);
  const code = graphQLError?.extensions?.code;
  if (!graphQLError || !isApiErrorCode(code)) return error;
  const field = typeof graphQLError.extensions?.field === 'string' ? graphQLError.extensions.field : undefined;
  const body: ApiErrorBody = { code, field };
  if (code === 'BAD_USER_INPUT' && field && formFields.includes(field)) body.errors = { [field]: graphQLError.message };
  const message = MESSAGE_BY_CODE[code] ?? graphQLError.message;
  return new HttpError(message, STATUS_BY_CODE[code], body);
};

/** The API code of an error already passed through toHttpError (or a bare HTTP 401). */
export const apiErrorCode = (error: unknown): string | undefined => {
  if (!isObject(error)) return undefined;
  const body = error.body;
  if (isObject(body) && typeof body.code === 'string') return body.code;
  if (error.status === 401) return 'UNAUTHENTICATED';
  return firstGraphQLError(error)?.extensions?.code as string | undefined;
};
