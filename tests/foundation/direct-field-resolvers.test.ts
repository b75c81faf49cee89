import 'reflect-metadata';
import { buildSchemaSync, getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { callFieldResolversDirectly } from '../../server/src/core/graphql/direct-field-resolvers';
import { apiSchema, authChecker } from '../../server/src/core/graphql/schema';
import { resolvers } from '../../server/src/modules';

/**
 * Field resolvers are called directly, not through type-graphql's per-row chain
 * (core/graphql/direct-field-resolvers.ts). That they answer as type-graphql's do is checked by
 * tests/foundation/compiled-execution.test.ts, whose reference server keeps type-graphql's, and their
 * arguments' validation by tests/foundation/request-path.test.ts.
 */
describe(callFieldResolversDirectly.name, () => {
  it('calls every field resolver of the API directly (one given a middleware or a custom parameter would keep the chain of type-graphql, and fail here)', () => {
    apiSchema();
    const all = getMetadataStorage().fieldResolvers.filter((resolver) => resolvers.includes(resolver.target));
    const direct = callFieldResolversDirectly(buildSchemaSync({ resolvers, authChecker }), resolvers);
    expect(all.length).toBeGreaterThan(100);
    expect(direct).toHaveLength(all.length);
    expect(direct).toEqual(expect.arrayContaining(['AdministrativeUnit.parent', 'AdministrativeUnit.children', 'MediationTeam.mediators', 'Plan.budgetTotal']));
  });

  it('is what the served schema does; the reference schema keeps type-graphql\'s resolvers (their source builds its resolverData)', () => {
    const source = (schema: ReturnType<typeof apiSchema>) =>
      String((schema.getType('AdministrativeUnit') as { getFields: () => Record<string, { resolve?: unknown }> }).getFields().children.resolve);
    expect(source(apiSchema({ reference: true }))).toContain('resolverData');
    expect(source(apiSchema())).not.toContain('resolverData');
  });
});
