import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The console keeps its session in an HttpOnly, SameSite=Strict cookie scoped to /graphql and
 * /documents, so no script can read the token (nothing in localStorage). A cookie travels with any request the
 * browser makes, so it counts only on requests that also carry the header CSRF_HEADER: a page of
 * another site cannot add a custom header without a CORS preflight, which this server never
 * grants. API clients send `Authorization: Bearer <token>` instead and need neither.
 */
export const SESSION_COOKIE = 'hoagiai_session';
export const CSRF_HEADER = 'x-hoagiai-csrf';

export type SessionToken = { token: string; fromCookie: boolean };

/** The request's session token: the bearer token, else the cookie when the CSRF header is present. */
export function sessionTokenOf(req: IncomingMessage): SessionToken | undefined | 'malformed' {
  const header = req.headers.authorization;
  if (header) return header.startsWith('Bearer ') ? { token: header.slice(7).trim(), fromCookie: false } : 'malformed';
  if (!req.headers[CSRF_HEADER]) return undefined;
  const token = cookieValue(req.headers.cookie, SESSION_COOKIE);
  return token ? { token, fromCookie: true } : undefined;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

/**
 * The paths the cookie is sent to: the API, and the official documents' downloads (issue 12), which
 * the console fetches with the same header. Nothing else (the console's files) carries it.
 */
export const SESSION_COOKIE_PATHS = ['/graphql', '/documents'] as const;

/**
 * Written on Node's response (the API's answers do not pass through Express: core/http/graphql-lane.ts),
 * as Express's res.cookie wrote them: the value URI-encoded, then Path, Expires, HttpOnly, Secure,
 * SameSite. Clearing sets an empty value that expired in 1970.
 */
export function setSessionCookie(res: ServerResponse, token: string, expiresAt: Date, secure: boolean): void {
  for (const path of SESSION_COOKIE_PATHS) res.appendHeader('Set-Cookie', sessionCookie(encodeURIComponent(token), path, expiresAt, secure));
}

export function clearSessionCookie(res: ServerResponse, secure: boolean): void {
  for (const path of SESSION_COOKIE_PATHS) res.appendHeader('Set-Cookie', sessionCookie('', path, new Date(1), secure));
}

const sessionCookie = (value: string, path: string, expires: Date, secure: boolean) =>
  `${SESSION_COOKIE}=${value}; Path=${path}; Expires=${expires.toUTCString()}; HttpOnly${secure ? '; Secure' : ''}; SameSite=Strict`;
