import type { ApolloClient } from '@apollo/client';
import buildGraphQLProvider, { buildQueryFactory, buildGqlQuery, buildVariables, getResponseParser } from 'ra-data-graphql-simple';
import { introspectSchema, type IntrospectionOptions, type IntrospectionResult } from 'ra-data-graphql';
import type { DataProvider } from 'react-admin';
import { toHttpError } from './apiErrors';
import { bundledSchema } from './bundledSchema';
import { buildVariablesWithVersion, declaredVariables } from './variables';
import { selectionFor } from './fieldSelections';

type GraphQLDataProvider = ReturnType<typeof buildGraphQLProvider>;
type BuildQuery = ReturnType<ReturnType<typeof buildQueryFactory>>;

/** A cleared filter input (empty text, "any" in a yes/no select) means no filter, not "equals empty". */
const withoutEmptyValues = (filter: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== '' && value != null));

const baseBuildQuery = buildQueryFactory(buildVariablesWithVersion(buildVariables), buildGqlQuery, getResponseParser);

/**
 * The library's query builder, with each resource's field selection (see fieldSelections.ts) and
 * only the variables the operation declares (react-admin passes the whole record to updates).
 */
const buildQuery = (introspection: IntrospectionResult): BuildQuery => {
  const build = baseBuildQuery(introspection);
  return (fetchType, resource, params) => {
    const sparseFields = selectionFor(resource, fetchType);
    const cleaned = params?.filter ? { ...params, filter: withoutEmptyValues(params.filter) } : params;
    const withFields = sparseFields ? { ...cleaned, meta: { ...cleaned?.meta, sparseFields } } : cleaned;
    const built = build(fetchType, resource, withFields);
    return { ...built, variables: declaredVariables(introspection, resource, fetchType, built.variables) };
  };
};

/**
 * The schema the console was built with (schema/schema.graphql, checked against the server's code
 * by a test): no introspection round trip before the first screen, and none needed where the
 * server disables introspection (production). Runtime introspection only when none was bundled.
 */
const resolveIntrospection = async (client: ApolloClient<unknown>, options: IntrospectionOptions) => {
  const schema = bundledSchema();
  return introspectSchema(client, schema ? { ...options, schema } : options);
};

const build = (client: ApolloClient<unknown>): GraphQLDataProvider => {
  const options = {
    client,
    buildQuery,
    resolveIntrospection,
    query: () => ({ fetchPolicy: 'no-cache' as const }),
    mutation: () => ({ fetchPolicy: 'no-cache' as const }),
  };
  return buildGraphQLProvider(options);
};

const formFieldsOf = (params: unknown): string[] => {
  const data = (params as { data?: unknown } | undefined)?.data;
  return data && typeof data === 'object' ? Object.keys(data) : [];
};

/**
 * ra-data-graphql-simple over the console's Apollo client. Two things are added around it:
 * introspection is retried after a failure (the library would keep the failed promise forever,
 * e.g. when the first request ran before the server was up), and API errors become HttpErrors
 * carrying their `extensions.code` (see apiErrors.ts).
 */
export const createDataProvider = (client: ApolloClient<unknown>): DataProvider => {
  let provider = build(client);
  const ready = async (): Promise<GraphQLDataProvider> => {
    const current = provider;
    try {
      await current.getIntrospection();
      return current;
    } catch (error) {
      if (provider === current) provider = build(client);
      throw error;
    }
  };
  const run = async <T,>(params: unknown, call: (target: GraphQLDataProvider) => Promise<T>): Promise<T> => {
    try {
      return await call(await ready());
    } catch (error) {
      throw toHttpError(error, formFieldsOf(params));
    }
  };
  return {
    getList: (resource, params) => run(params, (p) => p.getList(resource, params)),
    getOne: (resource, params) => run(params, (p) => p.getOne(resource, params)),
    getMany: (resource, params) => run(params, (p) => p.getMany(resource, params)),
    getManyReference: (resource, params) => run(params, (p) => p.getManyReference(resource, params)),
    create: (resource, params) => run(params, (p) => p.create(resource, params)),
    update: (resource, params) => run(params, (p) => p.update(resource, params)),
    updateMany: (resource, params) => run(params, (p) => p.updateMany(resource, params)),
    delete: (resource, params) => run(params, (p) => p.delete(resource, params)),
    // Every delete carries the version it read (the server checks it in the DELETE): a bulk delete
    // reads each selected record and deletes it with that version, one after the other.
    deleteMany: (resource, params) =>
      run(params, async (p) => {
        const deleted = [];
        for (const id of params.ids) {
          const { data: record } = await p.getOne(resource, { id });
          await p.delete(resource, { id, previousData: record });
          deleted.push(id);
        }
        return { data: deleted };
      }),
  };
};
