import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * Today's Vietnam (issue 8, section 2): the work on the ground crosses the reform. A hamlet (with
 * its team, its mediators, their training) moves to its 2025 commune as a dated record; what was
 * recorded before keeps its unit; the team keeps its identity; the 2025 staff continue it and read,
 * never write, its history; a split commune's hamlets wait for the new province's admin, and the
 * commune that receives some of them reads their history and nothing of the others'.
 */
let app: TestApp;
const units: Record<string, string> = {};
const tokens: Record<string, string> = {};
let team: { id: string; hamlet_id: number };

beforeAll(async () => {
  app = await startTestApp();
  for (const [name, code] of Object.entries({ xaMyTu: '31567', canTho: '92', caMau: '96' })) units[name] = await app.unitId(code, '2025-07-01');
  for (const [name, code] of Object.entries({ xaMyTu2021: '31597', socTrangCity: '941', phuong1: '31513' })) units[name] = await app.unitId(code);
  for (const [name, email] of Object.entries({
    xaMyTu: DEMO.xaMyTu2025Staff, xaMyTu2021: DEMO.xaMyTuStaff, longPhu: DEMO.longPhuStaff, bacLieu: DEMO.bacLieuAdmin, canTho: DEMO.canThoAdmin,
    caMau: DEMO.caMauAdmin, socTrang: DEMO.socTrangAdmin, analyst2025: DEMO.analyst2025, sysadmin: DEMO.sysadmin, myTu: DEMO.myTuStaff,
  })) tokens[name] = await app.login(email);
  // A team of 2021 xã Mỹ Tú (31597) with case rows in its 2022 book, continued today by xã Mỹ Tú (31567).
  [team] = await app.sql(`select t.id::text, t.hamlet_id from mediation_team t
                           where t.moved_from_unit_id = $1 and t.unit_id = $2 and t.status = 'ACTIVE'
                             and exists (select 1 from mediation_case c where c.team_id = t.id and c.received_on between '2022-01-01' and '2022-12-31')
                           order by t.id limit 1`, [units.xaMyTu2021, units.xaMyTu]);
});
afterAll(() => app?.close());

const TEAM = `query ($id: ID!) { MediationTeam(id: $id) { id unitId formerUnitId movedOn formerUnit { code validFrom } unit { code validFrom }
  hamlet { formerUnitId movedOn move { basis mapping movedOn fromUnit { code } unit { code } } } } }`;
const CASES = `query ($t: ID!) { allMediationCases(perPage: 500, filter: { teamId: $t }) { id teamId unitId receivedOn version } }`;
const CREATE_CASE = `mutation ($t: ID!, $d: LocalDate!, $m: [ID!]) { createMediationCase(teamId: $t, receivedOn: $d, category: LAND, mediatorIds: $m) { id teamId unitId receivedOn } }`;

