import pg from 'pg';
import type { Caller } from '../context';

type Entry = { caller: Caller; expiresAt: number; cachedAt: number };
type Log = (message: string) => void;

export const SESSION_CHANNEL = 'hoagiai_session';

/**
 * Recently used sessions, in memory, so a signed-in request needs no identity query at all: the
 * session row already carries the memberships, and this keeps it between requests.
 *
 * Correct invalidation, in three layers:
 * - every server LISTENs on hoagiai_session; the database announces each session that ends or whose
 *   memberships change at commit (migration 20261201350000), and the entry is dropped at once;
 * - while the listener is not connected (start-up, PostgreSQL restarting) nothing is cached, so a
 *   lost announcement cannot leave a stale entry behind; reconnecting starts from an empty cache;
 * - a lookup that raced an announcement is not stored (a generation counter), entries live at most
 *   `maxAgeMs`, and after a mutation of its own the server drops everything (sessions it ended itself
 *   are gone before it answers, without waiting for the announcement).
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  private client?: pg.Client;
  private listening = false;
  private stopped = false;
  private retryMs = 500;
  private retryTimer?: NodeJS.Timeout;

  constructor(
    private readonly url: string,
    private readonly log: Log,
    private readonly maxAgeMs = 60_000,
    private readonly maxEntries = 10_000,
  ) {}

  /** Starts listening (in the background; until connected nothing is cached). */
  start(): void {
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.forget();
    await this.client?.end().catch(() => undefined);
  }

  /** A token's generation mark, taken before reading its session from the database. */
  mark(): number {
    return this.generation;
  }

  get(key: string): Caller | undefined {
    if (!this.listening) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const now = Date.now();
    if (entry.expiresAt <= now || entry.cachedAt + this.maxAgeMs <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.caller;
  }

  /** Keeps a session read from the database, unless an announcement arrived since `mark`. */
  set(key: string, caller: Caller, expiresAt: Date, mark: number): void {
    if (!this.listening || mark !== this.generation) return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { caller, expiresAt: expiresAt.getTime(), cachedAt: Date.now() });
  }

  /** Forgets everything (after a mutation of this server, or when the listener is lost). */
  forget(): void {
    this.generation += 1;
    this.entries.clear();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.url, application_name: 'hoagiai-sessions' });
    this.client = client;
    let down = false;
    const lost = () => {
      if (down || this.client !== client) return;
      down = true;
      if (this.listening) this.log('session cache: listener lost; sessions are read from the database until it is back');
      this.listening = false;
      this.forget();
      if (!this.stopped) this.retryTimer = setTimeout(() => void this.connect(), this.retryMs).unref();
      this.retryMs = Math.min(this.retryMs * 2, 10_000);
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      this.generation += 1;
      if (message.payload) this.entries.delete(message.payload);
    });
    try {
      await client.connect();
      await client.query(`listen ${SESSION_CHANNEL}`);
      if (this.stopped) return void client.end().catch(() => undefined);
      this.forget();
      this.listening = true;
      this.retryMs = 500;
    } catch {
      lost();
      await client.end().catch(() => undefined);
    }
  }
}
