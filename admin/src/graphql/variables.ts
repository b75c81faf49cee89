import type { IntrospectionField } from 'graphql';
import type { IntrospectedResource, IntrospectionResult } from 'ra-data-graphql';
import { DELETE } from 'react-admin';

type Variables = Record<string, unknown>;
type BuildVariables = (
  introspection: IntrospectionResult,
) => (resource: IntrospectedResource, fetchType: string, params: { previousData?: { version?: unknown } }, queryType: IntrospectionField) => Variables;

const declares = (queryType: IntrospectionField | undefined, name: string): boolean =>
  !!queryType?.args.some((arg) => arg.name === name);

/**
 * Deletes send the version the user read when the mutation accepts one, so deleting a record
 * someone else changed meanwhile answers CONFLICT instead of silently winning.
 */
export const buildVariablesWithVersion =
  (base: BuildVariables): BuildVariables =>
  (introspection) =>
  (resource, fetchType, params, queryType) => {
    const variables = base(introspection)(resource, fetchType, params, queryType);
    const version = params?.previousData?.version;
    if (fetchType === DELETE && version != null && declares(queryType, 'version')) return { ...variables, version };
    return variables;
  };

const operationOf = (introspection: IntrospectionResult, resource: string, fetchType: string): IntrospectionField | undefined => {
  const found = introspection.resources.find((r) => r.type.name === resource) as Record<string, unknown> | undefined;
  return found?.[fetchType] as IntrospectionField | undefined;
};

/**
 * Only the variables the operation declares, without undefined ones. ra-data-graphql-simple
 * builds update variables from the whole record (nested objects, timestamps, its `meta`) and then
 * declares only the matching arguments; the rest need not travel.
 */
export const declaredVariables = (introspection: IntrospectionResult, resource: string, fetchType: string, variables: Variables | undefined): Variables => {
  const operation = operationOf(introspection, resource, fetchType);
  if (!operation || !variables) return variables ?? {};
  return Object.fromEntries(Object.entries(variables).filter(([name, value]) => value !== undefined && declares(operation, name)));
};
