import type { ServerResponse } from 'node:http';
import type { ErrorRequestHandler, RequestHandler } from 'express';

/** HTTP-level refusals (before GraphQL runs), answered in GraphQL's JSON error shape with a code. */
export type HttpErrorCode = 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'NOT_FOUND' | 'METHOD_NOT_ALLOWED' | 'SERVICE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR';

/**
 * The reason of each HTTP-level refusal (server/src/core/reasons.ts), as GraphQL's refusals carry
 * one, so the console says it in the user's language too.
 */
export type HttpReason = 'INVALID_REQUEST' | 'BODY_TOO_LARGE' | 'BODY_NOT_UTF8_JSON' | 'CONTENT_ENCODING_UNSUPPORTED' | 'NOTHING_SERVED_HERE' | 'INTERNAL_ERROR';

export const graphqlErrorBody = (code: HttpErrorCode, reason: HttpReason, message: string, details?: string) => ({
  errors: [{ message, extensions: details ? { code, reason, details } : { code, reason } }],
});

type BodyParserError = Error & { status?: number; statusCode?: number; type?: string; expose?: boolean };

/** What body-parser's failures mean to a client, without its stack or internals. */
function describe(error: BodyParserError): { status: number; code: HttpErrorCode; reason: HttpReason; message: string } {
  const status = error.status ?? error.statusCode ?? 500;
  switch (error.type) {
    case 'entity.too.large':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', reason: 'BODY_TOO_LARGE', message: 'The request body is too large' };
    case 'charset.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', reason: 'BODY_NOT_UTF8_JSON', message: 'The request body must be UTF-8 JSON' };
    case 'encoding.unsupported':
      return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', reason: 'CONTENT_ENCODING_UNSUPPORTED', message: 'The request body uses an unsupported content encoding' };
    case 'entity.parse.failed':
      return { status: 400, code: 'BAD_REQUEST', reason: 'INVALID_REQUEST', message: 'The request body is not a JSON object' };
    default:
      if (status >= 400 && status < 500) return { status, code: 'BAD_REQUEST', reason: 'INVALID_REQUEST', message: 'The request could not be read' };
      return { status: 500, code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_ERROR', message: 'Internal server error' };
  }
}

/**
 * Every failure outside GraphQL's own handling (malformed, huge, null or wrongly encoded bodies, an
 * unexpected exception) is answered as a GraphQL JSON error with a code, never an HTML page or a
 * stack trace; the underlying message only with NODE_ENV=development. Unexpected ones are logged.
 */
export function jsonErrorHandler(development: boolean, log: (message: string) => void): ErrorRequestHandler {
  return (error: BodyParserError, _req, res, next) => {
    if (res.headersSent) return next(error);
    writeHttpError(res, error, development, log);
  };
}

/** The answer to a failure outside GraphQL's own handling, on Node's response (jsonErrorHandler and graphql-lane.ts). */
export function writeHttpError(res: ServerResponse, error: BodyParserError, development: boolean, log: (message: string) => void): void {
  const { status, code, reason, message } = describe(error);
  if (status >= 500) log(`HTTP error: ${String(error?.stack ?? error)}`);
  const body = JSON.stringify(graphqlErrorBody(code, reason, message, development ? String(error?.message ?? error) : undefined));
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/** Anything not served otherwise: 404 in the same JSON shape. */
export const notFoundHandler: RequestHandler = (_req, res) => {
  res.status(404).json(graphqlErrorBody('NOT_FOUND', 'NOTHING_SERVED_HERE', 'Nothing is served at this address'));
};
