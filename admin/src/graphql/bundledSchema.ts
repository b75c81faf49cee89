import { buildSchema, introspectionFromSchema, type IntrospectionSchema } from 'graphql';

// The committed schema (schema/schema.graphql, emitted from the server's code and checked in CI),
// bundled at build time when it exists. It stands in for runtime introspection when the server
// refuses it (introspection disabled in production, or its query-cost limit).
const files = import.meta.glob<string>('../../../schema/schema.graphql', { query: '?raw', import: 'default', eager: true });

let cached: IntrospectionSchema | null | undefined;

export const bundledSchema = (): IntrospectionSchema | null => {
  if (cached !== undefined) return cached;
  const sdl = Object.values(files)[0];
  cached = sdl ? introspectionFromSchema(buildSchema(sdl)).__schema : null;
  return cached;
};
