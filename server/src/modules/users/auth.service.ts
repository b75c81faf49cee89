import type { DataSource } from 'typeorm';
import type { ServerLimits } from '../../core/config';
import type { Caller } from '../../core/context';
import { tooManyRequests, unauthenticated } from '../../core/errors';
import { candidateHash, limitPasswordHashing, type HashLimiter } from '../../core/auth/password';
import type { SessionCache } from '../../core/auth/session-cache';
import { AddressThrottle } from '../../core/auth/throttle';
import { isWellFormedToken, newSessionToken, tokenHash } from '../../core/auth/token';
import type { Role, ScopedMembership } from '../../core/tenancy/scope';

type SessionRow = { user_id: number; memberships: ScopedMembership[]; expires_at: Date };

export type Session = { userId: number; token: string; expiresAt: Date };

/**
 * Sign-in and sessions. The server never reads a password hash: app.login_challenge gives the
 * stored hash's scheme and salt, the server derives the candidate from the password (at most
 * `passwordHashConcurrency` at once), and app.login compares, counts failures per email and opens
 * the session. A request's caller comes from its session row, which carries the memberships: one
 * lookup by key, no membership query.
 */
export class AuthService {
  readonly hashing: HashLimiter;
  private readonly addresses: AddressThrottle;

  constructor(
    private readonly dataSource: DataSource,
    private readonly ttlSeconds: number,
    limits: ServerLimits,
    /** Recently used sessions (announced when they end); without it every request reads its session. */
    private readonly sessions?: SessionCache,
  ) {
    this.hashing = limitPasswordHashing(limits.passwordHashConcurrency, limits.passwordHashQueue);
    this.addresses = new AddressThrottle(limits.signInFailuresPerAddress, limits.signInWindowSeconds);
  }

  /** A wrong password and an unknown email fail the same way, after the same work. */
  async login(email: string, password: string, address: string): Promise<Session> {
    await this.addresses.check(address);
    const [challenge] = (await this.dataSource.query('select scheme, retry_after_seconds from app.login_challenge($1)', [email])) as {
      scheme: string;
      retry_after_seconds: number;
    }[];
    if (challenge.retry_after_seconds > 0) throw throttled(challenge.retry_after_seconds);
    const candidate = await candidateHash(password, challenge.scheme, this.hashing);
    const { token, hash } = newSessionToken();
    const [result] = (await this.dataSource.query('select user_id, expires_at, retry_after_seconds from app.login($1, $2, $3, $4)', [
      email, candidate, hash, this.ttlSeconds,
    ])) as { user_id: number | null; expires_at: Date | null; retry_after_seconds: number }[];
    if (result.user_id && result.expires_at) return { userId: result.user_id, token, expiresAt: result.expires_at };
    await this.addresses.failed(address);
    if (result.retry_after_seconds > 0) throw throttled(result.retry_after_seconds);
    throw unauthenticated('BAD_CREDENTIALS');
  }

  /** The caller of a live session, or undefined (unknown, ended or expired token): from memory when it was used lately. */
  async authenticate(token: string, counter?: { statements: number }): Promise<Caller | undefined> {
    if (!isWellFormedToken(token)) return undefined;
    const hash = tokenHash(token);
    const key = hash.toString('hex');
    const cached = this.sessions?.get(key);
    if (cached) return cached;
    const mark = this.sessions?.mark() ?? 0;
    if (counter) counter.statements += 1;
    const [session] = (await this.dataSource.query('select user_id, memberships, expires_at from app.session_caller($1)', [hash])) as SessionRow[];
    if (!session) return undefined;
    const caller = sessionCaller(session.user_id, session.memberships);
    this.sessions?.set(key, caller, session.expires_at, mark);
    return caller;
  }

  /** After a change committed by this server: forget cached sessions (the ones it ended are gone at once). */
  changed(): void {
    this.sessions?.forget();
  }

  /** Ends the session of this token (its holder signs out). */
  async logout(token: string): Promise<boolean> {
    if (!isWellFormedToken(token)) return false;
    const [row] = (await this.dataSource.query('select app.logout($1) as ended', [tokenHash(token)])) as { ended: boolean }[];
    return row.ended;
  }

  /** A unit's path (x-unit-id): units are reference data whose paths never change, so they are kept once read. */
  async unitPath(unitId: number, counter?: { statements: number }): Promise<string | undefined> {
    const known = this.unitPaths.get(unitId);
    if (known) return known;
    if (counter) counter.statements += 1;
    const [row] = (await this.dataSource.query('select path::text as path from admin_unit where id = $1', [unitId])) as { path: string }[];
    if (row && this.unitPaths.size < 50_000) this.unitPaths.set(unitId, row.path);
    return row?.path;
  }

  private readonly unitPaths = new Map<number, string>();
}

const throttled = (seconds: number) =>
  tooManyRequests('Too many failed sign-ins for this account; wait before trying again.', 'SIGN_IN_THROTTLED', seconds);

export function sessionCaller(userId: number, memberships: ScopedMembership[]): Caller {
  return { userId, memberships, roles: new Set<Role>(memberships.map((m) => m.role)) };
}
