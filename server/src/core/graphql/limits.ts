import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLSchema,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ServerLimits } from '../config';
import { FIELD_COSTS, isPaged, listBound } from './bounds';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from './list';

export const LIMITS = { depth: 10, aliases: 30, cost: 250_000 };

/** Rejects documents nested deeper than `max` (introspection fields excluded: clients need them). */
export function depthLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition);
    }
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const selection of set.selections) {
        if (selection.kind === 'Field') {
          if (selection.name.value.startsWith('__')) continue;
          deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, seen));
        } else if (selection.kind === 'InlineFragment') {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
        } else if (!seen.has(selection.name.value)) {
          const fragment = fragments.get(selection.name.value);
          deepest = Math.max(deepest, depthOf(fragment?.selectionSet, new Set([...seen, selection.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > max) context.reportError(new GraphQLError(`The query is nested ${depth} levels deep; at most ${max} are allowed`, {
          extensions: { reason: 'QUERY_TOO_DEEP', params: { depth, max } },
        }));
      },
    };
  };
}

/** Rejects documents with more than `max` aliases: aliases multiply work without deepening the query. */
export function aliasLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    return {
      Field(node: FieldNode) {
        if (node.alias) count += 1;
      },
      Document: {
        leave() {
          if (count > max) context.reportError(new GraphQLError(`The query uses ${count} aliases; at most ${max} are allowed`, {
            extensions: { reason: 'TOO_MANY_ALIASES', params: { count, max } },
          }));
        },
      },
    };
  };
}

/**
 * Cost, in nodes: an object costs 1 plus its fields; a list costs its bound times one item (the
 * page asked for, at most MAX_PER_PAGE, or the number of ids; for a nested list its declared bound,
 * see bounds.ts); a list of scalars costs its bound / 100; a computed field costs what it
 * computes (FIELD_COSTS). Scalars cost nothing else. The limit (LIMITS.cost) is in the same nodes:
 * the worst case a query may reach, not what it usually returns.
 */
const costEstimator: ComplexityEstimator = ({ type: parent, field, args, childComplexity }) => {
  // Introspection is bounded by the schema itself, and clients (the console) need it whole.
  if (field.name.startsWith('__')) return 0;
  const own = FIELD_COSTS[`${parent.name}.${field.name}`] ?? 0;
  const type = getNullableType(field.type);
  const leaf = isLeafType(getNamedType(field.type));
  if (!isListType(type)) return own + (leaf ? 0 : 1 + childComplexity);
  let rows: number;
  if (isPaged(field)) {
    const ids = Array.isArray(args.filter?.ids) ? args.filter.ids.length : undefined;
    rows = typeof args.perPage === 'number' ? args.perPage : ids ?? DEFAULT_PER_PAGE;
    rows = Math.min(Math.max(1, rows), MAX_PER_PAGE);
  } else {
    rows = listBound(parent.name, field.name);
  }
  return own + (leaf ? Math.ceil(rows / 100) : rows * (1 + childComplexity));
};

/** The worst-case cost of an operation (see costEstimator); variables must already be valid. */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [costEstimator] });
}

/**
 * PERF: the cost of a document depends only on the document, its variables and the operation
 * chosen; Apollo hands the same parsed document to every request with the same text, so the cost
 * is computed once per document and variables, not on every request.
 */
const costs = new WeakMap<DocumentNode, Map<string, number>>();

function costOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined): number {
  let byVariables = costs.get(document);
  if (!byVariables) costs.set(document, (byVariables = new Map()));
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
  let cost = byVariables.get(key);
  if (cost === undefined) {
    cost = queryCost(schema, document, variables, operationName);
    if (byVariables.size >= 100) byVariables.clear();
    byVariables.set(key, cost);
  }
  return cost;
}

type CostContext = { caller?: { userId: number }; clientAddress?: string };

/**
 * Refuses a query whose worst case costs more than `max`, and lets each user (or address) run at
 * most `limits.expensiveRequestsPerUser` requests costing more than `limits.expensiveCost` at
 * once: more answer TOO_MANY_REQUESTS, so one analyst's heavy queries cannot starve everyone else.
 */
export function costLimitPlugin(max: number, limits: Pick<ServerLimits, 'expensiveCost' | 'expensiveRequestsPerUser'>): ApolloServerPlugin<CostContext> {
  const running = new Map<string, number>();
  return {
    async requestDidStart() {
      let holder: string | undefined;
      return {
        async didResolveOperation({ request, document, schema, contextValue }) {
          const cost = costOf(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          if (cost > max) {
            throw new GraphQLError(`The query could cost ${cost}; at most ${max} is allowed. Ask for smaller pages or fewer nested lists.`, {
              extensions: { code: 'BAD_USER_INPUT', field: 'query', reason: 'QUERY_TOO_COSTLY', params: { cost, max }, cost, maxCost: max, http: { status: 400 } },
            });
          }
          if (cost <= limits.expensiveCost) return;
          const key = contextValue.caller ? `user:${contextValue.caller.userId}` : `address:${contextValue.clientAddress ?? '?'}`;
          const count = running.get(key) ?? 0;
          if (count >= limits.expensiveRequestsPerUser) {
            throw new GraphQLError(`You already have ${count} expensive requests running; wait for them to finish.`, {
              extensions: { code: 'TOO_MANY_REQUESTS', reason: 'EXPENSIVE_REQUESTS_IN_FLIGHT', params: { count }, retryAfterSeconds: 1, cost, http: { status: 429, headers: new Map([['retry-after', '1']]) } },
            });
          }
          running.set(key, count + 1);
          holder = key;
        },
        async willSendResponse() {
          if (!holder) return;
          const count = (running.get(holder) ?? 1) - 1;
          if (count > 0) running.set(holder, count);
          else running.delete(holder);
          holder = undefined;
        },
      };
    },
  };
}
