import type { Request, Response } from 'express';

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
export function sessionTokenOf(req: Request): SessionToken | undefined | 'malformed' {
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

export function setSessionCookie(res: Response, token: string, expiresAt: Date, secure: boolean): void {
  for (const path of SESSION_COOKIE_PATHS) res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path, expires: expiresAt });
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  for (const path of SESSION_COOKIE_PATHS) res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path });
}
