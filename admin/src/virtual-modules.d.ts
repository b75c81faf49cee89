declare module 'virtual:hoagiai-schema' {
  import type { IntrospectionSchema } from 'graphql';
  /** The schema the console was built with, as an introspection result (vite.config.ts). */
  const introspection: IntrospectionSchema | null;
  export default introspection;
}
