import { createHash, randomBytes } from 'node:crypto';

/**
 * Session tokens are 256 random bits (base64url). The database keeps only their SHA-256
 * (app_private.session), so a leaked table does not hand out sessions, and ending a session is
 * deleting its row.
 */
export function newSessionToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: tokenHash(token) };
}

export const tokenHash = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/** A well-formed token: 43 base64url characters. Anything else is refused before the database. */
export const isWellFormedToken = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);
