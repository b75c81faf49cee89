import type { Request } from 'express';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { Role, Scope, ScopedMembership } from './tenancy/scope';
import { toLtreeArray } from './tenancy/scope';

export type Caller = { userId: number; memberships: ScopedMembership[]; roles: Set<Role> };

type StatementCounter = { statements: number };

/**
 * One GraphQL request's transaction. It opens lazily on first use, sets the tenant scope with
 * transaction-local set_config (never session-level: pooled connections would leak it), and is
 * committed when the response has no errors, rolled back otherwise, so a failed mutation writes
 * nothing.
 */
export class RequestTransaction {
  private runner?: QueryRunner;
  private opening?: Promise<EntityManager>;
  readonly counter: StatementCounter = { statements: 0 };

  constructor(
    private readonly dataSource: DataSource,
    private scope: Scope,
    private userId: number | undefined,
  ) {}

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

  private async open(): Promise<EntityManager> {
    const runner = this.dataSource.createQueryRunner();
    this.runner = runner;
    runner.data = this.counter;
    serialiseQueries(runner);
    await runner.connect();
    await runner.startTransaction();
    await runner.query(
      `select set_config('app.scope', $1, true), set_config('app.write_scope', $2, true),
              set_config('app.admin_scope', $3, true), set_config('app.user_id', $4, true)`,
      [toLtreeArray(this.scope.read), toLtreeArray(this.scope.write), toLtreeArray(this.scope.admin), this.userId ? String(this.userId) : ''],
    );
    return runner.manager;
  }

  async finish(commit: boolean): Promise<void> {
    const runner = this.runner;
    if (!runner) return;
    this.runner = undefined;
    try {
      await this.opening;
      if (runner.isTransactionActive) await (commit ? runner.commitTransaction() : runner.rollbackTransaction());
    } finally {
      await runner.release();
    }
  }
}

/**
 * DataLoaders of one request dispatch their batches in the same tick, on the request's single
 * connection. pg would queue them itself but deprecates doing so: queue them here, in order.
 */
function serialiseQueries(runner: QueryRunner): void {
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let last: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: unknown[]) => {
    const next = last.then(() => query(...args));
    last = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
}

/** Per-request memo of DataLoaders: created on first use, never shared across requests. */
export class Loaders {
  private readonly byName = new Map<string, unknown>();
  get<T>(name: string, create: () => T): T {
    if (!this.byName.has(name)) this.byName.set(name, create());
    return this.byName.get(name) as T;
  }
}

export type Context = {
  req: Request;
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
