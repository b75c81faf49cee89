import 'reflect-metadata';
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, type AuthChecker } from 'type-graphql';
import { resolvers } from '../../modules';
import type { Context } from '../context';
import { forbidden, unauthenticated } from '../errors';
import { validateOncePerField } from './validation';

/**
 * @Authorized()          a signed-in caller;
 * @Authorized('WRITER')  a caller whose scope writes somewhere (analysts never do);
 * @Authorized('ADMIN')   a system or province administrator.
 * Which rows they may touch is left to row-level security.
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (context.contextError) throw context.contextError;
  if (!context.caller) throw unauthenticated();
  if (roles.includes('ADMIN') && context.scope.admin.length === 0) throw forbidden('Only administrators manage accounts and memberships');
  if (roles.includes('WRITER') && context.scope.write.length === 0) throw forbidden('Your role reads only; it cannot change data');
  return true;
};

let schema: GraphQLSchema | undefined;

export function apiSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({ resolvers, authChecker, validateFn: validateOncePerField });
  return schema;
}

export const printApiSchema = () => printSchema(apiSchema()) + '\n';
