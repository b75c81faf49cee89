import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/src/core/auth/password';
import { apiSchema } from '../../server/src/core/graphql/schema';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * A generated fuzz run over every mutation: each argument in turn gets a wrongly typed, empty,
 * huge, negative, impossible or control-character value, sent as a typed variable, by system
 * administrators (who may write everywhere, so calls get as far as they can), in four lanes at
 * once. No answer may be an INTERNAL_SERVER_ERROR, and a refused call writes nothing (every tenant
 * write is audited by trigger with its user, so the lane's own audit rows tell).
 */
let app: TestApp;
const logs: string[] = [];
const LANES = 4;
const FUZZ_PASSWORD = 'fuzz-password-1';
const emailOf = (lane: number) => `fuzz.admin${lane}@demo.hoagiai.vn`;
const userIds: number[] = [];

/** A deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(Number(process.env.FUZZ_SEED ?? 20261201));
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];

let ids: string[] = [];

/** A plausible value of a type, so that the other arguments let a call reach the one being attacked. */
function plausible(type: GraphQLInputType, depth = 0): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return depth > 2 ? [] : [plausible(inner.ofType, depth + 1)];
  if (isEnumType(inner)) return pick(inner.getValues()).value;
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (isNonNullType(field.type) || rand() < 0.5) value[field.name] = plausible(field.type, depth + 1);
    }
    return value;
  }
  switch (getNamedType(type).name) {
    case 'ID': return pick(ids);
    case 'Int': return pick([1, 2, 2022, 2023, 3]);
    case 'Float': return pick([1.5, 50, 85]);
    case 'Boolean': return rand() < 0.5;
    case 'LocalDate': return pick(['2022-05-01', '2023-01-10']);
    case 'DateTimeISO': return '2023-01-10T00:00:00.000Z';
    case 'Decimal': return pick(['1', '2.5', '10']);
    case 'JSONObject': case 'JSON': return {};
    default: return pick(['Ấp Thử', 'Nội dung thử nghiệm', 'fuzz@demo.hoagiai.vn', '1', '1.2']);
  }
}

const CONTROL = ['\u0000', 'a\u0000b', '\u0007\u0008\u001b[31m', '\u202e\u200b\ufeff', '\r\n\t', '\ud800', 'Ấp\u0000'];
const HUGE = ['x'.repeat(20_000), 'Đ'.repeat(5_000)];
const NUMBERS = [-1, 0, -2147483648, 2147483648, 9007199254740993, 1e308, -0.5, 3.7];
const DATES = ['2023-02-30', '2023-13-01', '0000-00-00', '+275760-09-13', '2023-1-1', '1899-12-31', '9999-12-31', 'yesterday'];
const WRONG = [5, true, { $gt: '' }, ['a'], 'NaN', '1e309', '', null];

/** A hostile value for one argument. */
function hostile(type: GraphQLInputType): unknown {
  const named = getNamedType(type).name;
  const kind = rand();
  if (kind < 0.15) return pick(WRONG);
  if (kind < 0.25) return isListType(getNullableType(type)) ? Array.from({ length: 1_001 }, () => plausible((getNullableType(type) as { ofType: GraphQLInputType }).ofType)) : pick(HUGE);
  if (named === 'String') return pick([...CONTROL, ...HUGE, '', ' ', '   \t ']);
  if (named === 'ID') return pick(['-1', '0', '99999999999', 'abc', '1.5', '', '1; drop table hamlet', ...CONTROL]);
  if (named === 'Int' || named === 'Float') return pick(NUMBERS);
  if (named === 'LocalDate' || named === 'DateTimeISO') return pick(DATES);
  if (named === 'Decimal') return pick(['-1', '1e309', '99999999999999999999', '0.0000001', 'abc', '-0', ...CONTROL]);
  if (isEnumType(getNamedType(type))) return pick(['NOT_A_VALUE', 'ap', '', 1]);
  if (isInputObjectType(getNamedType(type))) {
    const value = plausible(type) as Record<string, unknown>;
    const fields = Object.values((getNamedType(type) as { getFields: () => Record<string, { name: string; type: GraphQLInputType }> }).getFields());
    const field = pick(fields);
    return { ...value, [field.name]: hostile(field.type) };
  }
  return pick([...CONTROL, ...WRONG]);
}

const typeString = (type: GraphQLInputType): string => type.toString();

