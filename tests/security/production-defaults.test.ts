import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/core/config';
import { DEMO, DEMO_PASSWORD } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * What a production deployment gets without asking: no introspection (the console ships its
 * schema), security headers on every answer, the console compressed and cached by content hash,
 * no source maps, and a console session the page's scripts cannot read.
 */
let production: TestApp;
beforeAll(async () => {
  production = await startTestApp({ config: { production: true, introspection: false, secureCookies: false } });
});
afterAll(() => production?.close());

const assets = path.join(__dirname, '..', '..', 'admin', 'dist', 'assets');

describe('production defaults', () => {
  it('turn introspection off in production, and keep it on elsewhere unless asked', async () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-long-enough-secret-value' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-long-enough-secret-value', INTROSPECTION: 'true' }).introspection).toBe(true);
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hoagiai-config-'));
    expect(loadConfig({ DATA_DIR: dataDir }).introspection).toBe(true);
    rmSync(dataDir, { recursive: true, force: true });
    const token = await production.login(DEMO.sysadmin);
    const result = await production.gql(getIntrospectionQuery(), {}, { token });
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(result)).not.toMatch(/queryType|allHamlets/);
    expect(codeOf(await production.gql('{ __type(name: "Hamlet") { fields { name } } }', {}, { token }))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('send security headers on every answer: API, console, health and errors', async () => {
    for (const [target, init] of [
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{bad json' }],
      ['/admin/', {}], ['/health/live', {}], ['/no/such/page', {}],
    ] as const) {
      const response = await fetch(`${production.url}${target}`, init as RequestInit);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, target).toMatch(/default-src 'self'/);
      expect(csp, target).toMatch(/frame-ancestors 'none'/);
      expect(csp, target).toMatch(/script-src 'self'(;|$)/);
      expect(response.headers.get('x-frame-options'), target).toBe('DENY');
      expect(response.headers.get('x-content-type-options'), target).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), target).toBe('no-referrer');
      expect(response.headers.get('x-powered-by'), target).toBeNull();
      if (target === '/graphql') expect(response.headers.get('cache-control'), target).toBe('no-store');
    }
  });

  it('hash no API answer into an ETag (each is per caller and no-store), while the console’s index.html keeps its ETag', async () => {
    const answer = await fetch(`${production.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(await answer.json()).toMatchObject({ data: { __typename: 'Query' } });
    expect(answer.headers.get('etag')).toBeNull();
    const index = await fetch(`${production.url}/admin/`);
    expect(index.headers.get('etag')).toMatch(/^(W\/)?"/);
  });

  it('serve the console’s hashed assets precompressed and immutable, index.html revalidated, and no source map', async () => {
    expect(existsSync(assets)).toBe(true);
    const script = readdirSync(assets).find((name) => /^index-[\w-]+\.js$/.test(name))!;
    expect(readdirSync(assets).filter((name) => name.endsWith('.map'))).toEqual([]);

    const index = await fetch(`${production.url}/admin/`);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(await index.text()).toContain(`/admin/assets/${script}`);

    for (const [accept, encoding] of [['br, gzip', 'br'], ['gzip', 'gzip'], ['identity', null]] as const) {
      const response = await fetch(`${production.url}/admin/assets/${script}`, { headers: { 'accept-encoding': accept } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('content-type')).toMatch(/javascript/);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i);
      expect(await response.text()).not.toMatch(/sourceMappingURL/);
    }
    expect((await fetch(`${production.url}/admin/assets/${script}.map`)).status).toBe(404);
  });

  it('give the console an HttpOnly SameSite=Strict session cookie that counts only with the console’s header', async () => {
    const login = await fetch(`${production.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p, cookie: true) { token user { email } } }', variables: { e: DEMO.myTuStaff, p: DEMO_PASSWORD } }),
    });
    const body = (await login.json()) as { data: { login: { token: string | null; user: { email: string } } } };
    expect(body.data.login).toEqual({ token: null, user: { email: DEMO.myTuStaff } });
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^hoagiai_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/graphql/);
    const session = cookie.split(';')[0];

    const me = (headers: Record<string, string>) =>
      fetch(`${production.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: session, ...headers }, body: '{"query":"{ me { email } }"}' })
        .then((response) => response.json() as Promise<{ data?: { me: { email: string } }; errors?: { extensions: { code: string } }[] }>);
    expect((await me({ 'x-hoagiai-csrf': '1' })).data!.me.email).toBe(DEMO.myTuStaff);
    expect((await me({})).errors![0].extensions.code).toBe('UNAUTHENTICATED');

    const logout = await fetch(`${production.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie: session, 'x-hoagiai-csrf': '1' }, body: '{"query":"mutation { logout }"}',
    });
    expect(logout.headers.get('set-cookie')).toMatch(/hoagiai_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await me({ 'x-hoagiai-csrf': '1' })).errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('mark the cookie Secure and send HSTS when configured for HTTPS (the default in production)', async () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-long-enough-secret-value' }).secureCookies).toBe(true);
    const secure = await startTestApp({ config: { production: true, secureCookies: true } });
    try {
      const login = await fetch(`${secure.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p, cookie: true) { expiresAt } }', variables: { e: DEMO.analyst, p: DEMO_PASSWORD } }),
      });
      expect(login.headers.get('set-cookie')).toMatch(/; Secure/);
      expect(login.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    } finally {
      await secure.close();
    }
  });
});
