import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createApp } from '../../server/src/app';
import { DEFAULT_LIMITS, type Config, type ServerLimits } from '../../server/src/core/config';
import { appUrlOf, createDataSource, withClient } from '../../server/src/core/database';
import { DEMO_PASSWORD, TEMPLATE_DATABASE, TEST_JWT_SECRET } from './constants';

export type GqlError = { message: string; path?: string[]; extensions: { code: string; field?: string; [key: string]: unknown } };
export type GqlResponse<T = Record<string, any>> = {
  data?: T | null;
  errors?: GqlError[];
  extensions?: { sqlStatements?: number; sqlStatementsOutsideTransaction?: number };
};
export type RequestOptions = { token?: string; unitId?: string | number; operationName?: string };

export type TestApp = {
  url: string;
  /** The name of the database this app serves (a copy of the template of its own). */
  database: string;
  /** Runs a GraphQL operation over HTTP, as a client would. */
  gql: <T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions) => Promise<GqlResponse<T>>;
  /** Signs a demo account in and returns its token. */
  login: (email: string, password?: string) => Promise<string>;
  /** SQL as the database owner (bypasses row-level security): for arranging and for checking. */
  sql: <R extends Record<string, any> = Record<string, any>>(text: string, params?: unknown[]) => Promise<R[]>;
  /** SQL as the server's own role inside one transaction with the given scope settings. */
  sqlAsApp: <R extends Record<string, any> = Record<string, any>>(scope: { read?: string; write?: string; admin?: string; userId?: number }, text: string, params?: unknown[]) => Promise<R[]>;
  /** The test database as its owner, for code that takes a connection string (the generator). */
  ownerUrl: string;
  /** The version a row has now (read as the owner), for mutations that must carry it; 1 for a row that does not exist. */
  versionOf: (table: string, id: unknown) => Promise<number>;
  /** Connections checked out of the primary pool and of the read-replica pool (startTestApp({ readReplica: true })). */
  checkouts: { primary: number; replica: number };
  /** The id of a unit by its code and the first day of its era (2021-11-01 or 2025-07-01). */
  unitId: (code: string, validFrom?: string) => Promise<string>;
  config: Config;
  close: () => Promise<void>;
};

export type TestAppOptions = {
  log?: (message: string) => void;
  tokenTtlSeconds?: number;
  /** Limits to change from the defaults (throttling, timeouts ...). */
  limits?: Partial<ServerLimits>;
  /** Configuration to change (production, introspection ...). */
  config?: Partial<Omit<Config, 'limits'>>;
  /** Serve the database of another test app (a second server behind the same database); it is not dropped on close. */
  database?: string;
  /** Serve analysts' queries from a second pool on the same database, standing for a read replica. */
  readReplica?: boolean;
  /** Run queries through graphql-js instead of compiling them (the compiled-execution test's reference). */
  interpretQueries?: boolean;
  /** Serve POST /graphql through Express too, not the lane (the lane's test's reference). */
  expressOnly?: boolean;
};

