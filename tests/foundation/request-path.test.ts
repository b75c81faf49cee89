import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * What every request costs before its own work (issue 11), counted in SQL statements on the
 * request's connection: the transaction opens with its scope in one statement (BEGIN and the
 * three scope settings travel together) and closes with COMMIT, so a request reading one list
 * runs three. The caller's session (with its memberships) is read before the transaction, once
 * per session and server, outside this count (tests/security/session-cache.test.ts).
 */
let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await startTestApp();
  token = await app.login(DEMO.socTrangAdmin);
});
afterAll(() => app?.close());

const statementsOf = async (query: string, variables: Record<string, unknown> = {}) => {
  const result = await app.gql(query, variables, { token });
  expect(result.errors).toBeUndefined();
  return result.extensions!.sqlStatements!;
};

describe('the fixed cost of a request', () => {
  it('opens the transaction with its scope and closes it in two statements, around one statement of work', async () => {
    expect(await statementsOf('{ _allHamletsMeta { count } }')).toBe(3);
  });

  it('runs no statement for a request that reads nothing', async () => {
    expect(await statementsOf('{ __typename }')).toBe(0);
  });

  it('sets the scope of the caller in that one statement: the province admin counts its own hamlets only', async () => {
    const result = await app.gql<{ _allHamletsMeta: { count: number } }>('{ _allHamletsMeta { count } }', {}, { token });
    // Its province's hamlets, and those that left it at the 2025 reform (read through moved_from_path, issue 8).
    const [{ n }] = await app.sql(`select count(*)::int as n from hamlet where unit_path <@ 'y2021.p94' or moved_from_path <@ 'y2021.p94'`);
    expect(result.data!._allHamletsMeta.count).toBe(n);
    const nobody = await app.gql('{ _allHamletsMeta { count } }');
    expect(codeOf(nobody)).toBe('UNAUTHENTICATED');
  });
});

describe('arguments of a nested field', () => {
  const CHILDREN = 'query ($perPage: Int!) { allAdministrativeUnits(perPage: 3, filter: { level: PROVINCE }) { code children(perPage: $perPage) { code } } }';

  it('are validated once for the request and the answer holds for every row', async () => {
    const refused = await app.gql(CHILDREN, { perPage: 0 }, { token });
    // The list is nullable (issue 8, 3b: a field that fails is null with its error, not the whole answer).
    expect(refused.data).toEqual({ allAdministrativeUnits: null });
    expect(refused.errors!.length).toBeGreaterThan(0);
    for (const error of refused.errors!) expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'perPage' });
    const answered = await app.gql<{ allAdministrativeUnits: { children: unknown[] }[] }>(CHILDREN, { perPage: 2 }, { token });
    expect(answered.errors).toBeUndefined();
    expect(answered.data!.allAdministrativeUnits.map((unit) => unit.children.length)).toEqual([2, 2, 2]);
  });

  it('are validated again for the next request with other variables', async () => {
    const answered = await app.gql(CHILDREN, { perPage: 1 }, { token });
    expect(answered.errors).toBeUndefined();
    const refused = await app.gql(CHILDREN, { perPage: 501 }, { token });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'perPage' });
  });
});
