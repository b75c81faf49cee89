import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where the repository lives: migrations, seeds and the built console are read from here. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

export type Config = {
  port: number;
  /** An external PostgreSQL (owner credentials). Absent: the embedded cluster in `dataDir`. */
  databaseUrl?: string;
  /** A read replica of that database (the same credentials form): analysts' queries are answered there. */
  databaseReadUrl?: string;
  dataDir: string;
  jwtSecret: string;
  production: boolean;
  development: boolean;
  /** Demo users and synthetic data are loaded only into the embedded (demo) database. */
  loadDemoData: boolean;
  tokenTtlSeconds: number;
  /** GraphQL introspection: on by default except in production (the console ships its schema). */
  introspection: boolean;
  /** Express's `trust proxy` (e.g. "loopback" or a hop count): which address a request comes from. */
  trustProxy: string | number | false;
  /** The session cookie is marked Secure (HTTPS only): in production, or with COOKIE_SECURE=true. */
  secureCookies: boolean;
  limits: ServerLimits;
};

/** The server's protective limits; each is an environment variable (in brackets). */
export type ServerLimits = {
  /** Failed sign-ins per client address per window before it is throttled [SIGN_IN_MAX_FAILURES_PER_ADDRESS]. */
  signInFailuresPerAddress: number;
  signInWindowSeconds: number;
  /** Password hashes computed at once [PASSWORD_HASH_CONCURRENCY]; the rest wait in a short queue. */
  passwordHashConcurrency: number;
  passwordHashQueue: number;
  /** Each request transaction's statement timeout [STATEMENT_TIMEOUT_MS]. */
  statementTimeoutMs: number;
  /** A request transaction left idle this long is ended by PostgreSQL [IDLE_IN_TRANSACTION_TIMEOUT_MS]. */
  idleInTransactionTimeoutMs: number;
  /** How long a request waits for a pooled connection before SERVICE_UNAVAILABLE [POOL_ACQUIRE_TIMEOUT_MS]. */
  poolAcquireTimeoutMs: number;
  poolSize: number;
  /**
   * A pooled connection left idle this long is closed [DB_POOL_IDLE_TIMEOUT_MS]. A connection keeps
   * what it prepared (the request's statements, and their plans after five runs) and PostgreSQL's
   * caches: a new one answered the first W5 requests in 120 ms instead of 30 (docs/performance.md,
   * seventeenth round), so connections are kept for minutes, not pg's default 10 seconds.
   */
  poolIdleTimeoutMs: number;
  /** In-flight requests get this long to finish after SIGTERM [DRAIN_TIMEOUT_MS]. */
  drainTimeoutMs: number;
  /** Requests costing more than `expensiveCost` run at most this many at once per user [MAX_EXPENSIVE_REQUESTS_PER_USER]. */
  expensiveRequestsPerUser: number;
  expensiveCost: number;
};

export const DEFAULT_LIMITS: ServerLimits = {
  signInFailuresPerAddress: 20,
  signInWindowSeconds: 900,
  passwordHashConcurrency: Math.max(1, Math.floor(os.availableParallelism() / 2)),
  passwordHashQueue: 32,
  statementTimeoutMs: 15_000,
  idleInTransactionTimeoutMs: 15_000,
  poolAcquireTimeoutMs: 5_000,
  poolSize: 20,
  poolIdleTimeoutMs: 600_000,
  drainTimeoutMs: 10_000,
  expensiveRequestsPerUser: 2,
  expensiveCost: 5_000,
};

/**
 * Reads the configuration from the environment. A missing JWT secret is generated once and kept
 * in the data folder, so tokens survive restarts; in production a missing secret is refused
 * because several instances must share it.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const dataDir = path.resolve(env.DATA_DIR ?? path.join(repoRoot, '.data'));
  const databaseUrl = env.DATABASE_URL || undefined;
  const databaseReadUrl = env.DATABASE_READ_URL || undefined;
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  let jwtSecret = env.JWT_SECRET;
  if (!jwtSecret) {
    if (production) throw new Error('JWT_SECRET must be set in production mode (NODE_ENV=production)');
    jwtSecret = readOrCreateSecret(dataDir);
  }
  if (jwtSecret.length < 16) throw new Error('JWT_SECRET must be at least 16 characters long');
  return {
    port,
    databaseUrl,
    databaseReadUrl,
    dataDir,
    jwtSecret,
    production,
    development: env.NODE_ENV === 'development',
    loadDemoData: env.DEMO_DATA ? env.DEMO_DATA !== 'false' : !databaseUrl,
    tokenTtlSeconds: positive(env, 'TOKEN_TTL_SECONDS', 8 * 3600),
    introspection: env.INTROSPECTION ? env.INTROSPECTION === 'true' : !production,
    trustProxy: trustProxyOf(env.TRUST_PROXY),
    secureCookies: env.COOKIE_SECURE ? env.COOKIE_SECURE === 'true' : production,
    limits: {
      signInFailuresPerAddress: positive(env, 'SIGN_IN_MAX_FAILURES_PER_ADDRESS', DEFAULT_LIMITS.signInFailuresPerAddress),
      signInWindowSeconds: DEFAULT_LIMITS.signInWindowSeconds,
      passwordHashConcurrency: positive(env, 'PASSWORD_HASH_CONCURRENCY', DEFAULT_LIMITS.passwordHashConcurrency),
      passwordHashQueue: DEFAULT_LIMITS.passwordHashQueue,
      statementTimeoutMs: positive(env, 'STATEMENT_TIMEOUT_MS', DEFAULT_LIMITS.statementTimeoutMs),
      idleInTransactionTimeoutMs: positive(env, 'IDLE_IN_TRANSACTION_TIMEOUT_MS', DEFAULT_LIMITS.idleInTransactionTimeoutMs),
      poolAcquireTimeoutMs: positive(env, 'POOL_ACQUIRE_TIMEOUT_MS', DEFAULT_LIMITS.poolAcquireTimeoutMs),
      poolSize: positive(env, 'DB_POOL_SIZE', DEFAULT_LIMITS.poolSize),
      poolIdleTimeoutMs: positive(env, 'DB_POOL_IDLE_TIMEOUT_MS', DEFAULT_LIMITS.poolIdleTimeoutMs),
      drainTimeoutMs: positive(env, 'DRAIN_TIMEOUT_MS', DEFAULT_LIMITS.drainTimeoutMs),
      expensiveRequestsPerUser: positive(env, 'MAX_EXPENSIVE_REQUESTS_PER_USER', DEFAULT_LIMITS.expensiveRequestsPerUser),
      expensiveCost: DEFAULT_LIMITS.expensiveCost,
    },
  };
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

function trustProxyOf(raw: string | undefined): string | number | false {
  if (!raw || raw === 'false') return false;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}
