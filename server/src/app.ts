import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import express from 'express';
import proxyaddr from 'proxy-addr';
import type { DataSource } from 'typeorm';
import type { Config } from './core/config';
import { Loaders, RequestTransaction } from './core/context';
import { AppError, formatError, fromDatabaseError, unauthenticated } from './core/errors';
import { SessionCache } from './core/auth/session-cache';
import { sessionTokenOf, type SessionToken } from './core/auth/session-cookie';
import { inputGuardPlugin } from './core/graphql/input-guard';
import { aliasLimit, costLimitPlugin, depthLimit, LIMITS } from './core/graphql/limits';
import { apiSchema } from './core/graphql/schema';
import { compiledExecution } from './core/graphql/jit';
import { serveConsole } from './core/http/console';
import { Drain } from './core/http/drain';
import { jsonErrorHandler, notFoundHandler, writeHttpError } from './core/http/errors';
import { graphqlLane, type Middleware } from './core/http/graphql-lane';
import { jsonBody } from './core/http/json-body';
import { databaseReadiness, healthRoutes } from './core/http/health';
import { securityHeaders } from './core/http/security';
import { EMPTY_SCOPE, narrowScope, scopeOf, type Scope } from './core/tenancy/scope';
import { dataSourceFor } from './core/read-replica';
import type { AuthContext } from './modules/users/auth.resolver';
import { AuthService } from './modules/users/auth.service';
import { downloadRoutes } from './modules/documents/download.routes';
import { planReadingRoutes } from './modules/documents/plan-reading.routes';

export type AppOptions = {
  config: Config;
  dataSource: DataSource;
  log: (message: string) => void;
  /** Tests read the number of SQL statements a request ran from `extensions.sqlStatements`. */
  exposeStatementCount?: boolean;
  /** False while the server still loads data after listening: readiness answers 503 meanwhile. */
  isReady?: () => boolean;
  /** A read replica (DATABASE_READ_URL) for analysts' queries; see core/read-replica.ts. */
  readDataSource?: DataSource;
  /**
   * Queries through graphql-js, not compiled (core/graphql/jit.ts), and every field resolver called
   * by type-graphql itself (core/graphql/direct-field-resolvers.ts): the reference a test compares the fast path with.
   */
  interpretQueries?: boolean;
  /** Every request through Express, POST /graphql too (core/http/graphql-lane.ts): a test compares the two. */
  expressOnly?: boolean;
};

type ServerContext = AuthContext;

/**
 * Commits the request's transaction when the answer has no errors, rolls it back otherwise, and
 * says when to retry a throttled request (Retry-After).
 */
function transactionPlugin(options: AppOptions): ApolloServerPlugin<ServerContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (operation) contextValue.tx.resolved(operation.operation, dataSourceFor(options.dataSource, options.readDataSource, contextValue.scope, operation.operation));
        },
        async willSendResponse({ contextValue, response, operation }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          try {
            const committed = !body?.errors?.length;
            await contextValue.tx.finish(committed);
            if (committed && operation?.operation === 'mutation') contextValue.auth.changed();
          } catch (error) {
            const known = fromDatabaseError(error);
            if (!known) options.log(`commit failed: ${String((error as Error).stack ?? error)}`);
            if (body) {
              body.data = null;
              body.errors = [known
                ? { message: known.message, extensions: { code: known.extensions.code, reason: known.extensions.reason, ...(known.extensions.params ? { params: known.extensions.params } : {}) } }
                : { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_ERROR' } }];
            }
          }
          const retryAfter = body?.errors?.map((e) => Number(e.extensions?.retryAfterSeconds)).find((s) => s > 0);
          if (retryAfter) response.http.headers.set('retry-after', String(retryAfter));
          if (body && options.exposeStatementCount) {
            body.extensions = {
              ...body.extensions,
              sqlStatements: contextValue.tx.counter.statements,
              sqlStatementsOutsideTransaction: contextValue.outside.statements,
            };
          }
        },
      };
    },
  };
}

