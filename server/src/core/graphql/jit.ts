import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, GraphQLError, parse, print, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Queries run compiled (graphql-jit): a document's query is compiled, once, into one function
 * that resolves its fields without graphql-js's generic walk over the selection. PERF:
 * W1 (100 districts, 700 objects) spent half its server CPU in that walk; compiled, the server
 * process's CPU per request fell from 9.7 to 5.3 ms and W4's from 4.3 to 3.4 ms (issue 11,
 * docs/performance.md "Seventh round"). The resolvers are the same functions either way.
 *
 * - Compiling costs about 1 ms for a console query (15 ms for the introspection query), paid on
 *   the document's first request; the compiled queries kept are bounded (MAX_COMPILED).
 * - Mutations run through graphql-js: they are not hot, and their serial execution stays the
 *   reference implementation's.
 * - Variables are checked against their types before execution (input-guard.ts), so the compiled
 *   function's own coercion of them never answers first.
 * - graphql-jit writes what it compiled onto the document's nodes (the @include and @skip
 *   conditions): each operation is compiled from a private copy of the document, so a second
 *   operation of the same document, and graphql-js, never read the first one's.
 * - A document graphql-jit cannot compile runs through graphql-js.
 *
 * Apollo Server lets a custom executor in only as a gateway's; this is that gateway, with the one
 * schema and no updates.
 */
export function compiledExecution(schema: GraphQLSchema, { compile = true } = {}): GatewayInterface {
  const executor: GatewayExecutor = async ({ document, operation, operationName, context, request }) => {
    const compiled = compile && operation.operation === 'query' ? compiledFor(schema, document, operationName ?? undefined) : undefined;
    if (!compiled) return execute({ schema, document, operationName, contextValue: context, variableValues: request.variables });
    const result = await compiled.query(undefined, context, request.variables ?? {});
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
  return {
    async load() {
      return { schema, executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}

/**
 * The compiled queries, by document (Apollo keeps one parsed document per query text) and
 * operation, the most recently used last. The console sends about a hundred distinct documents;
 * past MAX_COMPILED the least recently used is dropped, so documents made up by the thousand
 * cannot fill the memory with compiled code.
 */
export const MAX_COMPILED = 500;
const compiledQueries = new Map<DocumentNode, Map<string, CompiledQuery | null>>();

export const compiledDocumentCount = () => compiledQueries.size;

function compiledFor(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | undefined {
  let byOperation = compiledQueries.get(document);
  if (byOperation) compiledQueries.delete(document);
  else byOperation = new Map();
  compiledQueries.set(document, byOperation);
  if (compiledQueries.size > MAX_COMPILED) compiledQueries.delete(compiledQueries.keys().next().value!);
  const key = operationName ?? '';
  let compiled = byOperation.get(key);
  if (compiled === undefined) {
    // Parsed again from its text, so that the errors' locations still point into it.
    const copy = parse(document.loc?.source ?? print(document));
    const result = compileQuery(schema, copy, operationName);
    byOperation.set(key, (compiled = isCompiledQuery(result) ? result : null));
  }
  return compiled ?? undefined;
}

/**
 * graphql-jit's errors carry the message, locations, path and original error, but no extensions
 * object when the original error has none: Apollo reads `extensions.code` of every error, and
 * formatError unwraps `originalError`. Each becomes graphql-js's own error, as graphql-js makes it.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const made = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions });
  if (error.locations) (made as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return made;
}
