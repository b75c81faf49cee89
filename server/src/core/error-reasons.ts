import type { GraphQLFormattedError } from 'graphql';
import { getMetadataStorage } from 'class-validator';
import type { ReasonCode } from './reasons';

type Params = Record<string, unknown>;
type Extensions = Record<string, unknown>;

/**
 * The reason of a refusal that its thrower did not name: input validation (class-validator, by
 * constraint), the query limits, and a default per code. Errors the server raises itself carry
 * their reason already (core/errors.ts); formatError passes every answer through `withReason`, so
 * no refusal reaches a client without `extensions.reason`.
 */
const DEFAULT_BY_CODE: Record<string, ReasonCode> = {
  BAD_USER_INPUT: 'INVALID_INPUT',
  UNAUTHENTICATED: 'SESSION_INVALID',
  FORBIDDEN: 'NOT_PERMITTED',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'STALE_VERSION',
  SERVICE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  GRAPHQL_PARSE_FAILED: 'INVALID_QUERY',
  GRAPHQL_VALIDATION_FAILED: 'INVALID_QUERY',
  OPERATION_RESOLUTION_FAILURE: 'INVALID_QUERY',
  BAD_REQUEST: 'INVALID_REQUEST',
  PERSISTED_QUERY_NOT_FOUND: 'INVALID_REQUEST',
  INTERNAL_SERVER_ERROR: 'INTERNAL_ERROR',
};

/** class-validator's constraint names (the keys of `constraints`) → the reason and its parameters from the decorator's arguments. */
const BY_CONSTRAINT: Record<string, (args: unknown[]) => { reason: ReasonCode; params?: Params }> = {
  isLength: ([min, max]) => ({ reason: 'TEXT_LENGTH', params: { min, max } }),
  minLength: ([min]) => ({ reason: 'TEXT_LENGTH', params: { min, max: null } }),
  maxLength: ([max]) => ({ reason: 'TEXT_LENGTH', params: { min: 0, max } }),
  min: ([min]) => ({ reason: 'NUMBER_TOO_SMALL', params: { min } }),
  max: ([max]) => ({ reason: 'NUMBER_TOO_LARGE', params: { max } }),
  isEmail: () => ({ reason: 'EMAIL_INVALID' }),
  arrayMinSize: ([min]) => ({ reason: 'LIST_TOO_SHORT', params: { min } }),
  arrayMaxSize: ([max]) => ({ reason: 'LIST_TOO_LONG', params: { max } }),
};

export type ValidationFailure = { property: string; target?: object; constraints?: Record<string, string>; children?: ValidationFailure[] };

/** The failures with constraints, descending into nested inputs, each with its field as a dotted path ('filter.q', 'tasks.0.lead.0.label'). */
export function leafFailures(failures: ValidationFailure[], prefix = ''): { failure: ValidationFailure; field: string }[] {
  return failures.flatMap((failure) => {
    const field = prefix ? `${prefix}.${failure.property}` : failure.property;
    const own = failure.constraints && Object.keys(failure.constraints).length ? [{ failure, field }] : [];
    return [...own, ...leafFailures(failure.children ?? [], field)];
  });
}

const firstFailure = (failures: ValidationFailure[]) => leafFailures(failures)[0];

/** The decorator's arguments (e.g. @Length(5, 2000) → [5, 2000]) from class-validator's own metadata. */
function constraintArgs(failure: ValidationFailure, constraint: string): unknown[] {
  const target = failure.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === failure.property && (m.name ?? m.type) === constraint);
  return metadata?.constraints ?? [];
}

function validationReason(original: unknown): { reason: ReasonCode; params?: Params } | undefined {
  const failures = (original as { extensions?: { validationErrors?: ValidationFailure[] } } | undefined)?.extensions?.validationErrors;
  if (!Array.isArray(failures)) return undefined;
  const first = firstFailure(failures);
  const constraint = first ? Object.keys(first.failure.constraints ?? {})[0] : undefined;
  if (!first || !constraint) return { reason: 'INVALID_INPUT' };
  const known = BY_CONSTRAINT[constraint];
  return known ? known(constraintArgs(first.failure, constraint)) : { reason: 'INVALID_INPUT', params: { constraint } };
}

/** A variable of the wrong GraphQL type ("Int cannot represent ...") is refused by graphql-js with BAD_USER_INPUT. */
const isTypeRefusal = (message: string) => /^Variable "\$[^"]+" (got invalid value|of required type|of non-null type)/.test(message);

/**
 * The answer with `extensions.reason` (and `params` when the reason has any): kept as thrown when
 * the error named it, else derived from the original error, else the default of its code.
 */
export function withReason(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  const extensions: Extensions = { ...formatted.extensions };
  if (typeof extensions.reason === 'string') return formatted;
  const code = String(extensions.code ?? '');
  const thrown = (original as { extensions?: Extensions } | undefined)?.extensions;
  const derived = typeof thrown?.reason === 'string'
    ? { reason: thrown.reason as ReasonCode, params: thrown.params as Params | undefined }
    : (original as Error | undefined)?.constructor?.name === 'ArgumentValidationError'
      ? validationReason(original)
      : code === 'BAD_USER_INPUT' && isTypeRefusal(formatted.message)
        ? { reason: 'WRONG_TYPE' as const }
        : undefined;
  const reason = derived?.reason ?? DEFAULT_BY_CODE[code];
  if (!reason) return formatted;
  extensions.reason = reason;
  if (derived?.params) extensions.params = derived.params;
  return { ...formatted, extensions };
}
