import 'reflect-metadata';
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, getMetadataStorage, type AuthChecker } from 'type-graphql';
import { resolvers } from '../../modules';
import type { Context } from '../context';
import { forbidden, unauthenticated } from '../errors';
import { enforceListBounds } from './bounds';
import { callFieldResolversDirectly } from './direct-field-resolvers';
import { validateOncePerField } from './validation';

/**
 * @Authorized()          a signed-in caller;
 * @Authorized('WRITER')  a caller whose scope writes somewhere (analysts never do);
 * @Authorized('ADMIN')   a system or province administrator.
 * Which rows they may touch is left to row-level security.
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (context.contextError) throw context.contextError;
  if (!context.caller) throw unauthenticated('SIGN_IN_REQUIRED');
  if (roles.includes('ADMIN') && context.scope.admin.length === 0) throw forbidden('Only administrators manage accounts and memberships', 'ADMIN_ONLY');
  if (roles.includes('WRITER') && context.scope.write.length === 0) throw forbidden('Your role reads only; it cannot change data', 'READ_ONLY_ROLE');
  return true;
};

/**
 * PERF: type-graphql wraps every plain field of an object type in a resolver whose only work is to
 * apply field middlewares and field-level @Authorized; no object type here has either, and W1 alone
 * resolves some 800 plain fields. Object types without them resolve plain fields with graphql's
 * default resolver (type-graphql's own `simpleResolvers` option); field resolvers are unchanged,
 * and a type that gains a field middleware or @Authorized field keeps the wrappers.
 */
function resolvePlainFieldsSimply(): void {
  const storage = getMetadataStorage();
  const guarded = new Set<Function>([...storage.authorizedFields, ...storage.middlewares, ...storage.resolverMiddlewares].map((m) => m.target));
  for (const type of storage.objectTypes) if (type.simpleResolvers === undefined && !guarded.has(type.target)) type.simpleResolvers = true;
}

const schemas = new Map<boolean, GraphQLSchema>();

/**
 * The API's schema. With `reference`, type-graphql calls every field resolver itself
 * (direct-field-resolvers.ts is not applied): the interpreted server the compiled-execution test
 * compares answers with.
 */
export function apiSchema({ reference = false }: { reference?: boolean } = {}): GraphQLSchema {
  let schema = schemas.get(reference);
  if (!schema) {
    resolvePlainFieldsSimply();
    const built = buildSchemaSync({ resolvers, authChecker, validateFn: validateOncePerField });
    if (!reference) callFieldResolversDirectly(built, resolvers);
    // Nested lists refuse more items than their bound (bounds.ts); a plain list field keeps the
    // default resolver inside that check.
    schemas.set(reference, (schema = enforceListBounds(built)));
  }
  return schema;
}

export const printApiSchema = () => printSchema(apiSchema()) + '\n';
