import type pg from 'pg';
import { hashPassword } from '../core/auth/password';
import { once, readSeed, unitIdOf, type UnitRef } from './seed-files';

type DemoUsers = {
  password: string;
  users: { email: string; fullName: string; unit: UnitRef | null; memberships: { role: string; unit: UnitRef | null }[] }[];
};

export const DEMO_PASSWORD = 'hoagiai-demo';

/** The demo accounts of the README; tests sign in with them. */
export const DEMO = {
  sysadmin: 'sysadmin@demo.hoagiai.vn',
  socTrangAdmin: 'soctrang.admin@demo.hoagiai.vn',
  myTuStaff: 'mytu.staff@demo.hoagiai.vn',
  longPhuStaff: 'longphu.staff@demo.hoagiai.vn',
  xaMyTuStaff: 'xamytu.staff@demo.hoagiai.vn',
  bacLieuAdmin: 'baclieu.admin@demo.hoagiai.vn',
  analyst: 'analyst@demo.hoagiai.vn',
  canThoAdmin: 'cantho.admin@demo.hoagiai.vn',
  caMauAdmin: 'camau.admin@demo.hoagiai.vn',
  xaMyTu2025Staff: 'xamytu2025.staff@demo.hoagiai.vn',
  analyst2025: 'analyst2025@demo.hoagiai.vn',
} as const;

/** The owner writes a password hash straight into app_private (where the server's role cannot). */
export async function setPasswordHash(owner: pg.ClientBase, userId: number, hash: string): Promise<void> {
  await owner.query(
    `insert into app_private.user_secret (user_id, password_hash) values ($1, $2)
     on conflict (user_id) do update set password_hash = excluded.password_hash, password_changed_at = now()`,
    [userId, hash],
  );
}

export async function loadDemoUsers(owner: pg.ClientBase, log: (message: string) => void): Promise<void> {
  const loaded = await once(owner, 'demo-users', async () => {
    const seed = readSeed<DemoUsers>('demo-users.json');
    // One hash for every demo account: scrypt is slow on purpose, and they share the password.
    const hash = await hashPassword(seed.password, null);
    for (const user of seed.users) {
      const { rows } = await owner.query<{ id: number }>(
        'insert into app_user (email, full_name, unit_id) values ($1, $2, $3) returning id',
        [user.email, user.fullName, user.unit ? await unitIdOf(owner, user.unit) : null],
      );
      await setPasswordHash(owner, rows[0].id, hash);
      for (const membership of user.memberships) {
        await owner.query('insert into membership (user_id, role, unit_id) values ($1, $2, $3)', [
          rows[0].id, membership.role, membership.unit ? await unitIdOf(owner, membership.unit) : null,
        ]);
      }
    }
    return seed.users.length;
  });
  if (loaded) log(`  demo accounts created (password "${DEMO_PASSWORD}")`);
}
