import { getNamedType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSchema } from '../../server/src/core/graphql/schema';
import { DEMO, DEMO_PASSWORD } from '../support/constants';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * Password hashes live in app_private.user_secret, which the server's role cannot read; the
 * password is checked by app.login, which returns the user and never the hash.
 */
let app: TestApp;
let myTu: number;
beforeAll(async () => {
  app = await startTestApp();
  [{ id: myTu }] = await app.sql('select id from app_user where email = $1', [DEMO.myTuStaff]);
});
afterAll(() => app?.close());

const asApp = (text: string, params: unknown[] = [], userId?: number) =>
  app.sqlAsApp({ read: '{""}', write: '{""}', admin: '{""}', userId }, text, params);

describe('password hashes', () => {
  it('are out of the server role’s reach, even with the widest scope', async () => {
    await expect(asApp('select * from app_private.user_secret')).rejects.toThrow(/permission denied/);
    await expect(asApp('select * from app_private.session')).rejects.toThrow(/permission denied/);
    await expect(asApp('select * from app_private.login_attempt')).rejects.toThrow(/permission denied/);
    const columns = await app.sql(`select table_name, column_name from information_schema.columns
      where table_schema in ('public', 'app') and (column_name ~ '(password|hash|secret)(?!ary)')`);
    expect(columns).toEqual([]);
  });

  it('never come back from a sign-in function: the challenge gives scheme and salt, the login the user id', async () => {
    const [challenge] = await asApp('select * from app.login_challenge($1)', [DEMO.myTuStaff]);
    const [{ password_hash: stored }] = await app.sql('select password_hash from app_private.user_secret where user_id = $1', [myTu]);
    expect(Object.keys(challenge).sort()).toEqual(['retry_after_seconds', 'scheme']);
    expect(stored.startsWith(`${challenge.scheme}$`)).toBe(true);
    expect(challenge.scheme.split('$')).toHaveLength(5);
    expect(JSON.stringify(challenge)).not.toContain(stored.split('$')[5]);
    const [failed] = await asApp(`select * from app.login($1, $2, decode(repeat('ab', 32), 'hex'), 3600)`, [DEMO.myTuStaff, `${challenge.scheme}$${'A'.repeat(43)}`]);
    expect(failed).toEqual({ user_id: null, expires_at: null, retry_after_seconds: 0 });
  });

  it('give an unknown email a stable fake salt, indistinguishable in form from a real one', async () => {
    const [first] = await asApp('select scheme from app.login_challenge($1)', ['khong.co@demo.hoagiai.vn']);
    const [again] = await asApp('select scheme from app.login_challenge($1)', ['KHONG.CO@demo.hoagiai.vn ']);
    const [real] = await asApp('select scheme from app.login_challenge($1)', [DEMO.analyst]);
    expect(first.scheme).toBe(again.scheme);
    expect(first.scheme).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}$/);
    expect(real.scheme).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}$/);
  });

  it('cannot be set by the server role except through app.set_password, for an account it manages', async () => {
    await expect(asApp(`update app_private.user_secret set password_hash = 'x'`)).rejects.toThrow(/permission denied/);
    const hash = `scrypt$32768$8$1$${'A'.repeat(22)}$${'B'.repeat(43)}`;
    // A district's staff administers nobody.
    await expect(app.sqlAsApp({ read: '{y2021.p94.d944}', write: '{y2021.p94.d944}', userId: myTu }, 'select app.set_password($1, $2)', [myTu, hash]))
      .rejects.toThrow(/do not manage this account/);
    const [{ changed }] = await app.sql('select password_changed_at as changed from app_private.user_secret where user_id = $1', [myTu]);
    await asApp('select app.set_password($1, $2)', [myTu, hash], 1);
    const [{ changed: later }] = await app.sql('select password_changed_at as changed from app_private.user_secret where user_id = $1', [myTu]);
    expect(later.getTime()).toBeGreaterThanOrEqual(changed.getTime());
  });

  it('have no field anywhere in the API', async () => {
    const leaks: string[] = [];
    for (const type of Object.values(apiSchema().getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (/(password|hash|secret)(?!ary)/i.test(field.name) || /Secret/.test(getNamedType(field.type).name)) leaks.push(`${type.name}.${field.name}`);
      }
    }
    expect(leaks).toEqual([]);
    const token = await app.login(DEMO.sysadmin);
    const users = await app.gql('{ allUsers(perPage: 500) { id email fullName active unitId version createdAt updatedAt memberships { role } } }', {}, { token });
    expect(JSON.stringify(users)).not.toMatch(/scrypt\$/);
    expect(JSON.stringify(await app.gql('{ me { email } }', {}, { token: await app.login(DEMO.analyst, DEMO_PASSWORD) }))).not.toMatch(/scrypt/);
  });
});
