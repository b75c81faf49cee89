import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { leafFailures, withReason, type ValidationFailure } from './error-reasons';

/** The codes a client may see in `extensions.code`; everything else is masked. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** Throttled (sign-in attempts, expensive requests in flight): `retryAfterSeconds` says when to try again. */
  | 'TOO_MANY_REQUESTS'
  /** The database is away, busy or too slow: nothing was written; try again later. */
  | 'SERVICE_UNAVAILABLE';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

/**
 * A refusal of the input, naming the field. `reason` is a stable code (SCREAMING_SNAKE_CASE) and
 * `params` its values, so a client can say the refusal in its own language (issue 9); the message
 * stays for logs and API users. Every new refusal passes a specific reason.
 */
export const badInput = (field: string, message: string, reason = 'INVALID_INPUT', params?: Record<string, unknown>) =>
  new AppError('BAD_USER_INPUT', message, params ? { field, reason, params } : { field, reason });
export const notFound = (entity: string, id: unknown) =>
  new AppError('NOT_FOUND', `${entity} ${String(id)} was not found`, { reason: 'NOT_FOUND', params: { entity, id: String(id) } });
export const forbidden = (message = 'You may not do this in this unit', reason = 'OUTSIDE_WRITE_SCOPE') => new AppError('FORBIDDEN', message, { reason });
export const unauthenticated = (reason = 'SESSION_INVALID') =>
  new AppError('UNAUTHENTICATED', 'Sign in again: the email, password or session is not valid', { reason });
/**
 * Try again in `retryAfterSeconds` (also sent as the Retry-After header); the reason's params say it
 * in seconds and in whole minutes, rounded up, for the console's sentence.
 */
export const tooManyRequests = (message: string, reason: string, retryAfterSeconds: number) => {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new AppError('TOO_MANY_REQUESTS', message, {
    reason, params: { retryAfterSeconds: seconds, retryAfterMinutes: Math.ceil(seconds / 60) }, retryAfterSeconds: seconds,
  });
};
export const serviceUnavailable = (reason: string, message = 'The service is busy or its database is unavailable; nothing was written. Try again shortly.') =>
  new AppError('SERVICE_UNAVAILABLE', message, { reason });
export const conflict = (entity: string, id: unknown) =>
  new AppError('CONFLICT', `${entity} ${String(id)} was changed by someone else since you read it; reload it and try again`, {
    reason: 'STALE_VERSION', params: { entity, id: String(id) },
  });

type ConstraintMeaning = { field: string; message: string; reason?: string; params?: Record<string, unknown> };
const constraints = new Map<string, ConstraintMeaning>();

/** Modules name the field, the message and the reason (core/reasons.ts) behind each of their database constraints. */
export function explainConstraint(name: string, field: string, message: string, reason?: string, params?: Record<string, unknown>): void {
  constraints.set(name, { field, message, reason, params });
}

type PgError = { code?: string; constraint?: string; column?: string; message?: string };

/** Foreign keys whose target must be visible to the caller (app.check_tenant_references): NOT_FOUND, like any row of another tenant. */
const TENANT_REFERENCE = /^tenant_reference:(\w+)\.(\w+)$/;

/**
 * Turns a PostgreSQL error into the client error it stands for, or undefined when it is internal.
 * The database is the last line of validation, so its refusals must still name a field.
 */
export function fromDatabaseError(error: unknown): AppError | undefined {
  const pg = ((error as { driverError?: PgError }).driverError ?? error) as PgError;
  const known = pg.constraint ? constraints.get(pg.constraint) : undefined;
  const reference = pg.code === '23503' ? TENANT_REFERENCE.exec(pg.constraint ?? '') : null;
  if (reference) return new AppError('NOT_FOUND', `${pg.message ?? 'A referenced record was not found'}`, { field: camel(reference[2]), reason: 'REFERENCE_NOT_FOUND' });
  switch (pg.code) {
    case '23505':
      return badInput(known?.field ?? 'input', known?.message ?? 'This record already exists', known?.reason ?? 'DUPLICATE', known?.params);
    case '23503':
      return badInput(known?.field ?? pg.column ?? 'input', known?.message ?? 'A referenced record does not exist', known?.reason ?? 'REFERENCE_INVALID', known?.params);
    case '23514':
    case '23502':
    case '23P01':
      return badInput(known?.field ?? pg.column ?? 'input', known?.message ?? 'A value is not allowed here', known?.reason ?? 'VALUE_NOT_ALLOWED', known?.params);
    case '42501':
      return forbidden(undefined, 'WRITE_NOT_PERMITTED');
    // Serialization failures and deadlocks: the transaction was rolled back whole; the client retries.
    case '40001':
    case '40P01':
      return new AppError('CONFLICT', 'A concurrent change got in the way; nothing was written. Try again.', { reason: 'TRANSACTION_CONFLICT', retryable: true });
    case '57014':
      return serviceUnavailable('STATEMENT_TIMEOUT', 'The request took too long and was stopped; nothing was written. Ask for less, or try again.');
    case '25P03':
      return serviceUnavailable('TRANSACTION_TIMEOUT', 'The request stayed idle too long and was stopped; nothing was written.');
    default:
      // Class 22, data exceptions (wrong format, out of range, invalid text, a NUL byte ...): the input's fault.
      if (pg.code?.startsWith('22')) return badInput(known?.field ?? pg.column ?? 'input', 'A value has the wrong format or is out of range', 'INVALID_VALUE');
      if (isUnavailable(error, pg)) return serviceUnavailable('DATABASE_UNAVAILABLE');
      return undefined;
  }
}

