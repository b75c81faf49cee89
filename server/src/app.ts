import { existsSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request } from 'express';
import type { DataSource } from 'typeorm';
import { repoRoot, type Config } from './core/config';
import { Loaders, RequestTransaction, type Caller, type Context } from './core/context';
import { AppError, formatError, unauthenticated } from './core/errors';
import { verifyToken } from './core/auth/token';
import { aliasLimit, costLimitPlugin, depthLimit, LIMITS } from './core/graphql/limits';
import { apiSchema } from './core/graphql/schema';
import { EMPTY_SCOPE, narrowScope, scopeOf, type Scope } from './core/tenancy/scope';
import { dataSourceFor } from './core/read-replica';
import { AuthService } from './modules/users/auth.service';

export type AppOptions = {
  config: Config;
  dataSource: DataSource;
  log: (message: string) => void;
  /** Tests read the number of SQL statements a request ran from `extensions.sqlStatements`. */
  exposeStatementCount?: boolean;
  isReady?: () => boolean;
  /** A read replica (DATABASE_READ_URL) for analysts' queries; see core/read-replica.ts. */
  readDataSource?: DataSource;
};

type ServerContext = Context & { auth: AuthService };

/** Commits the request's transaction when the answer has no errors, rolls it back otherwise. */
function transactionPlugin(options: AppOptions): ApolloServerPlugin<ServerContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (operation) contextValue.tx.resolved(operation.operation, dataSourceFor(options.dataSource, options.readDataSource, contextValue.scope, operation.operation));
        },
        async willSendResponse({ contextValue, response }) {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          try {
            await contextValue.tx.finish(!body?.errors?.length);
          } catch (error) {
            options.log(`commit failed: ${String((error as Error).stack ?? error)}`);
            if (body) {
              body.data = null;
              body.errors = [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
            }
          }
          if (body && options.exposeStatementCount) {
            body.extensions = { ...body.extensions, sqlStatements: contextValue.tx.counter.statements };
          }
        },
      };
    },
  };
}

export async function createApp(options: AppOptions) {
  const { config, dataSource, log } = options;
  const auth = new AuthService(dataSource, config.jwtSecret, config.tokenTtlSeconds);
  const apollo = new ApolloServer<ServerContext>({
    schema: apiSchema(),
    introspection: true,
    validationRules: [depthLimit(LIMITS.depth), aliasLimit(LIMITS.aliases)],
    // PERF: Apollo installs its cache-control plugin by default, a hook on every field resolved;
    // nothing here sets cache hints, so it only costs.
    plugins: [costLimitPlugin(LIMITS.cost), transactionPlugin(options), ApolloServerPluginCacheControlDisabled()],
    includeStacktraceInErrorResponses: config.development,
    hideSchemaDetailsFromClientErrors: !config.development,
    formatError: (formatted, error) => formatError(formatted, error, (e) => log(`internal error: ${String((e as Error)?.stack ?? e)}`)),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    const ready = options.isReady ? options.isReady() : true;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'starting' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const ctx = await requestContext(req, auth, dataSource);
        res.on('close', () => void ctx.tx.finish(false).catch(() => undefined));
        return ctx;
      },
    }),
  );
  serveConsole(app, log);
  return { app, apollo };
}

async function requestContext(req: Request, auth: AuthService, dataSource: DataSource): Promise<ServerContext> {
  let caller: Caller | undefined;
  let scope: Scope = EMPTY_SCOPE;
  let contextError: AppError | undefined;
  const header = req.headers.authorization;
  if (header) {
    const userId = header.startsWith('Bearer ') ? verifyToken(header.slice(7).trim(), auth.secret) : undefined;
    if (userId) {
      caller = await auth.caller(userId);
      scope = scopeOf(caller.memberships);
    } else {
      contextError = unauthenticated();
    }
  }
  const unitHeader = req.headers['x-unit-id'];
  if (caller && typeof unitHeader === 'string' && unitHeader !== '') {
    const unitId = Number(unitHeader);
    const unitPath = Number.isInteger(unitId) && unitId > 0 ? await auth.unitPath(unitId) : undefined;
    try {
      scope = narrowScope(scope, caller.memberships, unitPath ?? '\u0000not-a-unit');
    } catch (error) {
      contextError = error as AppError;
      scope = EMPTY_SCOPE;
    }
  }
  const tx = new RequestTransaction(dataSource, scope, caller?.userId);
  const ctx: ServerContext = { req, caller, scope, tx, loaders: new Loaders(), db: () => tx.manager(), contextError, auth };
  return ctx;
}

/** The console is a static build served beside the API, so one port serves both. */
function serveConsole(app: express.Express, log: (message: string) => void) {
  const dist = path.join(repoRoot, 'admin', 'dist');
  app.get('/', (_req, res) => res.redirect('/admin/'));
  if (!existsSync(path.join(dist, 'index.html'))) {
    log(`The console is not built (${dist} is missing): run "npm run build" to serve it at /admin.`);
    app.use('/admin', (_req, res) => res.status(503).send('The console is not built: run "npm run build".'));
    return;
  }
  app.use('/admin', express.static(dist, { index: false, maxAge: '1h' }));
  app.get(/^\/admin(\/.*)?$/, (_req, res) => res.sendFile(path.join(dist, 'index.html')));
}