function call(mutation: GraphQLField<unknown, unknown>, attacked: GraphQLArgument | undefined): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const declared: string[] = [];
  const passed: string[] = [];
  for (const arg of mutation.args) {
    const omit = !isNonNullType(arg.type) && arg !== attacked && rand() < 0.5;
    if (omit) continue;
    declared.push(`$${arg.name}: ${typeString(arg.type)}`);
    passed.push(`${arg.name}: $${arg.name}`);
    variables[arg.name] = arg === attacked ? hostile(arg.type) : plausible(arg.type);
  }
  const selection = isScalarType(getNamedType(mutation.type)) || isEnumType(getNamedType(mutation.type)) ? '' : ' { __typename }';
  const head = declared.length ? `(${declared.join(', ')})` : '';
  const args = passed.length ? `(${passed.join(', ')})` : '';
  return { query: `mutation${head} { ${mutation.name}${args}${selection} }`, variables };
}

let fuzzHash = '';

/** (Re)opens a lane's session, putting its account back as it was if a fuzzed call changed it. */
async function signIn(lane: number): Promise<string> {
  const email = emailOf(lane);
  await app.sql(`update app_user set active = true where email = $1`, [email]);
  await app.sql(`update app_private.user_secret set password_hash = $2 where user_id = (select id from app_user where email = $1)`, [email, fuzzHash]);
  await app.sql(`insert into membership (user_id, role) select id, 'SYSTEM_ADMIN' from app_user where email = $1 on conflict do nothing`, [email]);
  await app.sql(`delete from app_private.login_attempt where email = $1`, [email]);
  const result = await app.gql<{ login: { token: string } }>('mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: FUZZ_PASSWORD });
  return result.data!.login.token;
}

beforeAll(async () => {
  app = await startTestApp({ log: (message) => logs.push(message) });
  fuzzHash = await hashPassword(FUZZ_PASSWORD, null);
  for (let lane = 0; lane < LANES; lane += 1) {
    const [user] = await app.sql(`insert into app_user (email, full_name) values ($1, 'Fuzz') returning id`, [emailOf(lane)]);
    await app.sql(`insert into app_private.user_secret (user_id, password_hash) values ($1, $2)`, [user.id, fuzzHash]);
    userIds.push(user.id);
  }
  // Ids that exist (units, hamlets, teams, plans, tasks ...) and ids that do not, to reach the deeper checks.
  const rows = await app.sql(`(select id::text from admin_unit where path <@ 'y2021.p94.d944' limit 12)
    union all (select id::text from hamlet limit 6) union all (select id::text from mediation_team limit 6)
    union all (select id::text from plan limit 6) union all (select id::text from plan_task limit 6)
    union all (select id::text from mediator limit 6) union all (select id::text from training_event limit 4)`);
  ids = [...rows.map((row) => row.id), '987654', '2147483647'];
});
afterAll(() => app?.close());

/** The audit rows a lane's user wrote: a refused call of the lane must not add one. */
const auditSize = async (lane: number) => (await app.sql('select count(*)::int as n from audit_log where user_id = $1', [userIds[lane]]))[0].n as number;

describe('fuzzing every mutation', () => {
  it('answers at least 1,000 hostile calls without an INTERNAL_SERVER_ERROR, and refused calls write nothing', { timeout: 300_000 }, async () => {
    const mutations = Object.values(apiSchema().getMutationType()!.getFields()).filter((m) => m.name !== 'logout');
    const perMutation = Math.ceil(1_050 / mutations.length);
    // The calls are generated up front (deterministically), then sent in four lanes at once.
    const planned = mutations.flatMap((mutation) => Array.from({ length: perMutation }, (_, i) => {
      const attacked = mutation.args.length ? mutation.args[i % mutation.args.length] : undefined;
      return { mutation, ...call(mutation, attacked) };
    }));
    const internal: string[] = [];
    const wrote: string[] = [];
    let calls = 0;
    let refused = 0;
    const lane = async (index: number) => {
      let token = await signIn(index);
      for (let next = index; next < planned.length; next += LANES) {
        const { mutation, query, variables } = planned[next];
        const before = await auditSize(index);
        const response = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
        });
        calls += 1;
        const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        const codes = (body.errors ?? []).map((e) => e.extensions?.code);
        if (response.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) internal.push(`${query} ${JSON.stringify(variables).slice(0, 300)}`);
        if (codes.length) {
          refused += 1;
          // Sign-in failures are counted on purpose (throttling); everything else writes nothing.
          if (mutation.name !== 'login' && (await auditSize(index)) !== before) wrote.push(query);
        }
        if (codes.includes('UNAUTHENTICATED') && mutation.name !== 'login') token = await signIn(index);
      }
    };
    await Promise.all(Array.from({ length: LANES }, (_, index) => lane(index)));
    expect(calls).toBeGreaterThanOrEqual(1_000);
    expect(refused).toBeGreaterThan(calls / 2);
    expect(internal).toEqual([]);
    expect(wrote).toEqual([]);
    expect(logs.filter((line) => line.startsWith('internal error'))).toEqual([]);
  });
});
