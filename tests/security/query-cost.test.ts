import 'reflect-metadata';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_BOUNDS, unpagedListFields } from '../../server/src/core/graphql/bounds';
import { LIMITS, queryCost } from '../../server/src/core/graphql/limits';
import { apiSchema } from '../../server/src/core/graphql/schema';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * Query cost matches the work: every list is bounded and priced at its bound, computed fields cost
 * what they compute, and a user runs only a few expensive requests at once.
 */
let app: TestApp;
let analyst: string;
beforeAll(async () => {
  app = await startTestApp();
  analyst = await app.login(DEMO.analyst);
});
afterAll(() => app?.close());

const cost = (query: string, variables: Record<string, unknown> = {}) => queryCost(apiSchema(), parse(query), variables);

describe('query cost', () => {
  it('refuses the nested-list query that once took seconds, and accepts its modest form', async () => {
    const heavy = await app.gql('{ allTrainingEvents(perPage: 100) { attendeeMediators { team { mediators { id } } } } }', {}, { token: analyst });
    expect(heavy.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query', reason: 'QUERY_TOO_COSTLY', maxCost: LIMITS.cost });
    expect(heavy.errors![0].extensions.cost).toBeGreaterThan(1_000_000);
    const modest = await app.gql('{ allTrainingEvents(perPage: 10) { title attendeeMediators { fullName } } }', {}, { token: analyst });
    expect(modest.errors).toBeUndefined();
  });

  it('prices every list at its bound: a page at perPage, a nested list at its declared maximum', () => {
    expect(cost('{ allHamlets(perPage: 10) { id } }')).toBe(10);
    expect(cost('{ allHamlets(perPage: 500) { id } }')).toBe(500);
    expect(cost('{ allHamlets { id } }')).toBe(25);
    expect(cost('{ allMediationTeams(perPage: 10) { mediators { id } } }')).toBe(10 * (1 + LIST_BOUNDS['MediationTeam.mediators']));
    expect(cost('{ allTrainingEvents(perPage: 1) { attendeeMediatorIds } }')).toBe(1 + Math.ceil(LIST_BOUNDS['TrainingEvent.attendeeMediatorIds'] / 100));
  });

  it('gives computed fields their real cost', () => {
    const plain = cost('{ allAdministrativeUnits(perPage: 100) { id } }');
    const indicators = cost('{ allAdministrativeUnits(perPage: 100) { indicators(year: 2022) { teams } } }');
    expect(indicators - plain).toBeGreaterThanOrEqual(100 * 200);
    expect(cost('{ pilotCandidates(planTaskId: "1", year: 2022) { candidates { unitId } } }')).toBeGreaterThan(1_000);
  });

  it('declares a considered bound for every unpaged list of the schema (a new list needs one)', () => {
    const missing = unpagedListFields(apiSchema()).filter((field) => !(field in LIST_BOUNDS));
    expect(missing).toEqual([]);
    const stale = Object.keys(LIST_BOUNDS).filter((field) => !unpagedListFields(apiSchema()).includes(field));
    expect(stale).toEqual([]);
  });

  it('refuses a nested list longer than its bound instead of serving it', async () => {
    const [user] = await app.sql(`insert into app_user (email, full_name) values ('nhieu.quyen@demo.hoagiai.vn', 'Nhiều quyền') returning id`);
    await app.sql(`insert into app_private.user_secret (user_id, password_hash) select $1, password_hash from app_private.user_secret limit 1`, [user.id]);
    await app.sql(`insert into membership (user_id, role, unit_id) select $1, 'ANALYST', id from admin_unit where level = 'PROVINCE' order by id limit $2`,
      [user.id, LIST_BOUNDS['User.memberships'] + 1]);
    const token = await app.login('nhieu.quyen@demo.hoagiai.vn');
    const result = await app.gql('{ me { email memberships { id } } }', {}, { token });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'User.memberships', reason: 'LIST_TOO_LONG' });
    const paged = await app.gql('query ($u: ID!) { allMemberships(filter: { userId: $u }, perPage: 100) { id } }', { u: String(user.id) }, { token });
    expect(paged.data!.allMemberships).toHaveLength(LIST_BOUNDS['User.memberships'] + 1);
  });

  it('lets a user run at most two expensive requests at once; the third is told to retry', async () => {
    const token = await app.login(DEMO.xaMyTuStaff);
    const created = await app.gql('mutation ($u: ID!) { createHamlet(unitId: $u, name: "Ấp Đắt", kind: AP) { id version } }', { u: await app.unitId('31597') }, { token });
    const { id, version } = created.data!.createHamlet;
    // An expensive mutation (it returns a province's units) that waits on a row lock held elsewhere.
    const expensive = `mutation ($id: ID!, $v: Int!) { updateHamlet(id: $id, version: $v, name: "Ấp Đắt hơn") {
      unit { parent { parent { children(perPage: 200) { children(perPage: 50) { id } } } } } } }`;
    expect(cost(expensive, { id, v: version })).toBeGreaterThan(5_000);
    const [{ database }] = await app.sql('select current_database() as database');
    const { default: pg } = await import('pg');
    const holder = new pg.Client({ connectionString: new URL(`/${database}`, (await import('vitest')).inject('adminUrl')).toString() });
    await holder.connect();
    await holder.query('begin');
    await holder.query('select 1 from hamlet where id = $1 for update', [id]);
    try {
      const running = [app.gql(expensive, { id, v: version }, { token }), app.gql(expensive, { id, v: version }, { token })];
      await new Promise((resolve) => setTimeout(resolve, 400));
      const third = await app.gql(expensive, { id, v: version }, { token });
      expect(third.errors![0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'EXPENSIVE_REQUESTS_IN_FLIGHT', retryAfterSeconds: 1 });
      // Another user is not held back, and cheap requests of the same user pass.
      expect(codeOf(await app.gql('{ me { id } }', {}, { token }))).toBe('OK');
      const other = app.gql(expensive, { id, v: version }, { token: await app.login(DEMO.myTuStaff) });
      await new Promise((resolve) => setTimeout(resolve, 200));
      await holder.query('rollback');
      const answers = await Promise.all(running);
      expect(answers.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
      expect(codeOf(await other)).toBe('CONFLICT');
    } finally {
      await holder.end();
    }
  });
});
