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

const refuse = (field: string, message: string, reason: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field, reason, http: { status: 400 } } });

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
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 1 });
          if (coerced.errors?.length) {
            const [error] = coerced.errors;
            const variable = /^Variable "\$(\w+)"/.exec(error.message)?.[1] ?? 'variables';
            throw refuse(argumentOf(operation, variable) ?? variable, hintless(error.message), 'INVALID_VARIABLE');
          }
          const field = nulField(document, operation, request.variables ?? {});
          if (field) throw refuse(field, `${field} must not contain a NUL character (U+0000)`, 'NUL_CHARACTER');
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

/** The first argument (or variable) whose value holds a NUL character, as a dotted path. */
function nulField(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): string | undefined {
  for (const [name, value] of Object.entries(variables)) {
    const inner = nulPath(value, '');
    if (inner !== undefined) return `${argumentOf(operation, name) ?? name}${inner}`;
  }
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

function nulPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes(NUL) ? path : undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const inner = nulPath(item, path);
      if (inner !== undefined) return inner;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes(NUL)) return `${path}.${key.replace(/\u0000/g, '')}`;
      const inner = nulPath(item, `${path}.${key}`);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}