/**
 * The database is away or refusing connections (restarting, shutting down, too many clients), or
 * the pool could not hand out a connection in time: the request is answered SERVICE_UNAVAILABLE.
 */
function isUnavailable(error: unknown, pg: PgError): boolean {
  if (pg.code && /^(08|53|57P0[1-4])/.test(pg.code)) return true;
  const text = `${(error as Error)?.message ?? ''} ${pg.message ?? ''}`;
  return /timeout exceeded when trying to connect|Connection terminated|ECONNREFUSED|ECONNRESET|EPIPE|the database system is (starting up|shutting down|in recovery)|QueryRunnerAlreadyReleased|Client has encountered a connection error|Cannot use a pool after calling end/.test(text)
    || (error as Error)?.constructor?.name === 'QueryRunnerAlreadyReleasedError';
}

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

const SAFE_CODES = new Set<string>(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS', 'SERVICE_UNAVAILABLE']);
/** Apollo's own request errors (parse, validation, bad variables) are safe to return. */
const REQUEST_CODES = new Set<string>(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * Apollo's formatError: known errors keep their code and message, database refusals are
 * translated, type-graphql's validation and authorization errors are mapped, and everything else
 * becomes an opaque INTERNAL_SERVER_ERROR that is logged here, never returned.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void): GraphQLFormattedError {
  try {
    return withReason(toClientError(formatted, error, log), unwrap(error));
  } catch (failure) {
    log(failure);
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_ERROR' } };
  }
}

function toClientError(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void): GraphQLFormattedError {
  const original = unwrap(error);
  const code = String(formatted.extensions?.code ?? '');
  if (original instanceof AppError) return { message: original.message, path: formatted.path, extensions: publicExtensions(original.extensions) };
  const fromDb = fromDatabaseError(original);
  if (fromDb) return { message: fromDb.message, path: formatted.path, extensions: fromDb.extensions };
  const name = (original as Error | undefined)?.constructor?.name;
  if (name === 'ArgumentValidationError') return validationError(original, formatted);
  if (name === 'AuthenticationError') return { message: unauthenticated().message, path: formatted.path, extensions: { code: 'UNAUTHENTICATED' } };
  if (name === 'AuthorizationError') return { message: forbidden().message, path: formatted.path, extensions: { code: 'FORBIDDEN' } };
  if (SAFE_CODES.has(code) || REQUEST_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: publicExtensions(formatted.extensions ?? { code }) };
  }
  log(original ?? error);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Extensions that are for the server only: how to answer over HTTP, and what development mode adds. */
const PRIVATE_EXTENSIONS = new Set(['http', 'stacktrace', 'exception', 'originalError']);

/** What a client may see of an error's extensions: its code and details, never internals. */
function publicExtensions(extensions: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(extensions)) if (!PRIVATE_EXTENSIONS.has(key) && value !== undefined) result[key] = value;
  return result;
}

function unwrap(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError && current.originalError !== current) current = current.originalError;
  return current;
}

function validationError(error: unknown, formatted: GraphQLFormattedError): GraphQLFormattedError {
  const given = (error as { extensions?: { validationErrors?: unknown } }).extensions?.validationErrors;
  // A validator that throws (e.g. on malformed text) leaves an error here instead of a list: still the input's fault.
  const leaves = leafFailures((Array.isArray(given) ? given : []) as ValidationFailure[]);
  const first = leaves[0];
  const field = first?.field ?? 'input';
  const message = first ? Object.values(first.failure.constraints!)[0] : 'Invalid input';
  return {
    message: `${field}: ${message}`,
    path: formatted.path,
    extensions: { code: 'BAD_USER_INPUT', field, fields: leaves.map((leaf) => leaf.field) },
  };
}