describe('the team of a hamlet of 2021 xã Mỹ Tú, continued by today\'s xã Mỹ Tú', () => {
  let newCase: string;

  it('moved on 1 July 2025 with its hamlet, by the full mapping, keeping its identity', async () => {
    const found = await app.gql(TEAM, { id: team.id }, { token: tokens.xaMyTu });
    expect(found.data!.MediationTeam).toMatchObject({
      id: team.id, unitId: units.xaMyTu, formerUnitId: units.xaMyTu2021, movedOn: '2025-07-01',
      formerUnit: { code: '31597', validFrom: '2021-11-01' }, unit: { code: '31567', validFrom: '2025-07-01' },
      hamlet: { formerUnitId: units.xaMyTu2021, movedOn: '2025-07-01', move: { basis: 'FULL_MAPPING', mapping: 'FULL', movedOn: '2025-07-01', fromUnit: { code: '31597' }, unit: { code: '31567' } } },
    });
  });

  it("lists its mediators, moved with it, with their commune before the reform when asked, and as their rows when not", async () => {
    const expected = await app.sql(`select id::text, full_name as "fullName", unit_id::text as "unitId", moved_from_unit_id::text as "formerUnitId", moved_on::text as "movedOn"
                                      from mediator where team_id = $1 order by status, full_name, id`, [team.id]);
    expect(expected.length).toBeGreaterThan(0);
    const asked = await app.gql(`query ($id: ID!) { MediationTeam(id: $id) { mediators { id fullName unitId formerUnitId movedOn formerUnit { code } } } }`, { id: team.id }, { token: tokens.xaMyTu });
    expect(asked.data!.MediationTeam.mediators).toEqual(expected.map((m) => ({ ...m, formerUnit: m.formerUnitId ? { code: '31597' } : null })));
    const plain = await app.gql(`query ($id: ID!) { MediationTeam(id: $id) { mediators { id fullName } } }`, { id: team.id }, { token: tokens.xaMyTu });
    expect(plain.data!.MediationTeam.mediators).toEqual(expected.map(({ id, fullName }) => ({ id, fullName })));
  });

  it('records a 2026 case for it under today\'s commune, beside its 2022 cases: one team, two units', async () => {
    const [member] = await app.sql(`select id::text from mediator where team_id = $1 and status = 'ACTIVE' order by id limit 1`, [team.id]);
    const created = await app.gql(CREATE_CASE, { t: team.id, d: '2026-11-20', m: [member.id] }, { token: tokens.xaMyTu });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createMediationCase).toMatchObject({ teamId: team.id, unitId: units.xaMyTu, receivedOn: '2026-11-20' });
    newCase = created.data!.createMediationCase.id;
    const book = (await app.gql(CASES, { t: team.id }, { token: tokens.xaMyTu })).data!.allMediationCases as { id: string; unitId: string; receivedOn: string }[];
    expect(book.map((c) => c.id)).toContain(newCase);
    const units2022 = new Set(book.filter((c) => c.receivedOn.startsWith('2022')).map((c) => c.unitId));
    expect([...units2022]).toEqual([units.xaMyTu2021]);
    const [{ n }] = await app.sql(`select count(*)::int as n from mediation_case where team_id = $1`, [team.id]);
    expect(book).toHaveLength(n);
  });

  it('cannot change its 2022 cases, nor record a case of 2022: that history is the former commune\'s', async () => {
    const [old] = await app.sql(`select id::text, version, category::text from mediation_case where team_id = $1 and received_on < '2023-01-01' order by id limit 1`, [team.id]);
    const changed = await app.gql(`mutation ($id: ID!, $v: Int!) { updateMediationCase(id: $id, version: $v, category: OTHER) { id } }`, { id: old.id, v: old.version }, { token: tokens.xaMyTu });
    expect(codeOf(changed)).toBe('FORBIDDEN');
    const removed = await app.gql(`mutation ($id: ID!, $v: Int!) { deleteMediationCase(id: $id, version: $v) { id } }`, { id: old.id, v: old.version }, { token: tokens.xaMyTu });
    expect(codeOf(removed)).toBe('FORBIDDEN');
    const backdated = await app.gql(CREATE_CASE, { t: team.id, d: '2022-05-05' }, { token: tokens.xaMyTu });
    expect(backdated.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'receivedOn', reason: 'BEFORE_TEAM_MOVED', params: { movedOn: '2025-07-01', formerUnitId: Number(units.xaMyTu2021) } });
    const review = await app.gql(`mutation ($t: ID!) { createTeamReview(teamId: $t, year: 2024, reviewed: true) { id } }`, { t: team.id }, { token: tokens.xaMyTu });
    expect(review.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year', reason: 'BEFORE_TEAM_MOVED' });
    expect(await app.sql(`select id::text, version, category::text from mediation_case where id = $1`, [old.id])).toEqual([old]);
  });

  it('is readable, never writable, by the staff of 2021 xã Mỹ Tú, who do not see what was recorded since', async () => {
    const read = await app.gql(`query ($id: ID!, $c: ID!) { MediationTeam(id: $id) { id version } MediationCase(id: $c) { id } }`, { id: team.id, c: newCase }, { token: tokens.xaMyTu2021 });
    expect(read.data).toEqual({ MediationTeam: { id: team.id, version: expect.any(Number) }, MediationCase: null });
    const renamed = await app.gql(`mutation ($id: ID!, $v: Int!) { updateMediationTeam(id: $id, version: $v, name: "Tổ Đổi Tên") { id } }`,
      { id: team.id, v: read.data!.MediationTeam.version }, { token: tokens.xaMyTu2021 });
    expect(codeOf(renamed)).toBe('FORBIDDEN');
    const joining = await app.gql(`mutation ($t: ID!) { createMediator(teamId: $t, fullName: "Người Cũ", gender: MALE, voteShare: 70) { id } }`, { t: team.id }, { token: tokens.xaMyTu2021 });
    expect(codeOf(joining)).toBe('FORBIDDEN');
    // Its own history it still completes (a case of February 2021, before the 2021 list was taken); today's records it cannot make.
    const late = await app.gql(CREATE_CASE, { t: team.id, d: '2021-02-10' }, { token: tokens.xaMyTu2021 });
    expect(late.data!.createMediationCase).toMatchObject({ unitId: units.xaMyTu2021, receivedOn: '2021-02-10' });
    expect(codeOf(await app.gql(CREATE_CASE, { t: team.id, d: '2026-02-10' }, { token: tokens.xaMyTu2021 }))).toBe('FORBIDDEN');
  });

  it('shows Long Phú\'s and Bạc Liêu\'s staff none of it, by id or in any list', async () => {
    for (const role of ['longPhu', 'bacLieu', 'caMau']) {
      const result = await app.gql(`query ($id: ID!, $c: ID!, $h: ID!) { MediationTeam(id: $id) { id } MediationCase(id: $c) { id } Hamlet(id: $h) { id }
        allMediationCases(filter: { teamId: $id }) { id } allMediators(filter: { teamId: $id }) { id } allHamletMoves(filter: { hamletId: $h }) { id } }`,
        { id: team.id, c: newCase, h: String(team.hamlet_id) }, { token: tokens[role] });
      expect({ role, data: result.data }).toEqual({ role, data: { MediationTeam: null, MediationCase: null, Hamlet: null, allMediationCases: [], allMediators: [], allHamletMoves: [] } });
    }
  });
});

