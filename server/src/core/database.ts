import pg from 'pg';
import { DataSource, type Logger } from 'typeorm';
import { entities } from '../modules';
import { DEFAULT_LIMITS, type Config, type ServerLimits } from './config';
import { startEmbeddedPostgres } from './embedded-postgres';
import { APP_ROLE, appRolePassword, ensureAppRole, migrate } from './migrate';

// DATE columns stay 'YYYY-MM-DD' strings: a JS Date would shift them by the server's time zone.
pg.types.setTypeParser(1082, (value) => value);

type Log = (message: string) => void;

/** Logs failed and slow statements (RequestTransaction counts a request's statements). */
class StatementLogger implements Logger {
  constructor(private readonly write: Log) {}
  logQuery() {}
  logQueryError(error: string | Error, query: string) {
    const code = (error as { code?: string }).code;
    // Refusals the API translates (constraints, RLS) are expected; anything else is worth a line.
    if (!code || !/^(23|42501|22)/.test(code)) this.write(`SQL error ${code ?? ''}: ${String(error)} in ${query.slice(0, 200)}`);
  }
  logQuerySlow(time: number, query: string) {
    this.write(`slow SQL (${time} ms): ${query.slice(0, 200)}`);
  }
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

/** The role the server runs requests as: same server and database as the owner, another login. */
export function appUrlOf(ownerUrl: string, jwtSecret: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = appRolePassword(jwtSecret);
  return url.toString();
}

/**
 * The request pool, as the server's role. Every connection has a statement timeout and an
 * idle-in-transaction timeout (a request cannot hold locks or a connection indefinitely), and a
 * request waits at most `poolAcquireTimeoutMs` for a connection (then SERVICE_UNAVAILABLE). An idle
 * connection is kept `poolIdleTimeoutMs` (config.ts).
 */
export async function createDataSource(
  appUrl: string,
  log: Log,
  poolSize = 20,
  limits: Pick<ServerLimits, 'statementTimeoutMs' | 'idleInTransactionTimeoutMs' | 'poolAcquireTimeoutMs' | 'poolIdleTimeoutMs'> = DEFAULT_LIMITS,
): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: appUrl,
    entities,
    synchronize: false,
    migrationsRun: false,
    logging: true,
    logger: new StatementLogger(log),
    maxQueryExecutionTime: 2000,
    extra: {
      max: poolSize,
      application_name: 'hoagiai',
      statement_timeout: limits.statementTimeoutMs,
      idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
      connectionTimeoutMillis: limits.poolAcquireTimeoutMs,
      idleTimeoutMillis: limits.poolIdleTimeoutMs,
      // A request's statements are sent without waiting for the one before (RequestTransaction).
      pipeline: true,
    },
  });
  await dataSource.initialize();
  return dataSource;
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabaseIfMissing(adminUrl: string, name: string, template?: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(name)}${template ? ` template ${client.escapeIdentifier(template)}` : ''}`);
  });
}

export type PreparedDatabase = { ownerUrl: string; appUrl: string; stopEmbedded?: () => Promise<void> };

/**
 * Brings the database to the current schema: starts the embedded cluster unless DATABASE_URL is
 * set, creates the app role, applies migrations. Loading data is the caller's next step.
 */
export async function prepareDatabase(config: Config, log: Log): Promise<PreparedDatabase> {
  let ownerUrl = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!ownerUrl) {
    const cluster = await startEmbeddedPostgres(config.dataDir, log);
    stopEmbedded = cluster.stop;
    await createDatabaseIfMissing(cluster.url(), 'hoagiai');
    ownerUrl = cluster.url('hoagiai');
  }
  await withClient(ownerUrl, async (owner) => {
    await ensureAppRole(owner, appRolePassword(config.jwtSecret));
    await migrate(owner, log);
  });
  return { ownerUrl, appUrl: appUrlOf(ownerUrl, config.jwtSecret), stopEmbedded };
}
