import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledDocumentCount, MAX_COMPILED } from '../../server/src/core/graphql/jit';
import { workloads } from '../../server/src/bench/workloads';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type GqlResponse, type TestApp } from '../support/harness';

/**
 * Queries run compiled (graphql-jit, core/graphql/jit.ts), and field resolvers are called directly
 * (core/graphql/direct-field-resolvers.ts). The reference is graphql-js and type-graphql: a second
 * server on the same database runs every query interpreted, through type-graphql's own field
 * resolvers, and each answer, its errors and the statements it ran must be the same on both.
 */
let compiled: TestApp;
let interpreted: TestApp;
let plan127: string;

beforeAll(async () => {
  compiled = await startTestApp();
  interpreted = await startTestApp({ database: compiled.database, interpretQueries: true });
  [{ id: plan127 }] = await compiled.sql(`select id::text from plan where number = '127/KH-UBND'`);
});
afterAll(async () => {
  await interpreted?.close();
  await compiled?.close();
});

const UNIT_PAGE = `query ($withChildren: Boolean!, $skipCode: Boolean!, $perPage: Int) {
  first: allAdministrativeUnits(perPage: 3, filter: { level: PROVINCE, validOn: "2021-11-01" }, sortField: "name", sortOrder: "DESC") {
    ...Unit children(perPage: $perPage) @include(if: $withChildren) { ...Unit parent { name } }
  }
  total: _allAdministrativeUnitsMeta(filter: { level: PROVINCE, validOn: "2021-11-01" }) { count }
}
fragment Unit on AdministrativeUnit { __typename id name code @skip(if: $skipCode) level validFrom validTo }`;

/** One request to both servers. */
async function both(email: string, query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const answers: GqlResponse<any>[] = [];
  for (const app of [compiled, interpreted]) answers.push(await app.gql(query, variables, { token: await app.login(email), operationName }));
  const [fast, reference] = answers;
  return { fast, reference };
}

/**
 * The same data, statements and first error. graphql-js reports the first error of a non-null list
 * that failed and drops its other items' (Promise.all); graphql-jit reports each item's, so the
 * compiled answer may hold more errors, each at its own path, after graphql-js's.
 */
function expectSameAnswer(fast: GqlResponse<any>, reference: GqlResponse<any>) {
  expect({ ...fast, errors: undefined }).toEqual({ ...reference, errors: undefined });
  expect(fast.errors?.slice(0, reference.errors?.length)).toEqual(reference.errors);
  for (const error of fast.errors ?? []) expect(error).toEqual({ ...reference.errors![0], path: error.path });
}

