import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

let app: TestApp;
let token: string;
let xaMyTu: string;
const logs: string[] = [];

beforeAll(async () => {
  app = await startTestApp({ log: (message) => logs.push(message) });
  token = await app.login(DEMO.xaMyTuStaff);
  xaMyTu = await app.unitId('31597');
});
afterAll(() => app?.close());

const CREATE = 'mutation ($unitId: ID!, $name: String!, $kind: HamletKind!) { createHamlet(unitId: $unitId, name: $name, kind: $kind) { id name version } }';
const UPDATE = 'mutation ($id: ID!, $version: Int!, $name: String) { updateHamlet(id: $id, version: $version, name: $name) { name version } }';

describe('versioning and audit', () => {
  it('answers CONFLICT to an update carrying a stale version, and keeps the newer edit', async () => {
    const created = await app.gql(CREATE, { unitId: xaMyTu, name: 'Ấp Phiên bản', kind: 'AP' }, { token });
    const { id, version } = created.data!.createHamlet;
    const first = await app.gql(UPDATE, { id, version, name: 'Ấp Phiên bản 2' }, { token });
    expect(first.data!.updateHamlet).toEqual({ name: 'Ấp Phiên bản 2', version: version + 1 });
    const stale = await app.gql(UPDATE, { id, version, name: 'Ấp Cũ' }, { token });
    expect(codeOf(stale)).toBe('CONFLICT');
    const [row] = await app.sql('select name, version from hamlet where id = $1', [id]);
    expect(row).toEqual({ name: 'Ấp Phiên bản 2', version: version + 1 });
  });

  it('writes an audit row for every change, with who, where, before and after', async () => {
    const created = await app.gql(CREATE, { unitId: xaMyTu, name: 'Ấp Nhật ký', kind: 'AP' }, { token });
    const { id, version } = created.data!.createHamlet;
    await app.gql(UPDATE, { id, version, name: 'Ấp Nhật ký 2' }, { token });
    await app.gql('mutation ($id: ID!, $version: Int!) { deleteHamlet(id: $id, version: $version) { id } }', { id, version: version + 1 }, { token });
    const rows = await app.sql(
      `select a.action, a.before, a.after, a.unit_path::text as unit_path, u.email from audit_log a join app_user u on u.id = a.user_id
        where a.entity = 'Hamlet' and a.entity_id = $1 order by a.id`, [String(id)],
    );
    expect(rows.map((r) => r.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    expect(rows.every((r) => r.email === DEMO.xaMyTuStaff && r.unit_path === 'y2021.p94.d944.c31597')).toBe(true);
    expect(rows[1].before).toMatchObject({ name: 'Ấp Nhật ký' });
    expect(rows[1].after).toMatchObject({ name: 'Ấp Nhật ký 2' });
    expect(rows[2].after).toBeNull();
  });
});

describe('bad input', () => {
  it('answers BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await app.sql('select count(*)::int as n from hamlet');
    const blank = await app.gql(CREATE, { unitId: xaMyTu, name: '', kind: 'AP' }, { token });
    expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const notCommune = await app.gql(CREATE, { unitId: await app.unitId('944'), name: 'Ấp Huyện', kind: 'AP' }, { token: await app.login(DEMO.myTuStaff) });
    expect(notCommune.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    await app.gql(CREATE, { unitId: xaMyTu, name: 'Ấp Trùng', kind: 'AP' }, { token });
    const duplicate = await app.gql(CREATE, { unitId: xaMyTu, name: 'Ấp Trùng', kind: 'KHOM' }, { token });
    expect(duplicate.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const after = await app.sql('select count(*)::int as n from hamlet');
    expect(after[0].n).toBe(before[0].n + 1);
  });

  it('rolls back the whole request when one mutation of it fails', async () => {
    const result = await app.gql(
      `mutation ($unitId: ID!) { a: createHamlet(unitId: $unitId, name: "Ấp Nguyên tử", kind: AP) { id } b: createHamlet(unitId: $unitId, name: "", kind: AP) { id } }`,
      { unitId: xaMyTu }, { token },
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(await app.sql(`select 1 from hamlet where name = 'Ấp Nguyên tử'`)).toHaveLength(0);
  });

  it('caps the page size and refuses an unknown sort field', async () => {
    const big = await app.gql('{ allHamlets(perPage: 501) { id } }', {}, { token });
    expect(big.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'perPage' });
    const sort = await app.gql('{ allHamlets(sortField: "unit_path") { id } }', {}, { token });
    expect(sort.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sortField' });
  });

  it('checks the rules of objects nested in an argument: a list filter, a part of a draft', async () => {
    const search = await app.gql('query ($q: String) { allMediationTeams(filter: { q: $q }) { id } }', { q: 'a'.repeat(101) }, { token });
    expect(search.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.q', reason: 'TEXT_LENGTH', params: { min: 1, max: 100 } });
    const year = await app.gql('{ allAdministrativeUnits(filter: { indicator: { year: 1990, field: TEAMS } }) { id } }', {}, { token });
    expect(year.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.indicator.year', reason: 'NUMBER_TOO_SMALL', params: { min: 2000 } });
    expect(codeOf(await app.gql('query ($q: String) { allMediationTeams(filter: { q: $q }) { id } }', { q: 'a'.repeat(100) }, { token }))).toBe('OK');
    const agency = { label: 'x'.repeat(301) };
    const task = { code: '1', labelStyle: 'ARABIC', title: 'Tuyên truyền', lead: [agency], coordinating: [], targets: [], criteria: [] };
    const draft = await app.gql('mutation ($unitId: ID!, $draft: PlanDraftInput!) { createPlanFromDraft(unitId: $unitId, draft: $draft) { id } }', {
      unitId: xaMyTu,
      draft: { title: 'Kế hoạch thử', grounds: [], purposes: [], requirements: [], objectives: [], targets: [], tasks: [task], responsibilities: [], budgetLines: [], reportingRules: [], recipients: [] },
    }, { token });
    expect(draft.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tasks.0.lead.0.label' });
  });

  it('checks the arguments of every request of a document, not only of the first (compiled documents are reused)', async () => {
    const query = 'query ($n: Int!) { allAdministrativeUnits(perPage: 3, filter: { level: DISTRICT }) { id children(perPage: $n) { id } } }';
    const first = await app.gql(query, { n: 2 }, { token });
    expect(first.errors).toBeUndefined();
    expect(first.data!.allAdministrativeUnits.length).toBeGreaterThan(0);
    const refused = await app.gql(query, { n: 0 }, { token });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'perPage' });
    const again = await app.gql(query, { n: 1 }, { token });
    expect(again.data!.allAdministrativeUnits.every((unit: { children: unknown[] }) => unit.children.length <= 1)).toBe(true);
  });
});

describe('query limits', () => {
  it('refuses a query nested too deep', async () => {
    const deep = `{ allAdministrativeUnits(perPage: 1) { ${'parent { '.repeat(11)}id${' }'.repeat(11)} } }`;
    const result = await app.gql(deep, {}, { token });
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).toMatch(/nested 13 levels deep; at most 10/);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`).join(' ');
    expect(codeOf(await app.gql(`{ ${aliases} }`, {}, { token }))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a query whose cost is too high', async () => {
    const result = await app.gql('{ allAdministrativeUnits(perPage: 500) { children(perPage: 500) { children(perPage: 10) { id } } } }', {}, { token });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
  });

  it('lets the console introspect the whole schema', async () => {
    const result = await app.gql(getIntrospectionQuery(), {}, { token });
    expect(result.errors).toBeUndefined();
    expect(result.data!.__schema.queryType.name).toBe('Query');
  });

  it('gives no "Did you mean" hints about the schema', async () => {
    const result = await app.gql('{ allHamletz { id } }', {}, { token });
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).not.toMatch(/Did you mean/);
  });
});

describe('internal errors', () => {
  it('are masked for the client and logged for the operator', async () => {
    // Break the database under the server (this file's own copy): the failure is internal.
    await app.sql('alter table hamlet rename column kind to kind_broken');
    const result = await app.gql('{ allHamlets { id kind } }', {}, { token });
    expect(result.errors![0]).toEqual({ message: 'Internal server error', path: ['allHamlets'], extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_ERROR' } });
    expect(JSON.stringify(result)).not.toMatch(/kind_broken|column|\.ts:/);
    expect(logs.some((line) => line.includes('internal error') && line.includes('kind'))).toBe(true);
    await app.sql('alter table hamlet rename column kind_broken to kind');
  });
});
