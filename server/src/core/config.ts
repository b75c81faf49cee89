import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
    tokenTtlSeconds: Number(env.TOKEN_TTL_SECONDS ?? 8 * 3600),
  };
}

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}
