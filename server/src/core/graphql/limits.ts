import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  isListType,
  getNullableType,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLSchema,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PER_PAGE } from './list';

export const LIMITS = { depth: 10, aliases: 30, cost: 25_000 };

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
        if (depth > max) context.reportError(new GraphQLError(`The query is nested ${depth} levels deep; at most ${max} are allowed`));
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
          if (count > max) context.reportError(new GraphQLError(`The query uses ${count} aliases; at most ${max} are allowed`));
        },
      },
    };
  };
}

/** A nested list without paging arguments (a plan's tasks, a task's agencies) is short by nature. */
export const UNPAGED_LIST_ESTIMATE = 10;

/**
 * Cost: each field costs 1, and a list field multiplies its children by the rows it may return:
 * the page it asks for (perPage, the number of ids, or the default page size), or
 * UNPAGED_LIST_ESTIMATE for a list that takes no paging arguments.
 */
const pageEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  // Introspection is bounded by the schema itself, and clients (the console) need it whole.
  if (field.name.startsWith('__')) return 0;
  const type = getNullableType(field.type);
  if (!isListType(type)) return 1 + childComplexity;
  const paged = field.args.some((arg) => arg.name === 'perPage');
  const ids = Array.isArray(args.filter?.ids) ? args.filter.ids.length : undefined;
  const rows = paged ? (typeof args.perPage === 'number' ? args.perPage : ids ?? DEFAULT_PER_PAGE) : UNPAGED_LIST_ESTIMATE;
  return 1 + Math.max(1, rows) * Math.max(1, childComplexity);
};

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
    cost = getComplexity({ schema, query: document, variables, operationName, estimators: [pageEstimator] });
    if (byVariables.size >= 100) byVariables.clear();
    byVariables.set(key, cost);
  }
  return cost;
}

export function costLimitPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = costOf(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          if (cost > max) {
            throw new GraphQLError(`The query would cost ${cost}; at most ${max} is allowed. Ask for smaller pages or fewer fields.`, {
              extensions: { code: 'BAD_USER_INPUT', field: 'query', cost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
