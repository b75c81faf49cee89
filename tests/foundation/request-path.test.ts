import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMetadataStorage } from 'class-validator';
import { apiSchema } from '../../server/src/core/graphql/schema';
import { validatedOnce } from '../../server/src/core/graphql/validation';
import { HamletFilter, HamletListArgs } from '../../server/src/modules/hamlets/hamlet.args';
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

describe('arguments that passed before (validation.ts: passes are kept across requests)', () => {
  const HAMLETS = 'query ($q: String, $perPage: Int) { allHamlets(perPage: $perPage, filter: { q: $q }) { id } }';

  it('still refuse a failing value on every request, after the same shape passed', async () => {
    for (const variables of [{ q: 'khom', perPage: 5 }, { q: 'khom', perPage: 5 }]) {
      expect((await app.gql(HAMLETS, variables, { token })).errors).toBeUndefined();
    }
    // A nested rule (filter.q: 1 to 100 characters) and an own rule (perPage: at most 500), each twice.
    for (const [variables, field] of [[{ q: '', perPage: 5 }, 'filter.q'], [{ q: 'khom', perPage: 501 }, 'perPage']] as const) {
      for (let i = 0; i < 2; i += 1) {
        const refused = await app.gql(HAMLETS, variables, { token });
        expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    }
    // The value that passed passes again.
    expect((await app.gql(HAMLETS, { q: 'khom', perPage: 5 }, { token })).errors).toBeUndefined();
  });
});

describe('validatedOnce across requests', () => {
  const info = () => ({ fieldNodes: [] }) as unknown as GraphQLResolveInfo;
  const filter = (values: Partial<HamletFilter>) => Object.assign(new HamletFilter(), values);

  it('answers at once (no check to wait for) for a value equal to one that passed in an earlier request', async () => {
    const first = validatedOnce({}, info(), HamletFilter, filter({ q: 'kept across requests' }));
    expect(first).toBeInstanceOf(Promise);
    await first;
    expect(validatedOnce({}, info(), HamletFilter, filter({ q: 'kept across requests' }))).toBeUndefined();
    // Another value, or the same value of another type, is checked.
    expect(validatedOnce({}, info(), HamletFilter, filter({ q: 'kept across requests!' }))).toBeInstanceOf(Promise);
    expect(validatedOnce({}, info(), HamletListArgs, Object.assign(new HamletListArgs(), { filter: filter({ q: 'kept across requests' }) }))).toBeInstanceOf(Promise);
  });

  it('checks a failing value every time, and never keeps a value its JSON does not spell out', async () => {
    for (let i = 0; i < 2; i += 1) await expect(validatedOnce({}, info(), HamletFilter, filter({ q: '' }))).rejects.toThrow();
    const dated = Object.assign(new HamletFilter(), { q: 'dated', ids: [new Date(0)] as unknown as string[] });
    await validatedOnce({}, info(), HamletFilter, dated);
    expect(validatedOnce({}, info(), HamletFilter, dated)).toBeInstanceOf(Promise);
  });
});

describe('the rules behind the kept passes', () => {
  it("are all class-validator's own rules of the value alone: a new kind of rule must be judged before a pass of it is kept", () => {
    apiSchema(); // every argument class of the API, with its rules
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, { type: string; name?: string }[]> | { type: string; name?: string }[] };
    const rules = storage.validationMetadatas instanceof Map ? [...storage.validationMetadatas.values()].flat() : storage.validationMetadatas;
    expect(rules.length).toBeGreaterThan(100);
    // Each a function of the value it checks: no database, no clock, no other field (validation.ts).
    const PURE = ['customValidation:isLength', 'customValidation:min', 'customValidation:max', 'customValidation:arrayMinSize',
      'customValidation:arrayMaxSize', 'customValidation:isEmail', 'conditionalValidation:isOptional', 'nestedValidation:'];
    expect([...new Set(rules.map((rule) => `${rule.type}:${rule.name ?? ''}`))].filter((kind) => !PURE.includes(kind))).toEqual([]);
  });
});
