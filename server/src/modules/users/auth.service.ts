import type { DataSource } from 'typeorm';
import type { Caller } from '../../core/context';
import { unauthenticated } from '../../core/errors';
import { DUMMY_HASH, verifyPassword } from '../../core/auth/password';
import { issueToken } from '../../core/auth/token';
import type { Role, ScopedMembership } from '../../core/tenancy/scope';

type MembershipRow = { role: Role; unit_id: number | null; unit_path: string; predecessor_paths: string[] };

/**
 * Sign-in and the caller behind a token. Both run before any scope exists, through the two
 * SECURITY DEFINER functions of the foundation migration, which return only what they need.
 */
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    readonly secret: string,
    private readonly ttlSeconds: number,
  ) {}

  /** A wrong password and an unknown email fail the same way, after the same work. */
  async login(email: string, password: string): Promise<{ userId: number; token: string; expiresAt: Date }> {
    const [account] = (await this.dataSource.query('select id, password_hash, active from app.login_lookup($1)', [email.trim()])) as {
      id: number;
      password_hash: string;
      active: boolean;
    }[];
    const valid = await verifyPassword(password, account?.password_hash ?? DUMMY_HASH);
    if (!account || !valid || !account.active) throw unauthenticated('BAD_CREDENTIALS');
    return { userId: account.id, ...issueToken(account.id, this.secret, this.ttlSeconds) };
  }

  /** The caller's memberships, each with the paths of the units its unit succeeded. */
  async caller(userId: number): Promise<Caller> {
    const rows = (await this.dataSource.query(
      `select m.role, m.unit_id, m.unit_path::text as unit_path,
              array(select p.path::text from unit_succession s join admin_unit p on p.id = s.predecessor_id
                     where s.successor_id = m.unit_id order by p.path) as predecessor_paths
         from app.memberships_of($1) m`,
      [userId],
    )) as MembershipRow[];
    const memberships: ScopedMembership[] = rows.map((row) => ({
      role: row.role,
      unitId: row.unit_id,
      unitPath: row.unit_path,
      predecessorPaths: row.predecessor_paths,
    }));
    return { userId, memberships, roles: new Set(memberships.map((m) => m.role)) };
  }

  async unitPath(unitId: number): Promise<string | undefined> {
    const [row] = (await this.dataSource.query('select path::text as path from admin_unit where id = $1', [unitId])) as { path: string }[];
    return row?.path;
  }
}