const poolOf = (dataSource: DataSource) => (dataSource.driver as unknown as { master: pg.Pool }).master;

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const adminUrl = inject('adminUrl');
  const database = options.database ?? `t_${randomBytes(6).toString('hex')}`;
  if (!options.database) await withClient(adminUrl, (client) => client.query(`create database ${database} template ${TEMPLATE_DATABASE}`));
  const ownerUrl = new URL(adminUrl);
  ownerUrl.pathname = `/${database}`;
  const appUrl = appUrlOf(ownerUrl.toString(), TEST_JWT_SECRET);
  const config: Config = {
    port: 0, dataDir: '', jwtSecret: TEST_JWT_SECRET, production: false, development: false, loadDemoData: true,
    tokenTtlSeconds: options.tokenTtlSeconds ?? 3600, introspection: true, trustProxy: false, secureCookies: false,
    ...options.config,
    // The suite signs in from one address many times over: the address limit is the throttling test's own business.
    limits: { ...DEFAULT_LIMITS, signInFailuresPerAddress: 1000, ...options.limits },
  };
  const logs: string[] = [];
  const log = options.log ?? (process.env.TEST_LOG ? (message: string) => console.log(message) : (message: string) => logs.push(message));
  const dataSource: DataSource = await createDataSource(appUrl, log, config.limits.poolSize === DEFAULT_LIMITS.poolSize ? 10 : config.limits.poolSize, config.limits);
  const readDataSource = options.readReplica ? await createDataSource(appUrl, log, 4, config.limits) : undefined;
  const checkouts = { primary: 0, replica: 0 };
  poolOf(dataSource).on('acquire', () => (checkouts.primary += 1));
  if (readDataSource) poolOf(readDataSource).on('acquire', () => (checkouts.replica += 1));
  const { listener, apollo, close: closeApp } = await createApp({
    config, dataSource, readDataSource, log, exposeStatementCount: true, interpretQueries: options.interpretQueries, expressOnly: options.expressOnly,
  });
  const server: Server = await new Promise((resolve) => {
    const listening = createServer(listener).listen(0, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const owner = new pg.Pool({ connectionString: ownerUrl.toString(), max: 2 });
  const appPool = new pg.Pool({ connectionString: appUrl, max: 2 });
  // close() drops the database WITH (FORCE): a connection still closing then gets "terminating
  // connection due to administrator command", which is expected and must not surface as uncaught.
  // pool.end() resolves before its sockets close, so the listener goes on every client.
  for (const pool of [owner, appPool]) {
    pool.on('error', () => undefined);
    pool.on('connect', (client) => client.on('error', () => undefined));
  }

  const gql: TestApp['gql'] = async (query, variables, requestOptions = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (requestOptions.token) headers.authorization = `Bearer ${requestOptions.token}`;
    if (requestOptions.unitId != null) headers['x-unit-id'] = String(requestOptions.unitId);
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables, operationName: requestOptions.operationName }) });
    return (await response.json()) as GqlResponse<any>;
  };
  const tokens = new Map<string, string>();

  return {
    url,
    database,
    gql,
    config,
    ownerUrl: ownerUrl.toString(),
    checkouts,
    async login(email, password = DEMO_PASSWORD) {
      const cached = tokens.get(`${email}:${password}`);
      if (cached) return cached;
      const result = await gql<{ login: { token: string } }>(
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email, password },
      );
      if (!result.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(result.errors)}`);
      tokens.set(`${email}:${password}`, result.data.login.token);
      return result.data.login.token;
    },
    async sql(text, params) {
      return (await owner.query(text, params)).rows;
    },
    async sqlAsApp(scope, text, params) {
      const client = await appPool.connect();
      try {
        await client.query('begin');
        await client.query(
          `select set_config('app.scope', $1, true), set_config('app.write_scope', $2, true), set_config('app.admin_scope', $3, true), set_config('app.user_id', $4, true)`,
          [scope.read ?? '', scope.write ?? '', scope.admin ?? '', scope.userId ? String(scope.userId) : ''],
        );
        return (await client.query(text, params)).rows;
      } finally {
        await client.query('rollback').catch(() => undefined);
        client.release();
      }
    },
    async versionOf(table, id) {
      const rows = (await owner.query(`select version from ${table} where id = $1`, [Number(id)])).rows;
      return rows[0]?.version ?? 1;
    },
    async unitId(code, validFrom = '2021-11-01') {
      const rows = (await owner.query('select id from admin_unit where code = $1 and valid_from = $2', [code, validFrom])).rows;
      if (!rows[0]) throw new Error(`no unit ${code} valid from ${validFrom}`);
      return String(rows[0].id);
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
      await closeApp();
      await dataSource.destroy();
      await readDataSource?.destroy();
      await owner.end();
      await appPool.end();
      if (!options.database) await withClient(adminUrl, (client) => client.query(`drop database if exists ${database} with (force)`));
    },
  };
}

/** The first error's code, or 'OK': assertions read like the API's answers. */
export const codeOf = (response: GqlResponse) => response.errors?.[0]?.extensions.code ?? 'OK';

/**
 * A test app with a data source of its own, as the server's role, on one connection: for tests of
 * a request's transaction and statements (RequestTransaction), where every transaction meets what
 * the one before left on that connection.
 */
export async function startTestAppWithDataSource(): Promise<{ app: TestApp; dataSource: DataSource; close: () => Promise<void> }> {
  const app = await startTestApp();
  const dataSource = await createDataSource(appUrlOf(app.ownerUrl, TEST_JWT_SECRET), () => undefined, 1);
  return {
    app,
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await app.close();
    },
  };
}
