import type { Writable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import type { OperationTypeNode } from 'graphql';
import type { PoolClient, QueryConfig, QueryResultRow } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { deallocations, listStatementName } from './list-statements';
import type { Role, Scope, ScopedMembership } from './tenancy/scope';
import { prepareStatementsOn } from './prepared';
import { beginWithScope } from './tenancy/scope';

export type Caller = { userId: number; memberships: ScopedMembership[]; roles: Set<Role> };

type StatementCounter = { statements: number };

/**
 * One GraphQL request's transaction. It opens lazily on first use, sets the tenant scope with
 * transaction-local set_config (never session-level: pooled connections would leak it), and is
 * committed when the response has no errors, rolled back otherwise, so a failed mutation writes
 * nothing.
 *
 * PERF: BEGIN and the scope travel as one message (one round trip, nothing to parse twice); hot
 * loaders run named prepared statements (`prepared`), parsed and planned once per connection; and
 * a query's transaction ends (ROLLBACK: a query never writes) after its answer has been sent, so no
 * query waits for that round trip. The statements a request runs are counted (tests assert there
 * is no N+1).
 */
export class RequestTransaction {
  private runner?: QueryRunner;
  /** The runner's own query, in turn with the others but not counted (finish counts its statement itself). */
  private uncounted?: (text: string) => Promise<unknown>;
  private opening?: Promise<EntityManager>;
  private last: Promise<unknown> = Promise.resolve();
  private client?: PoolClient;
  /** On a pipelined connection, the BEGIN that every statement's answer waits for. */
  private begun?: Promise<unknown>;
  private corked = false;
  /** Resolves a turn of the event loop after the last answer was handed over (pipelined connections). */
  private delivered: Promise<unknown> = Promise.resolve();
  private operation: OperationTypeNode | undefined;
  readonly counter: StatementCounter = { statements: 0 };

  constructor(
    private dataSource: DataSource,
    private scope: Scope,
    private userId: number | undefined,
  ) {}

  /**
   * What the request is, once its operation is known: a query or a mutation, and where its
   * transaction runs (see read-replica.ts; the database can change only before the transaction opens).
   */
  resolved(operation: OperationTypeNode, dataSource: DataSource): void {
    this.operation = operation;
    if (dataSource === this.dataSource) return;
    if (this.opening) throw new Error('The request transaction is already open; it cannot move to another database');
    this.dataSource = dataSource;
  }

  /** Sign-in runs as nobody and then reads as the new user: allowed only before the transaction opens. */
  assume(scope: Scope, userId: number): void {
    if (this.opening) throw new Error('The request transaction is already open; it cannot change its caller');
    this.scope = scope;
    this.userId = userId;
  }

  manager(): Promise<EntityManager> {
    this.opening ??= this.open();
    return this.opening;
  }

  /**
   * A named prepared statement on the request's connection, in turn with the request's other
   * statements, answering its rows. One name stands for one text everywhere (checked).
   */
  async prepared<R>(name: string, text: string, values: unknown[]): Promise<R[]> {
    checkPreparedName(name, text);
    return this.rows<R>({ name, text, values });
  }

  /** A statement (unnamed: its text varies, e.g. a list's filters) on the request's connection, straight through pg. */
  query<R>(text: string, values: unknown[]): Promise<R[]> {
    return this.rows<R>({ text, values });
  }

  /**
   * A list's statement (rows.ts): named on the request's connection per text and scope shape, so
   * that it is planned once per connection and shape (list-statements.ts).
   */
  list<R>(text: string, values: unknown[]): Promise<R[]> {
    return this.rows<R>({ text, values }, true);
  }

  private async rows<R>(config: QueryConfig, list = false): Promise<R[]> {
    await this.manager();
    const client = this.client;
    if (!this.runner || !client) throw new Error('The request transaction has already ended');
    const name = list ? listStatementName(client, this.scope, config.text) : undefined;
    if (name) config = { ...config, name };
    this.counter.statements += 1;
    return this.inTurn(async () => (await client.query<R & QueryResultRow>(config)).rows);
  }

  private async open(): Promise<EntityManager> {
    const runner = this.dataSource.createQueryRunner();
    this.runner = runner;
    const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
    this.uncounted = (text) => this.inTurn(() => query(text));
    runner.query = ((...args: unknown[]) => {
      this.counter.statements += 1;
      return this.inTurn(() => query(...args));
    }) as QueryRunner['query'];
    const client = (await runner.connect()) as PoolClient;
    prepareStatementsOn(client);
    this.client = client;
    // BEGIN goes straight to pg, synchronously: on a pipelined connection no statement can reach
    // the wire before it (TypeORM's query awaits a few times before it sends).
    this.counter.statements += 1;
    const begun = this.inTurn(() => client.query(beginWithScope(this.scope, this.userId)));
    // TypeORM's own record of the transaction opened above: commitTransaction() then ends it with
    // COMMIT, and a nested manager.transaction() becomes a savepoint instead of a second BEGIN.
    Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
    if (this.pipelined) this.begun = begun;
    else await begun;
    return runner.manager;
  }

  /**
   * Resolves once every statement queued so far, and any queued meanwhile, has finished and the
   * resolvers they fed have run (one macrotask later). A loader whose batches are expensive waits
   * for this before dispatching, so the rows fetched meanwhile can add their keys to the same batch:
   * a province's indicators and its districts' become one statement instead of two.
   */
  async settled(): Promise<void> {
    let last: Promise<unknown>;
    do {
      last = this.last;
      await last;
      await new Promise((resolve) => setImmediate(resolve));
    } while (last !== this.last);
  }

  /**
   * DataLoaders of one request dispatch their batches in the same tick, on the request's single
   * connection. On a pipelined connection (createDataSource's pools) each statement is sent at
   * once, without waiting for the one before; PostgreSQL answers them in order, and the statements
   * sent in the same turn of the event loop leave in one write (the socket is corked until
   * setImmediate). A statement's answer also carries the error of the BEGIN before it. Answers are
   * handed over as they were without pipelining: each in a turn of the event loop after the one
   * before, so the resolvers it feeds have dispatched their loaders first. Otherwise two answers
   * arriving in one read would merge batches that arrive in two reads do not, and a request's
   * statements would depend on timing. Without pipelining, each statement waits for the one before
   * (pg deprecates queueing them itself).
   */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const previous = this.last;
    let next: Promise<T>;
    if (this.pipelined) {
      this.cork();
      const sent = work();
      sent.catch(() => undefined);
      const begun = this.begun;
      next = this.delivered.then(() => (begun ? begun.then(() => sent) : sent));
      this.delivered = next.then(nextMacrotask, nextMacrotask);
    } else {
      next = previous.then(work);
    }
    this.last = next.then(() => previous, () => previous);
    return next;
  }

  /** Whether the request's connection pipelines (createDataSource's pools do). */
  private get pipelined(): boolean {
    return this.client?.pipeline === true;
  }

  /** Holds the connection's writes until the event loop's check phase, so that they leave together. */
  private cork(): void {
    if (this.corked || !this.client) return;
    const stream = (this.client as PoolClient & { connection?: { stream?: Writable } }).connection?.stream;
    if (!stream?.cork) return;
    this.corked = true;
    stream.cork();
    setImmediate(() => {
      this.corked = false;
      stream.uncork();
    });
  }

  /**
   * Ends the transaction: COMMIT when the answer has no errors, ROLLBACK otherwise. A query always
   * rolls back, and its answer does not wait for it (the connection returns to the pool when the
   * ROLLBACK is done); a mutation's answer waits for its COMMIT.
   */
  async finish(commit: boolean): Promise<void> {
    const runner = this.runner;
    if (!runner) return;
    this.runner = undefined;
    const query = this.operation === 'query';
    this.counter.statements += 1;
    const end = this.end(runner, commit && !query);
    if (query) end.catch(() => undefined);
    else await end;
  }

  private async end(runner: QueryRunner, commit: boolean): Promise<void> {
    let broken: Error | undefined;
    try {
      await this.opening;
      await this.uncounted!(commit ? 'commit' : 'rollback');
      broken = await this.deallocate();
    } finally {
      Object.assign(runner, { isTransactionActive: false, transactionDepth: 0 });
      // A connection whose statements are no longer known is not handed out again (pg-pool closes it).
      await (runner as QueryRunner & Releasing).releasePostgresConnection(broken);
    }
  }

  /** Lets go of the list statements the connection no longer keeps (list-statements.ts), outside the transaction. */
  private async deallocate(): Promise<Error | undefined> {
    const text = this.client && deallocations(this.client);
    if (!text) return undefined;
    try {
      await this.client!.query(text);
      return undefined;
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }
}

/** TypeORM's Postgres runner: release() is this without an error. */
type Releasing = { releasePostgresConnection(error?: Error): Promise<void> };

const nextMacrotask = () => new Promise<void>((resolve) => setImmediate(resolve));

const preparedTexts = new Map<string, string>();

/** pg refuses a name reused for another text only on a connection that saw both: refuse it at once. */
function checkPreparedName(name: string, text: string): void {
  const known = preparedTexts.get(name);
  if (known === undefined) preparedTexts.set(name, text);
  else if (known !== text) throw new Error(`Prepared statement "${name}" is already used for another text`);
}

/** Per-request memo of DataLoaders: created on first use, never shared across requests. */
export class Loaders {
  private readonly byName = new Map<string, unknown>();
  get<T>(name: string, create: () => T): T {
    if (!this.byName.has(name)) this.byName.set(name, create());
    return this.byName.get(name) as T;
  }
}

/**
 * A module's loaders for one request, each made on its first use (`ctx` is the request's). PERF: a
 * module's factory made all its loaders, a DataLoader with its cache and closures each, for every
 * request that used one of them: 20 for the plans' two modules, of which W3 uses 4 (issue 11,
 * docs/performance.md, nineteenth round).
 */
export function moduleLoaders<D extends Record<string, (ctx: Context) => unknown>>(
  name: string, definitions: D,
): (ctx: Context) => { readonly [K in keyof D]: ReturnType<D[K]> } {
  const prototype = {};
  for (const [key, make] of Object.entries(definitions)) {
    Object.defineProperty(prototype, key, {
      get(this: { ctx: Context }) {
        const value = make(this.ctx);
        Object.defineProperty(this, key, { value });
        return value;
      },
    });
  }
  return (ctx) => ctx.loaders.get(name, () => Object.assign(Object.create(prototype) as object, { ctx })) as { readonly [K in keyof D]: ReturnType<D[K]> };
}

export type Context = {
  req: IncomingMessage;
  caller?: Caller;
  scope: Scope;
  tx: RequestTransaction;
  loaders: Loaders;
  /** The request's transaction, opened on first use. */
  db: () => Promise<EntityManager>;
  /** A refusal found while building the context (e.g. x-unit-id outside the memberships), raised on first use. */
  contextError?: Error;
};

/** Fails loudly when a resolver that needs a signed-in caller runs without one. */
export function callerOf(ctx: Context): Caller {
  if (!ctx.caller) throw new Error('No caller in context: the resolver lacks @Authorized()');
  return ctx.caller;
}
