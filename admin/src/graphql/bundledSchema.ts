import type { IntrospectionSchema } from 'graphql';
import introspection from 'virtual:hoagiai-schema';

/**
 * The committed schema (schema/schema.graphql), bundled at build time as an introspection result
 * (vite.config.ts), or null when the build had none: the data provider then introspects the server.
 */
export const bundledSchema = (): IntrospectionSchema | null => introspection;