describe('hamlets of a split or unmapped commune', () => {
  const UNASSIGNED = `query ($f: UnassignedHamletFilter) { allUnassignedHamlets(perPage: 100, filter: $f) { id name unitId mapping teams mediators
    unit { code } candidateIds candidates { code } } _allUnassignedHamletsMeta(filter: $f) { count } }`;
  const ASSIGN = `mutation ($h: ID!, $u: ID!) { createHamletMove(hamletId: $h, unitId: $u, note: "Theo Nghị quyết sắp xếp") { id basis mapping movedOn teams mediators unitId fromUnitId movedById } }`;
  let hamlets: { id: string; teams: number; candidateIds: string[] }[] = [];

  it('are listed, with their count and candidates, to the admin of the province that succeeded theirs', async () => {
    const result = await app.gql(UNASSIGNED, {}, { token: tokens.canTho });
    expect(result.errors).toBeUndefined();
    const list = result.data!.allUnassignedHamlets;
    const [{ n }] = await app.sql(`select count(*)::int as n from hamlet h join admin_unit u on u.id = h.unit_id where h.moved_on is null and u.valid_to < current_date and u.path <@ 'y2021.p94'`);
    expect(result.data!._allUnassignedHamletsMeta.count).toBe(n);
    expect(n).toBeGreaterThan(0);
    const phuong1 = list.filter((h: { unit: { code: string } }) => h.unit.code === '31513');
    expect(phuong1.length).toBeGreaterThan(0);
    expect(phuong1.every((h: { mapping: string; teams: number }) => h.mapping === 'UNMAPPED' && h.teams === 1)).toBe(true);
    // Unmapped: the communes that took the other communes of its district (Sóc Trăng city).
    const [{ codes }] = await app.sql(`select array_agg(distinct n.code order by n.code) as codes from admin_unit c join unit_succession s on s.predecessor_id = c.id
        join admin_unit n on n.id = s.successor_id where c.parent_id = $1 and c.id <> $2`, [units.socTrangCity, units.phuong1]);
    expect(phuong1[0].candidates.map((c: { code: string }) => c.code)).toEqual(codes);
    hamlets = phuong1;
    for (const role of ['caMau', 'longPhu', 'xaMyTu', 'bacLieu']) {
      const other = await app.gql(UNASSIGNED, {}, { token: tokens[role] });
      expect({ role, count: other.data!._allUnassignedHamletsMeta.count }).toEqual({ role, count: 0 });
    }
  });

  it('sort by commune, name, mapping and id, either way, with the name and id breaking ties', async () => {
    const SORTED = `query ($s: String, $o: String) { allUnassignedHamlets(perPage: 500, sortField: $s, sortOrder: $o) { id name mapping unit { code } } }`;
    type Row = { id: string; name: string; mapping: string; unit: { code: string } };
    const all = (await app.gql<{ allUnassignedHamlets: Row[] }>(SORTED, { s: 'id', o: 'ASC' }, { token: tokens.canTho })).data!.allUnassignedHamlets;
    expect(all.length).toBeGreaterThan(1);
    expect(all.length).toBeLessThan(500);
    const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const keys: Record<string, (row: Row) => string | number> = { unitId: (row) => row.unit.code, name: (row) => row.name, mapping: (row) => row.mapping, id: (row) => Number(row.id) };
    for (const [field, key] of Object.entries(keys)) {
      for (const order of ['ASC', 'DESC']) {
        const sign = order === 'ASC' ? 1 : -1;
        const expected = [...all].sort((a, b) => sign * (
          (typeof key(a) === 'number' ? (key(a) as number) - (key(b) as number) : text(String(key(a)), String(key(b))))
          || text(a.name, b.name) || Number(a.id) - Number(b.id)));
        const result = await app.gql<{ allUnassignedHamlets: Row[] }>(SORTED, { s: field, o: order }, { token: tokens.canTho });
        expect({ field, order, ids: result.data!.allUnassignedHamlets.map((row) => row.id) }).toEqual({ field, order, ids: expected.map((row) => row.id) });
      }
    }
  });

  it('are assigned only by the admin of the destination\'s province, only to a candidate, only once', async () => {
    const [first] = hamlets;
    const candidate = first.candidateIds[0];
    const notCandidate = units.xaMyTu;
    const wrong = await app.gql(ASSIGN, { h: first.id, u: notCandidate }, { token: tokens.canTho });
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId', reason: 'NOT_A_CANDIDATE' });
    expect(codeOf(await app.gql(ASSIGN, { h: first.id, u: candidate }, { token: tokens.caMau }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(ASSIGN, { h: first.id, u: candidate }, { token: tokens.socTrang }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(ASSIGN, { h: first.id, u: candidate }, { token: tokens.analyst2025 }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(ASSIGN, { h: first.id, u: candidate }, { token: tokens.xaMyTu }))).toBe('FORBIDDEN');
    expect(await app.sql(`select 1 from hamlet_move where hamlet_id = $1`, [first.id])).toHaveLength(0);

    const [{ mediators }] = await app.sql(`select count(*)::int as mediators from mediator m join mediation_team t on t.id = m.team_id where t.hamlet_id = $1`, [first.id]);
    const [canTho] = await app.sql(`select id from app_user where email = $1`, [DEMO.canThoAdmin]);
    const moved = await app.gql(ASSIGN, { h: first.id, u: candidate }, { token: tokens.canTho });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.createHamletMove).toMatchObject({ basis: 'ASSIGNED', mapping: 'UNMAPPED', movedOn: '2025-07-01', teams: 1, mediators, unitId: candidate,
      fromUnitId: units.phuong1, movedById: String(canTho.id) });
    expect(await app.sql(`select count(*)::int as n from mediation_team t join mediator m on m.team_id = t.id where t.hamlet_id = $1 and m.unit_id = $2 and t.unit_id = $2`,
      [first.id, candidate])).toEqual([{ n: mediators }]);
    expect(await app.sql(`select action from audit_log where entity = 'HamletMove' and entity_id = $1`, [moved.data!.createHamletMove.id])).toEqual([{ action: 'CREATE' }]);
    const again = await app.gql(ASSIGN, { h: first.id, u: candidate }, { token: tokens.canTho });
    expect(again.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hamletId', reason: 'HAMLET_ALREADY_MOVED' });
    const count = (await app.gql(UNASSIGNED, {}, { token: tokens.canTho })).data!._allUnassignedHamletsMeta.count;
    expect(count).toBe(hamlets.length - 1);
  });

  it('lets the commune that received a hamlet read its team\'s history, and nothing of the hamlets that went elsewhere', async () => {
    // Split 31513 between two of its candidates, as a corrected mapping would (PARTIAL), and assign the rest.
    const [, second, ...rest] = hamlets;
    const [a, b] = [second.candidateIds[0], second.candidateIds[1]];
    expect(b).toBeDefined();
    const correction = await app.gql(`mutation ($p: ID!, $a: ID!, $b: ID!) { correctUnitSuccession(predecessorId: $p, successors: [{ unitId: $a, kind: PARTIAL }, { unitId: $b, kind: PARTIAL }],
      reason: "Nghị quyết sắp xếp chia Phường 1 cho hai phường mới") { id } }`, { p: units.phuong1, a, b }, { token: tokens.sysadmin });
    expect(correction.errors).toBeUndefined();
    expect((await app.gql(ASSIGN, { h: second.id, u: a }, { token: tokens.canTho })).data!.createHamletMove.mapping).toBe('PARTIAL');
    for (const hamlet of rest) expect(codeOf(await app.gql(ASSIGN, { h: hamlet.id, u: b }, { token: tokens.canTho }))).toBe('OK');

    // A staff member of commune A signs in like any user: its scope comes from its membership.
    const [user] = await app.sql(`insert into app_user (email, full_name, unit_id) values ('phuong.a@test.hoagiai.vn', 'Công chức phường A', null) returning id`);
    await app.sql(`insert into app_private.user_secret (user_id, password_hash)
                   select $1, s.password_hash from app_private.user_secret s join app_user u on u.id = s.user_id where u.email = $2`, [user.id, DEMO.xaMyTu2025Staff]);
    await app.sql(`insert into membership (user_id, role, unit_id) values ($1, 'COMMUNE_STAFF', $2)`, [user.id, a]);
    const staffA = await app.login('phuong.a@test.hoagiai.vn');
    const teamsOf = async (hamletIds: string[]) => (await app.sql(`select id::text from mediation_team where hamlet_id = any($1)`, [hamletIds])).map((r) => r.id as string);
    const [mine] = await teamsOf([second.id]);
    const others = await teamsOf(rest.map((h) => h.id));
    const casesOf = async (teamIds: string[]) => Number((await app.sql(`select count(*) as n from mediation_case where team_id = any($1)`, [teamIds]))[0].n);
    const seen = async (teamId: string) => (await app.gql(CASES, { t: teamId }, { token: staffA })).data!.allMediationCases.length;
    expect(await seen(mine)).toBe(await casesOf([mine]));
    expect(await casesOf([mine])).toBeGreaterThan(0);
    for (const other of others) expect(await seen(other)).toBe(0);
    // Nor the old commune's own records (its assessments): commune A succeeded only part of it.
    const assessments = await app.gql(`query ($u: ID!) { _allAccessToLawAssessmentsMeta(filter: { unitId: $u }) { count } }`, { u: units.phuong1 }, { token: staffA });
    expect(assessments.data!._allAccessToLawAssessmentsMeta.count).toBe(0);
    // The same at the SQL level, as the server's role with A's read scope.
    const [{ path }] = await app.sql(`select path::text from admin_unit where id = $1`, [a]);
    const scope = { read: `{${path}}` };
    expect((await app.sqlAsApp(scope, `select count(*)::int as n from mediation_case where team_id = any($1)`, [others]))[0].n).toBe(0);
    expect((await app.sqlAsApp(scope, `select count(*)::int as n from team_review where team_id = $1`, [mine]))[0].n)
      .toBe(Number((await app.sql(`select count(*) as n from team_review where team_id = $1`, [mine]))[0].n));
    // And it writes none of that history.
    const [old] = await app.sql(`select id::text, version from mediation_case where team_id = $1 order by id limit 1`, [mine]);
    expect(codeOf(await app.gql(`mutation ($id: ID!, $v: Int!) { updateMediationCase(id: $id, version: $v, category: OTHER) { id } }`, { id: old.id, v: old.version }, { token: staffA })))
      .toBe('FORBIDDEN');
  });
});

describe('isolation of hamlet moves', () => {
  const MOVES = `{ allHamletMoves(perPage: 500) { id unitId fromUnitId } _allHamletMovesMeta { count } }`;
  const count = async (where: string, params: unknown[] = []) => Number((await app.sql(`select count(*) as n from hamlet_move mv where ${where}`, params))[0].n);

  it.each([
    ['xaMyTu', 'the moves into today\'s xã Mỹ Tú', `mv.unit_path <@ 'y2025.p92.c31567'`],
    ['xaMyTu2021', 'the moves out of 2021 xã Mỹ Tú', `mv.from_path <@ 'y2021.p94.d944.c31597'`],
    ['longPhu', 'the moves out of Long Phú district', `mv.from_path <@ 'y2021.p94.d946'`],
    ['myTu', 'the moves out of Mỹ Tú district', `mv.from_path <@ 'y2021.p94.d944'`],
    ['bacLieu', 'the moves out of Bạc Liêu', `mv.from_path <@ 'y2021.p95'`],
    ['caMau', 'the moves into Cà Mau', `mv.unit_path <@ 'y2025.p96'`],
    ['canTho', 'the moves into Cần Thơ', `mv.unit_path <@ 'y2025.p92'`],
  ])('shows %s %s, and no other', async (role, _what, where) => {
    const result = await app.gql(MOVES, {}, { token: tokens[role] });
    expect(result.errors).toBeUndefined();
    const expected = await count(where);
    expect(expected).toBeGreaterThan(0);
    expect(result.data!._allHamletMovesMeta.count).toBe(expected);
  });

  it('answers another tenant\'s move as not found, and shows none to an empty or a wrong scope at the SQL level', async () => {
    const [caMauMove] = await app.sql(`select id::text from hamlet_move where unit_path <@ 'y2025.p96' order by id limit 1`);
    expect((await app.gql(`query ($id: ID!) { HamletMove(id: $id) { id } }`, { id: caMauMove.id }, { token: tokens.canTho })).data!.HamletMove).toBeNull();
    expect((await app.gql(`query ($id: ID!) { HamletMove(id: $id) { id } }`, { id: caMauMove.id }, { token: tokens.caMau })).data!.HamletMove).toEqual({ id: caMauMove.id });
    for (const table of ['hamlet_move', 'mediation_team_tenure']) {
      expect((await app.sqlAsApp({}, `select count(*)::int as n from ${table}`))[0].n).toBe(0);
      expect((await app.sqlAsApp({ read: '{y2025.p01,y2021.p01}' }, `select count(*)::int as n from ${table}`))[0].n).toBe(0);
    }
    // Nobody writes moves but the move function: the server's role has no grant.
    await expect(app.sqlAsApp({ read: '{""}', write: '{""}', admin: '{""}' }, `delete from hamlet_move`)).rejects.toThrow(/permission denied/);
    await expect(app.sqlAsApp({ read: '{""}', write: '{""}', admin: '{""}' }, `select app.move_hamlets('{}', '{}', 'ASSIGNED', null, null)`)).rejects.toThrow(/permission denied/);
  });

  it('keeps a record tied to a unit its team belonged to (composite key through the team\'s tenures)', async () => {
    await expect(app.sql(`insert into mediation_case (team_id, unit_id, received_on, category) values ($1, $2, '2026-01-05', 'LAND')`, [team.id, units.caMau]))
      .rejects.toThrow(/mediation_case_team_fkey/);
    expect(await app.sql(`select unit_id::text from mediation_team_tenure where team_id = $1 order by unit_id`, [team.id]))
      .toEqual([{ unit_id: units.xaMyTu2021 }, { unit_id: units.xaMyTu }].sort((x, y) => Number(x.unit_id) - Number(y.unit_id)));
  });

  it('lists moves and unassigned hamlets with their nested fields in the same number of statements for a small and a large page', async () => {
    const statements = async (query: string, perPage: number) => {
      const result = await app.gql(query, { perPage }, { token: tokens.canTho });
      expect(result.errors).toBeUndefined();
      expect(Object.values(result.data!)[0]).toHaveLength(perPage);
      return result.extensions!.sqlStatements!;
    };
    const moves = `query ($perPage: Int) { allHamletMoves(perPage: $perPage) { basis hamlet { name formerUnit { code } } unit { name } fromUnit { name } } }`;
    expect(await statements(moves, 40)).toBe(await statements(moves, 5));
    const teams = `query ($perPage: Int) { allMediationTeams(perPage: $perPage) { name formerUnit { code } hamlet { move { basis fromUnit { code } } } } }`;
    expect(await statements(teams, 40)).toBe(await statements(teams, 5));
  });
});