export async function createApp(options: AppOptions) {
  const { config, dataSource, log } = options;
  const appUrl = String((dataSource.options as { url?: string }).url);
  const sessions = new SessionCache(appUrl, log);
  sessions.start();
  const auth = new AuthService(dataSource, config.tokenTtlSeconds, config.limits, sessions);
  const apollo = new ApolloServer<ServerContext>({
    // Queries run compiled (core/graphql/jit.ts): Apollo takes the schema from that gateway.
    gateway: compiledExecution(apiSchema({ reference: options.interpretQueries }), { compile: !options.interpretQueries }),
    introspection: config.introspection,
    // The console's largest query is about 210 tokens (measured over the browser tests): a document of
    // more than 2,000 is refused while parsing, before validation (whose overlap check is quadratic).
    parseOptions: { maxTokens: 2_000 },
    validationRules: [depthLimit(LIMITS.depth), aliasLimit(LIMITS.aliases)],
    // PERF: Apollo installs its cache-control plugin by default, a hook on every field resolved;
    // nothing here sets cache hints, so it only costs.
    plugins: [inputGuardPlugin(), costLimitPlugin(LIMITS.cost, config.limits), transactionPlugin(options), ApolloServerPluginCacheControlDisabled()],
    // main.ts drains the requests in flight on SIGTERM/SIGINT, then stops Apollo: Apollo must not stop
    // itself on the signal first (its default outside NODE_ENV=test), which cut requests off and
    // left the process waiting forever.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.development,
    hideSchemaDetailsFromClientErrors: !config.development,
    formatError: (formatted, error) => formatError(formatted, error, (e) => log(`internal error: ${String((e as Error)?.stack ?? e)}`)),
  });
  await apollo.start();

  const drain = new Drain();
  const readiness = databaseReadiness(appUrl, () => options.isReady?.() ?? true);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // The client's address as Express's req.ip gives it (the same trust-proxy setting), on either path.
  const trust = app.get('trust proxy fn') as Parameters<typeof proxyaddr>[1];
  const contextOf = (req: IncomingMessage, res: ServerResponse) => requestContext(req, res, auth, dataSource, config, proxyaddr(req, trust) ?? 'unknown');
  const security = securityHeaders(config.secureCookies);
  app.use(security);
  app.use(drain.track);
  healthRoutes(app, readiness, () => drain.isDraining);
  // The API is an application of its own so that its answers carry no ETag: each is per caller and
  // no-store, so the hash of every answer (1 % of W4's CPU) served no one. The console's files keep
  // theirs (the main application's default). Mounted, it inherits the main application's settings.
  const api = express();
  api.disable('x-powered-by');
  api.set('etag', false);
  app.use('/graphql', api);
  // Answers are per caller: no shared cache or browser cache may keep them.
  const noStore = (_req: IncomingMessage, res: ServerResponse, next: () => void) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
  // The console's largest request is about 3 kB; a long plan text is well under 100 kB.
  const BODY_LIMIT = 256 * 1024;
  const jsonBodyParser = express.json({ limit: BODY_LIMIT, strict: true });
  const graphqlContext = async (req: IncomingMessage, res: ServerResponse) => {
    const ctx = await contextOf(req, res);
    res.on('close', () => void ctx.tx.finish(false).catch(() => undefined));
    return ctx;
  };
  api.use(noStore, jsonBodyParser, expressMiddleware(apollo, { context: ({ req, res }) => graphqlContext(req, res) }));
  // Official documents (issue 12): internal GraphQL operations with the request's own context.
  app.use('/documents', planReadingRoutes({ apollo, context: contextOf }));
  app.use('/documents', downloadRoutes({ apollo, context: contextOf, rendersPerCaller: config.limits.expensiveRequestsPerUser }));
  serveConsole(app, log);
  app.use(notFoundHandler);
  app.use(jsonErrorHandler(config.development, log));
  // POST /graphql past Express (graphql-lane.ts), with the same middlewares in the same order.
  const listener: RequestListener = options.expressOnly ? app : graphqlLane({
    app, apollo, middlewares: [security, drain.track, noStore, jsonBody({ limit: BODY_LIMIT, fallback: jsonBodyParser as Middleware })], context: graphqlContext,
    onError: (error, res) => writeHttpError(res, error as Error, config.development, log),
  });
  return {
    /** The HTTP server's request listener: the lane for POST /graphql, the Express application for the rest. */
    listener,
    apollo,
    drain,
    /** Stops what the app owns beyond its HTTP server (the readiness pool, the session listener). */
    close: async () => {
      await sessions.stop();
      await readiness.close();
    },
  };
}

/**
 * The caller behind the request's session (one lookup by key: the session carries the
 * memberships), the scope that follows, narrowed by x-unit-id. Nothing here throws: a refusal is
 * kept as contextError and raised when a resolver needs the caller, and an unreachable database
 * answers SERVICE_UNAVAILABLE the same way.
 */
async function requestContext(
  req: IncomingMessage, res: ServerResponse, auth: AuthService, dataSource: DataSource, config: Config, clientAddress: string,
): Promise<ServerContext> {
  let caller: ServerContext['caller'];
  let scope: Scope = EMPTY_SCOPE;
  let contextError: Error | undefined;
  const outside = { statements: 0 };
  const found = sessionTokenOf(req);
  const session: SessionToken | undefined = found === 'malformed' ? undefined : found;
  try {
    if (found === 'malformed') contextError = unauthenticated();
    if (session) {
      caller = await auth.authenticate(session.token, outside);
      if (caller) scope = scopeOf(caller.memberships);
      else contextError = unauthenticated();
    }
    const unitHeader = req.headers['x-unit-id'];
    if (caller && typeof unitHeader === 'string' && unitHeader !== '') {
      const unitId = Number(unitHeader);
      const own = caller.memberships.find((m) => m.unitId === unitId)?.unitPath;
      const unitPath = own ?? (Number.isInteger(unitId) && unitId > 0 && unitId < 2 ** 31 ? await auth.unitPath(unitId, outside) : undefined);
      scope = narrowScope(scope, caller.memberships, unitPath ?? '\u0000not-a-unit');
    }
  } catch (error) {
    contextError = error instanceof AppError ? error : (fromDatabaseError(error) ?? error as Error);
    scope = EMPTY_SCOPE;
  }
  const tx = new RequestTransaction(dataSource, scope, caller?.userId);
  return {
    req, res, caller, scope, tx, loaders: new Loaders(), db: () => tx.manager(), contextError, auth, session,
    outside, secureCookies: config.secureCookies, clientAddress,
  };
}
