import { afterAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD } from '../support/constants';
import { codeOf, startTestApp, type GqlResponse, type TestApp } from '../support/harness';

/**
 * Failed sign-ins are throttled per account (in the database, beside the hashes: 5 in 15 minutes)
 * and per client address (in the server), with TOO_MANY_REQUESTS and the seconds to wait; and
 * password hashes are computed a bounded number at a time, so a flood of sign-ins is refused
 * rather than queued behind everyone's queries.
 */
const apps: TestApp[] = [];
afterAll(() => Promise.all(apps.map((app) => app.close())));
const start = async (options: Parameters<typeof startTestApp>[0] = {}) => {
  const app = await startTestApp(options);
  apps.push(app);
  return app;
};
/** One server for the throttling rules; each test comes from an address of its own (behind a trusted proxy). */
let shared: Promise<TestApp> | undefined;
const throttling = () => (shared ??= start({ limits: { signInFailuresPerAddress: 8 }, config: { trustProxy: 'loopback' } }));

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const attempt = (app: TestApp, email: string, password: string, address?: string) =>
  fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(address ? { 'x-forwarded-for': address } : {}) },
    body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
  }).then(async (response) => ({ response, body: (await response.json()) as GqlResponse }));

describe('sign-in throttling', () => {
  it('throttles an account after 5 failures, even with the right password, and says when to retry', async () => {
    const app = await throttling();
    const from = '192.0.2.1';
    const failures: string[] = [];
    for (let i = 0; i < 5; i += 1) failures.push(codeOf((await attempt(app, DEMO.longPhuStaff, `wrong-${i}`, from)).body));
    expect(failures).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
    const throttled = await attempt(app, DEMO.longPhuStaff, DEMO_PASSWORD, from);
    expect(throttled.body.errors![0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'SIGN_IN_THROTTLED' });
    const seconds = throttled.body.errors![0].extensions.retryAfterSeconds as number;
    expect(seconds).toBeGreaterThan(800);
    expect(seconds).toBeLessThanOrEqual(900);
    expect(Number(throttled.response.headers.get('retry-after'))).toBe(seconds);
    // Another account from the same address is not affected.
    expect(codeOf((await attempt(app, DEMO.myTuStaff, DEMO_PASSWORD, from)).body)).toBe('OK');
    // When the window has passed, the right password signs in again and clears the count.
    await app.sql(`update app_private.login_attempt set window_started_at = now() - interval '16 minutes' where email = $1`, [DEMO.longPhuStaff]);
    expect(codeOf((await attempt(app, DEMO.longPhuStaff, DEMO_PASSWORD, from)).body)).toBe('OK');
    expect(await app.sql('select 1 from app_private.login_attempt where email = $1', [DEMO.longPhuStaff])).toHaveLength(0);
  });

  it('throttles an unknown email exactly like a known one, so throttling reveals nothing', async () => {
    const app = await throttling();
    const answers: string[] = [];
    for (let i = 0; i < 6; i += 1) answers.push(codeOf((await attempt(app, 'nobody.here@demo.hoagiai.vn', 'wrong', '192.0.2.2')).body));
    expect(answers).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  });

  it('throttles a client address that fails across many accounts', async () => {
    const app = await throttling();
    const attacker = '203.0.113.7';
    for (let i = 0; i < 8; i += 1) expect(codeOf((await attempt(app, `guess${i}@demo.hoagiai.vn`, 'wrong', attacker)).body)).toBe('UNAUTHENTICATED');
    const refused = await attempt(app, DEMO.analyst, DEMO_PASSWORD, attacker);
    expect(refused.body.errors![0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'SIGN_IN_THROTTLED' });
    expect(refused.body.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(codeOf((await attempt(app, DEMO.analyst, DEMO_PASSWORD, '198.51.100.20')).body)).toBe('OK');
  });

  it('computes a bounded number of password hashes at once and refuses the rest of a flood', async () => {
    const app = await start({ limits: { passwordHashConcurrency: 1, passwordHashQueue: 1 } });
    const flood = await Promise.all(Array.from({ length: 12 }, (_, i) => attempt(app, `flood${i}@demo.hoagiai.vn`, 'wrong')));
    const codes = flood.map(({ body }) => codeOf(body));
    const busy = flood.filter(({ body }) => body.errors?.[0].extensions.reason === 'SIGN_IN_BUSY');
    expect(busy.length).toBeGreaterThanOrEqual(6);
    expect(busy.every(({ body }) => (body.errors![0].extensions.retryAfterSeconds as number) > 0)).toBe(true);
    expect(codes.every((code) => code === 'UNAUTHENTICATED' || code === 'TOO_MANY_REQUESTS')).toBe(true);
    // Signed-in users are served meanwhile, and sign-in works once the flood is over.
    const token = await app.login(DEMO.xaMyTuStaff);
    expect(codeOf(await app.gql('{ me { id } }', {}, { token }))).toBe('OK');
  });
});
