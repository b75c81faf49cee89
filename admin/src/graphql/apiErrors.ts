import { HttpError } from 'react-admin';
import { describeGraphQLError } from '../i18n/describeRefusal';
import { i18nProvider } from '../i18n/i18nProvider';
import { firstGraphQLError } from './request';

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
export type ApiErrorBody = { code?: string; field?: string; reason?: string; errors?: Record<string, string> };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export { firstGraphQLError };

const isApiErrorCode = (code: unknown): code is ApiErrorCode => typeof code === 'string' && code in STATUS_BY_CODE;

/**
 * Turns whatever the GraphQL layer threw into an HttpError react-admin understands: the HTTP-like
 * status (401 makes checkError log out), the refusal said in the user's language from its reason
 * (i18n/reasons.*.ts), and for a refusal naming a field of the form, `body.errors` so the form
 * shows it under that input.
 */
export const toHttpError = (error: unknown, formFields: readonly string[] = []): unknown => {
  const graphQLError = firstGraphQLError(error);
  const code = graphQLError?.extensions?.code;
  if (!graphQLError) return error;
  const message = describeGraphQLError(graphQLError, i18nProvider.getLocale());
  if (!isApiErrorCode(code)) return new HttpError(message, 500, { code, reason: graphQLError.extensions?.reason });
  const field = typeof graphQLError.extensions?.field === 'string' ? graphQLError.extensions.field : undefined;
  const reason = typeof graphQLError.extensions?.reason === 'string' ? graphQLError.extensions.reason : undefined;
  const body: ApiErrorBody = { code, field, reason };
  if (code === 'BAD_USER_INPUT' && field && formFields.includes(field)) body.errors = { [field]: message };
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
