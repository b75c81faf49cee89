import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

/** A connect-style middleware as Express runs it, on Node's request and response. */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

export type LaneOptions<C extends BaseContext> = {
  /** Everything the lane does not take, served as before. */
  app: RequestListener;
  apollo: ApolloServer<C>;
  /** What the Express path runs before GraphQL, in its order: headers, drain tracking, the body parser. */
  middlewares: Middleware[];
  context: (req: IncomingMessage, res: ServerResponse) => Promise<C>;
  /** The answer to a middleware's failure (e.g. the body parser's), as the Express path gives it. */
  onError: (error: unknown, res: ServerResponse) => void;
};

/**
 * PERF: a signed-in POST /graphql served by Node's HTTP server and Apollo without Express's router,
 * request and response objects: a signed-in `{ __typename }` took 0.69–0.85 ms of the server's CPU
 * through Express and takes 0.45 ms here, the same saving on every request (docs/performance.md,
 * sixteenth round). The lane runs
 * the same middlewares as the Express path (security headers, drain tracking, no-store, the same
 * JSON body parser with its limit and errors) and hands Apollo's answer over as
 * @as-integrations/express5 does. It takes only a POST to exactly /graphql whose body is JSON;
 * every other request (GET, another content type, no body, a query string) goes to the Express
 * application unchanged, which still serves /graphql the same way.
 */
export function graphqlLane<C extends BaseContext>(options: LaneOptions<C>): RequestListener {
  const { app, apollo, middlewares, context, onError } = options;
  return (req, res) => {
    if (!takes(req)) {
      app(req, res);
      return;
    }
    let index = 0;
    const next = (error?: unknown) => {
      if (error !== undefined) {
        if (!res.headersSent) onError(error, res);
        else res.destroy();
        return;
      }
      const middleware = middlewares[index];
      index += 1;
      if (middleware) middleware(req, res, next);
      else answer(apollo, context, req as IncomingMessage & { body?: unknown }, res).catch((failure: unknown) => next(failure ?? new Error('GraphQL request failed')));
    };
    next();
  };
}

/** A POST to /graphql with a JSON body (the body parser reads it; no body would be left to Express to refuse). */
function takes(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || req.url !== '/graphql') return false;
  const type = req.headers['content-type'];
  if (type === undefined || type.split(';', 1)[0].trim().toLowerCase() !== 'application/json') return false;
  return req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
}

async function answer<C extends BaseContext>(
  apollo: ApolloServer<C>, context: LaneOptions<C>['context'], req: IncomingMessage & { body?: unknown }, res: ServerResponse,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: '', body: req.body },
    context: () => context(req, res),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.setHeader('Content-Length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
