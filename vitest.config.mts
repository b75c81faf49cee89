import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  // One graphql for everything: the CommonJS build the server runs with. graphql-query-complexity's
  // ESM build imports 'graphql/index.mjs' directly, so it is pointed at its CommonJS build too.
  resolve: {
    alias: {
      graphql: require.resolve('graphql'),
      'graphql-query-complexity': require.resolve('graphql-query-complexity'),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
    pool: 'forks',
    // Every query text kept by query-text.ts is compared with TypeORM's own when it is used.
    env: { QUERY_TEXT_CHECK: '1' },
  },
});
