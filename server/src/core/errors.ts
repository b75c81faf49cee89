import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { withReason } from './error-reasons';

/** The codes a client may see in `extensions.code`; everything else is masked. */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

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

/**
 * Turns a PostgreSQL error into the client error it stands for, or undefined when it is internal.
 * The database is the last line of validation, so its refusals must still name a field.
 */
export function fromDatabaseError(error: unknown): AppError | undefined {
  const pg = ((error as { driverError?: PgError }).driverError ?? error) as PgError;
  const known = pg.constraint ? constraints.get(pg.constraint) : undefined;
  switch (pg.code) {
    case '23505':
      return badInput(known?.field ?? 'input', known?.message ?? 'This record already exists', known?.reason ?? 'DUPLICATE', known?.params);
    case '23503':
      return badInput(known?.field ?? pg.column ?? 'input', known?.message ?? 'A referenced record does not exist', known?.reason ?? 'REFERENCE_INVALID', known?.params);
    case '23514':
    case '23502':
    case '23P01':
      return badInput(known?.field ?? pg.column ?? 'input', known?.message ?? 'A value is not allowed here', known?.reason ?? 'VALUE_NOT_ALLOWED', known?.params);
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return badInput('input', 'A value has the wrong format', 'WRONG_FORMAT');
    case '42501':
      return forbidden(undefined, 'WRITE_NOT_PERMITTED');
    default:
      return undefined;
  }
}

const SAFE_CODES = new Set<string>(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);
/** Apollo's own request errors (parse, validation, bad variables) are safe to return. */
const REQUEST_CODES = new Set<string>(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * Apollo's formatError: known errors keep their code and message, database refusals are
 * translated, type-graphql's validation and authorization errors are mapped, and everything else
 * becomes an opaque INTERNAL_SERVER_ERROR that is logged here, never returned.
 */
export const formatError = (formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void) => withReason(formatKnownError(formatted, error, log), unwrap(error));

function formatKnownError(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void): GraphQLFormattedError {
  const original = unwrap(error);
  const code = String(formatted.extensions?.code ?? '');
  if (original instanceof AppError) return { message: original.message, path: formatted.path, extensions: original.extensions };
  const fromDb = fromDatabaseError(original);
  if (fromDb) return { message: fromDb.message, path: formatted.path, extensions: fromDb.extensions };
  const name = (original as Error | undefined)?.constructor?.name;
  if (name === 'ArgumentValidationError') return validationError(original, formatted);
  if (name === 'AuthenticationError') return { message: unauthenticated().message, path: formatted.path, extensions: { code: 'UNAUTHENTICATED' } };
  if (name === 'AuthorizationError') return { message: forbidden().message, path: formatted.path, extensions: { code: 'FORBIDDEN' } };
  if (SAFE_CODES.has(code) || REQUEST_CODES.has(code)) {
    const field = formatted.extensions?.field;
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: field ? { code, field } : { code } };
  }
  log(original ?? error);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

function unwrap(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError && current.originalError !== current) current = current.originalError;
  return current;
}

type ValidationFailure = { property: string; constraints?: Record<string, string>; children?: ValidationFailure[] };

function validationError(error: unknown, formatted: GraphQLFormattedError): GraphQLFormattedError {
  const failures = ((error as { extensions?: { validationErrors?: ValidationFailure[] } }).extensions?.validationErrors ?? []) as ValidationFailure[];
  const first = failures[0];
  const field = first?.property ?? 'input';
  const message = first?.constraints ? Object.values(first.constraints)[0] : 'Invalid input';
  return {
    message: `${field}: ${message}`,
    path: formatted.path,
    extensions: { code: 'BAD_USER_INPUT', field, fields: failures.map((failure) => failure.property) },
  };
}