describe('compiled queries', () => {
  it.each(workloads.map((w) => [w.id, w] as const))('answer %s of the bench as graphql-js does, with the same statements', async (_id, workload) => {
    const { fast, reference } = await both(workload.account, workload.query, workload.variables({ plan127: Number(plan127) }));
    expect(reference.errors).toBeUndefined();
    expect(fast).toEqual(reference);
  });

  it('follow fragments, aliases, @include and @skip by variables, sorting and list metadata as graphql-js does', async () => {
    for (const variables of [{ withChildren: true, skipCode: false, perPage: 2 }, { withChildren: false, skipCode: true }]) {
      const { fast, reference } = await both(DEMO.analyst, UNIT_PAGE, variables);
      expect(reference.errors).toBeUndefined();
      expect(fast).toEqual(reference);
    }
  });

  it('answer each operation of a document with several as graphql-js does (conditions compiled for one never leak into another)', async () => {
    const document = `query Some($x: Boolean!) { ...Me @include(if: $x) } query All { ...Me }
      fragment Me on Query { me { email } }`;
    const some = await both(DEMO.analyst, document, { x: false }, 'Some');
    expect(some.reference.data).toEqual({});
    expect(some.fast).toEqual(some.reference);
    const all = await both(DEMO.analyst, document, {}, 'All');
    expect(all.reference.data.me.email).toBe(DEMO.analyst);
    expect(all.fast).toEqual(all.reference);
  });

  it('answer a dashboard and the schema introspection as graphql-js does', async () => {
    const dashboard = await both(DEMO.socTrangAdmin, `query ($year: Int) { unitDashboard(year: $year) {
      unit { name } year fromYear trend { year teams mediators settlementRate } plans { number title }
      rows { unit { name code } pilot report { status timeliness daysLate } targetsMet targetsNotMet }
      lateReports { unitName dueDate status } trainerShortfall teamsNeedingAttentionCount untrainedMediatorsCount } }`, { year: 2022 });
    expect(dashboard.reference.errors).toBeUndefined();
    expect(dashboard.reference.data.unitDashboard.rows.length).toBeGreaterThan(0);
    expect(dashboard.fast).toEqual(dashboard.reference);
    const schema = await both(DEMO.analyst, getIntrospectionQuery());
    expect(schema.fast).toEqual(schema.reference);
  });

  it('answer every field resolver that takes arguments as type-graphql calls it, rows after the first included', async () => {
    const [{ id: socTrang }] = await compiled.sql(`select id::text from admin_unit where code = '94' and level = 'PROVINCE' and valid_from < '2025-01-01'`);
    const units = await both(DEMO.myTuStaff, `query ($year: Int!, $page: Int!, $province: ID!) {
      allAdministrativeUnits(perPage: 4, filter: { level: DISTRICT, withinUnitId: $province }) {
        name children(page: $page, perPage: 3) { name } indicators(year: $year) { teams mediators }
        indicatorSeries(fromYear: 2021, toYear: $year) { year indicators { teams } } } }`, { year: 2022, page: 1, province: socTrang });
    expect(units.reference.errors).toBeUndefined();
    // Mỹ Tú, the fourth district, is in the caller's scope: its figures are there.
    expect(units.reference.data.allAdministrativeUnits[3].indicators.teams).toBeGreaterThan(0);
    expect(units.reference.data.allAdministrativeUnits[1].children.length).toBeGreaterThan(0);
    expect(units.fast).toEqual(units.reference);
    // Two documents: in one, they would cost more than a request may.
    for (const targetFields of ['actual(year: $year) met(year: $year) status(year: $year)', 'evaluation(year: $year) { actual } evaluationsBelow(perPage: 2, year: $year) { unitId actual }']) {
      const plan = await both(DEMO.myTuStaff, `query ($id: ID!, $year: Int!) { Plan(id: $id) {
        budgetTotal b2021: budgetTotal(year: 2021) unitsWithoutImplementingPlan(perPage: 4, level: COMMUNE) { name }
        tasks { targets { ${targetFields} } } } }`, { id: plan127, year: 2022 });
      expect(plan.reference.errors).toBeUndefined();
      expect(plan.reference.data.Plan.tasks.flatMap((task: { targets: unknown[] }) => task.targets).length).toBeGreaterThan(1);
      expect(plan.fast).toEqual(plan.reference);
    }
  });

  it('answer errors as graphql-js does: not found, a refused argument inside a list, another tenant, beside data, an internal failure', async () => {
    const cases: [string, string, Record<string, unknown>, string][] = [
      [DEMO.myTuStaff, 'query ($id: ID!) { Plan(id: $id) { id title } }', { id: '987654321' }, 'OK'],
      [DEMO.longPhuStaff, 'query ($id: ID!) { Plan(id: $id) { id tasks { title } } }', { id: plan127 }, 'OK'],
      [DEMO.analyst, 'query ($n: Int!) { allAdministrativeUnits(perPage: 2, filter: { level: DISTRICT }) { name children(perPage: $n) { name } } }', { n: 0 }, 'BAD_USER_INPUT'],
      [DEMO.analyst, '{ me { email } unitDashboard(unitId: "987654321") { year } }', {}, 'NOT_FOUND'],
    ];
    for (const [email, query, variables, code] of cases) {
      const { fast, reference } = await both(email, query, variables);
      expect(codeOf(reference), query).toBe(code);
      if (code === 'OK') expect(reference.data.Plan, query).toBeNull();
      expectSameAnswer(fast, reference);
    }
    await compiled.sql('alter table hamlet rename column kind to kind_broken');
    try {
      const { fast, reference } = await both(DEMO.socTrangAdmin, '{ allHamlets(perPage: 2) { id kind } }');
      expect(reference.errors![0]).toEqual({ message: 'Internal server error', path: ['allHamlets'], extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_ERROR' } });
      expectSameAnswer(fast, reference);
    } finally {
      await compiled.sql('alter table hamlet rename column kind_broken to kind');
    }
  });

  it('keep a bounded number of compiled documents, and answer a document again after it was dropped', async () => {
    expect(MAX_COMPILED).toBeGreaterThanOrEqual(100);
    const token = await compiled.login(DEMO.analyst);
    const query = (i: number) => `{ allAdministrativeUnits(perPage: 1, filter: { level: PROVINCE, validOn: "2021-11-01" }) { id n${i}: name } }`;
    const first = await compiled.gql(query(0), {}, { token });
    for (let i = 1; i <= MAX_COMPILED; i += 1) await compiled.gql(query(i), {}, { token });
    expect(compiledDocumentCount()).toBe(MAX_COMPILED);
    expect(await compiled.gql(query(0), {}, { token })).toEqual(first);
  });
});
