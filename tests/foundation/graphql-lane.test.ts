import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { ApolloServer } from '@apollo/server';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlLane, type Middleware } from '../../server/src/core/http/graphql-lane';
import { DEMO, DEMO_PASSWORD } from '../support/constants';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * POST /graphql is served past Express (core/http/graphql-lane.ts). First the lane alone, on a
 * schema of one field, with an application behind it that answers 418 to whatever it is handed;
 * then the real server, whose answers must be those of the same server with every request going
 * through Express (startTestApp({ expressOnly: true }), on the same database).
 */
describe('the GraphQL lane, alone', () => {
  let server: Server;
  let url: string;
  let apollo: ApolloServer<{ who: string }>;
  const order: string[] = [];
  const step = (name: string): Middleware => (_req, res, next) => {
    order.push(name);
    res.setHeader(`x-${name}`, '1');
    next();
  };
  const refuseBody: Middleware = (req, _res, next) => next(req.headers['x-refuse'] ? Object.assign(new Error('refused'), { status: 400 }) : undefined);

  beforeAll(async () => {
    apollo = new ApolloServer<{ who: string }>({
      typeDefs: 'type Query { hello: String }',
      resolvers: { Query: { hello: (_root: unknown, _args: unknown, ctx: { who: string }) => `hello ${ctx.who}` } },
    });
    await apollo.start();
    const app = ((_req, res) => {
      res.statusCode = 418;
      res.end('express');
    }) as Parameters<typeof graphqlLane>[0]['app'];
    const listener = graphqlLane({
      app, apollo, middlewares: [step('first'), step('second'), refuseBody, express.json({ limit: '1kb' }) as Middleware],
      context: async (req) => ({ who: String(req.headers['x-who'] ?? 'nobody') }),
      onError: (error, res) => {
        res.statusCode = 499;
        res.end(`failed: ${(error as Error).message}`);
      },
    });
    server = createServer(listener).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await apollo?.stop();
  });

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('answers a POST to /graphql with a JSON body itself, after the middlewares in their order, with the context it is given', async () => {
    order.length = 0;
    const response = await post('/graphql', JSON.stringify({ query: '{ hello }' }), { 'x-who': 'My Tu' });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ data: { hello: 'hello My Tu' } });
    expect(order).toEqual(['first', 'second']);
    expect(response.headers.get('x-first')).toBe('1');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text));
  });

  it('accepts a charset parameter and any case in the content type', async () => {
    const response = await post('/graphql', JSON.stringify({ query: '{ hello }' }), { 'content-type': 'Application/JSON; charset=utf-8' });
    expect(await response.json()).toEqual({ data: { hello: 'hello nobody' } });
  });

  it("answers GraphQL's own refusals as Apollo does (a syntax error: 400 with its code)", async () => {
    const response = await post('/graphql', JSON.stringify({ query: '{ hello' }));
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('hands a failing middleware, and the body parser, to onError, and answers nothing else', async () => {
    const refused = await post('/graphql', JSON.stringify({ query: '{ hello }' }), { 'x-refuse': '1' });
    expect([refused.status, await refused.text()]).toEqual([499, 'failed: refused']);
    const large = await post('/graphql', JSON.stringify({ query: `{ hello } # ${'x'.repeat(2000)}` }));
    expect(large.status).toBe(499);
    expect(await large.text()).toMatch(/too large/);
    const malformed = await post('/graphql', '{"query": ');
    expect(malformed.status).toBe(499);
  });

  it('leaves every other request to the application: another method, address, query string or content type, or no body', async () => {
    const body = JSON.stringify({ query: '{ hello }' });
    const others = [
      fetch(`${url}/graphql?query=%7Bhello%7D`),
      post('/graphql?x=1', body),
      post('/graphql/', body),
      post('/documents', body),
      post('/graphql', body, { 'content-type': 'text/plain' }),
      post('/graphql', body, { 'content-type': 'application/graphql-response+json' }),
      fetch(`${url}/graphql`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body }),
    ];
    for (const response of await Promise.all(others)) expect([response.status, await response.text()]).toEqual([418, 'express']);
    // No body at all: neither a length nor chunks (fetch always sends a length).
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect((server.address() as AddressInfo).port, '127.0.0.1', () =>
        socket.end('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk)).on('end', () => resolve(text)).on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 418 /);
    expect(answer).toMatch(/express$/);
  });
});

describe('the GraphQL lane in the server', () => {
  let lane: TestApp;
  let viaExpress: TestApp;
  let plan127: string;

  beforeAll(async () => {
    lane = await startTestApp();
    viaExpress = await startTestApp({ database: lane.database, expressOnly: true });
    [{ id: plan127 }] = await lane.sql(`select id::text from plan where number = '127/KH-UBND'`);
  });
  afterAll(async () => {
    await viaExpress?.close();
    await lane?.close();
  });

  /** The same request to both servers: status, the headers that do not vary by the moment, and the body. */
  async function both(init: { body: string | Buffer; headers?: Record<string, string> }) {
    const answers = [];
    for (const app of [lane, viaExpress]) {
      const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...init.headers }, body: init.body });
      const headers = Object.fromEntries([...response.headers].filter(([name]) => !['date', 'etag', 'keep-alive', 'connection'].includes(name)));
      // Each sign-in issues its own token; everything else of the cookie must be the same.
      const cookies = response.headers.getSetCookie().map((cookie) => cookie.replace(/^hoagiai_session=[^;]+/, 'hoagiai_session=<token>').replace(/Expires=[^;]+/, 'Expires=<date>'));
      delete headers['set-cookie'];
      answers.push({ status: response.status, headers, cookies, body: (await response.text()).replace(/"token":"[^"]+"/, '"token":"<token>"') });
    }
    expect(answers[0]).toEqual(answers[1]);
    return answers[0];
  }
  const gqlBody = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

  it('answers a signed-in query as Express did, headers included', async () => {
    const token = await lane.login(DEMO.myTuStaff);
    const answer = await both({
      body: gqlBody('query ($id: ID!) { Plan(id: $id) { number title tasks { code title } budgetTotal } }', { id: plan127 }),
      headers: { authorization: `Bearer ${token}` },
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).data.Plan.number).toBe('127/KH-UBND');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(answer.headers['x-frame-options']).toBe('DENY');
  });

  it("answers another tenant's plan, a stranger and a validation error as Express did", async () => {
    const commune = await lane.login(DEMO.xaMyTuStaff);
    await both({ body: gqlBody('query ($id: ID!) { Plan(id: $id) { number } }', { id: plan127 }), headers: { authorization: `Bearer ${commune}` } });
    const stranger = await both({ body: gqlBody('{ allPlans { id } }') });
    expect(stranger.body).toContain('UNAUTHENTICATED');
    const invalid = await both({ body: gqlBody('{ allPlans { nothingHere } }'), headers: { authorization: `Bearer ${commune}` } });
    expect(invalid.status).toBe(400);
  });

  it('sets and clears the session cookie as Express did', async () => {
    const signIn = await both({ body: gqlBody(`mutation { login(email: "${DEMO.myTuStaff}", password: "${DEMO_PASSWORD}", cookie: true) { token } }`) });
    expect(signIn.cookies).toEqual([
      'hoagiai_session=<token>; Path=/graphql; Expires=<date>; HttpOnly; SameSite=Strict',
      'hoagiai_session=<token>; Path=/documents; Expires=<date>; HttpOnly; SameSite=Strict',
    ]);
    const response = await fetch(`${lane.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: gqlBody(`mutation { login(email: "${DEMO.myTuStaff}", password: "${DEMO_PASSWORD}", cookie: true) { token } }`),
    });
    const cookie = response.headers.getSetCookie()[0].split(';')[0];
    const signedIn = { cookie, 'x-hoagiai-csrf': '1' };
    const me = await both({ body: gqlBody('{ me { email } }'), headers: signedIn });
    expect(me.body).toContain(DEMO.myTuStaff);
    // Sign out on the lane's server: the session ends for both (one database).
    const out = await fetch(`${lane.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...signedIn }, body: gqlBody('mutation { logout }') });
    expect(out.headers.getSetCookie()).toEqual([
      'hoagiai_session=; Path=/graphql; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict',
      'hoagiai_session=; Path=/documents; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict',
    ]);
  });

  it('refuses bodies as Express did: malformed, not an object, too large, another charset, compressed, empty', async () => {
    const refusals = [
      { body: '{"query": ' },
      { body: '"a string"' },
      { body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(300_000)}` }) },
      { body: gqlBody('{ __typename }'), headers: { 'content-type': 'application/json; charset=latin1' } },
      { body: gzipSync(gqlBody('{ __typename }')), headers: { 'content-encoding': 'gzip' } },
      { body: gqlBody('{ __typename }'), headers: { 'content-encoding': 'compress' } },
      { body: '' },
      { body: 'null' },
    ];
    const statuses = [];
    for (const refusal of refusals) {
      const answer = await both(refusal);
      statuses.push(answer.status);
      if (answer.status >= 400) expect(JSON.parse(answer.body).errors[0].extensions.code).toMatch(/^[A-Z_]+$/);
    }
    expect(statuses).toEqual([400, 400, 413, 415, 200, 415, 400, 400]);
  });

  it('reads the bodies its own reader takes as body-parser reads them (json-body.ts), and leaves the rest to body-parser', async () => {
    const query = gqlBody('{ __typename }');
    /** A query of exactly `bytes` bytes of JSON: a comment fills it up. */
    const sized = (bytes: number) => {
      const body = JSON.stringify({ query: '{ __typename } # ' });
      return `${body.slice(0, -2)}${'x'.repeat(bytes - body.length)}"}`;
    };
    const bodies = [
      // the lane's reader: a plain type, no encoding, a declared length within the limit
      { body: query, status: 200 },
      { body: `\ufeff${query}`, status: 200 }, // a byte order mark is dropped
      { body: ` \n\t${query}`, status: 200 }, // JSON's whitespace before the object
      { body: query, headers: { 'content-type': 'application/json; charset=UTF-8' }, status: 200 },
      { body: query, headers: { 'content-type': 'application/json;charset="utf-8"' }, status: 200 },
      { body: `[${query}]`, status: 400 }, // an array is JSON, and Apollo refuses a batch
      { body: ' "a string"', status: 400 },
      { body: '\ufeff', status: 400 }, // nothing but the mark: an empty body, {}
      { body: '{"query": "{ __typename }",}', status: 400 },
      { body: sized(262_144), status: 200 }, // the limit itself
      { body: sized(262_145), status: 413 }, // one byte over it
      // body-parser's: a type with another parameter, an identity encoding spelled out
      { body: query, headers: { 'content-type': 'application/json; foo=bar' }, status: 200 },
      { body: query, headers: { 'content-encoding': 'identity' }, status: 200 },
      { body: query, headers: { 'content-encoding': 'IDENTITY' }, status: 200 },
    ];
    for (const { body, headers, status } of bodies) expect((await both({ body, headers })).status).toBe(status);
  });

  it('refuses a body shorter than its declared length, as body-parser does', async () => {
    const answers = [];
    for (const app of [lane, viaExpress]) {
      answers.push(await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(new URL(app.url).port), '127.0.0.1', () => {
          socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
          socket.end();
        });
        let text = '';
        socket.on('data', (chunk) => (text += chunk)).on('end', () => resolve(text)).on('error', reject);
      }));
    }
    expect(answers[0]).toBe(answers[1]);
    expect(answers[0]).toMatch(/^HTTP\/1\.1 400 /);
  });
});
