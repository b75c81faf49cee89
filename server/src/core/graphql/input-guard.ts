import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getVariableValues,
  Kind,
  type DocumentNode,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';

/** PostgreSQL text cannot hold U+0000: a string carrying it is refused before any SQL runs. */
const NUL = '\u0000';
/** No argument takes more items than a nested list may hold (bounds.ts): a longer one is refused before any work. */
export const MAX_INPUT_LIST = 1_000;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Input objects of this API nest two or three levels; deeper variables are refused without walking them further. */
const MAX_INPUT_DEPTH = 16;

const refuse = (field: string, message: string, reason: string, params?: Record<string, unknown>) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field, reason, ...(params ? { params } : {}), http: { status: 400 } } });

/**
 * Checks what the operation's arguments carry before anything else looks at them:
 * - variables are coerced to their declared types first (a number for a String! answers
 *   BAD_USER_INPUT naming the variable, instead of failing later inside the cost estimator);
 * - no string, in a variable or inline, holds a NUL byte (BAD_USER_INPUT naming the argument).
 */
export function inputGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          if (operation.operation === 'subscription') {
            throw new GraphQLError('This API has no subscriptions', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
          }
          const problem = inspectVariables(request.variables ?? {});
          if (problem) {
            const [variable, ...rest] = problem.path.split('.');
            const field = [argumentOf(operation, variable) ?? variable, ...rest].join('.');
            if (problem.kind === 'nul') throw refuse(field, `${field} must not contain a NUL character (U+0000)`, 'NUL_CHARACTER');
            if (problem.kind === 'unicode') throw refuse(field, `${field} is not well-formed Unicode (a lone surrogate)`, 'MALFORMED_TEXT');
            if (problem.kind === 'deep') throw refuse(field, `${field} is nested more than ${MAX_INPUT_DEPTH} levels deep`, 'NESTED_TOO_DEEP', { max: MAX_INPUT_DEPTH });
            throw new GraphQLError(`${field} holds more than ${MAX_INPUT_LIST} items`, {
              extensions: { code: 'BAD_USER_INPUT', field, reason: 'LIST_TOO_LONG', params: { max: MAX_INPUT_LIST }, http: { status: 400 } },
            });
          }
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 1 });
          if (coerced.errors?.length) {
            const [error] = coerced.errors;
            const variable = /^Variable "\$(\w+)"/.exec(error.message)?.[1] ?? 'variables';
            // A scalar that refused the value with its own reason (Decimal, IndicatorCode) keeps it.
            const own = (error.originalError as { extensions?: { reason?: unknown } } | undefined)?.extensions?.reason;
            throw refuse(argumentOf(operation, variable) ?? variable, hintless(error.message), typeof own === 'string' ? own : 'INVALID_VARIABLE');
          }
          const inline = nulLiteral(document);
          if (inline) throw refuse(inline, `${inline} must not contain a NUL character (U+0000)`, 'NUL_CHARACTER');
        },
      };
    },
  };
}

/** graphql-js adds "Did you mean ...?" to some coercion messages: never suggest schema names. */
const hintless = (message: string) => message.replace(/\s*Did you mean[^?]*\?/g, '');

/** The argument (dotted path) a variable is passed to, so a refusal names the field as a client wrote it. */
function argumentOf(operation: OperationDefinitionNode, variable: string): string | undefined {
  let found: string | undefined;
  const visitValue = (value: ValueNode, path: string) => {
    if (found) return;
    if (value.kind === Kind.VARIABLE && value.name.value === variable) found = path;
    else if (value.kind === Kind.OBJECT) value.fields.forEach((f) => visitValue(f.value, `${path}.${f.name.value}`));
    else if (value.kind === Kind.LIST) value.values.forEach((v) => visitValue(v, path));
  };
  const visitSelections = (node: { selectionSet?: { selections: readonly unknown[] } }) => {
    for (const selection of (node.selectionSet?.selections ?? []) as { kind: Kind; arguments?: readonly { name: { value: string }; value: ValueNode }[] }[]) {
      for (const argument of selection.arguments ?? []) visitValue(argument.value, argument.name.value);
      visitSelections(selection as never);
    }
  };
  visitSelections(operation);
  return found;
}

/** The first string literal of the document holding a NUL character, named by its argument. */
function nulLiteral(document: DocumentNode): string | undefined {
  let found: string | undefined;
  const visitValue = (value: ValueNode, path: string) => {
    if (found) return;
    if (value.kind === Kind.STRING && value.value.includes(NUL)) found = path;
    else if (value.kind === Kind.OBJECT) value.fields.forEach((f) => visitValue(f.value, `${path}.${f.name.value}`));
    else if (value.kind === Kind.LIST) value.values.forEach((v) => visitValue(v, path));
  };
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    const { arguments: args, selectionSet, definitions } = node as {
      arguments?: readonly { name: { value: string }; value: ValueNode }[];
      selectionSet?: { selections: readonly unknown[] };
      definitions?: readonly unknown[];
    };
    args?.forEach((argument) => visitValue(argument.value, argument.name.value));
    selectionSet?.selections.forEach(visit);
    definitions?.forEach(visit);
  };
  visit(document);
  return found;
}

type Problem = { path: string; kind: 'nul' | 'unicode' | 'list' | 'deep' };

/** Walks the variables without recursion (a hostile body may nest thousands of levels): the first NUL, over-long list or over-deep value. */
function inspectVariables(variables: Record<string, unknown>): Problem | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = Object.entries(variables).map(([name, value]) => ({ value, path: name, depth: 0 }));
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes(NUL)) return { path, kind: 'nul' };
      if (LONE_SURROGATE.test(value)) return { path, kind: 'unicode' };
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) return { path, kind: 'deep' };
    if (Array.isArray(value)) {
      if (value.length > MAX_INPUT_LIST) return { path, kind: 'list' };
      for (const item of value) stack.push({ value: item, path, depth: depth + 1 });
    } else {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes(NUL)) return { path: `${path}.${key.replace(/\u0000/g, '')}`, kind: 'nul' };
        stack.push({ value: item, path: `${path}.${key}`, depth: depth + 1 });
      }
    }
  }
  return undefined;
}
