import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * The case book (Sổ theo dõi hoạt động hòa giải): closing rules, mediators of the team, paper books
 * kept as yearly counts, and the parties' personal data, which only the commune's own staff reach.
 */
let app: TestApp;
let xaMyTu: string;
let teamId: string;
let members: string[];
const tokens: Record<string, string> = {};
const PARTIES = 'Ông Nguyễn Văn Bí Mật và bà Trần Thị Riêng Tư, Ấp Test Vụ việc';

beforeAll(async () => {
  app = await startTestApp();
  xaMyTu = await app.unitId('31597');
  for (const [name, email] of Object.entries({
    xaMyTu: DEMO.xaMyTuStaff, myTu: DEMO.myTuStaff, socTrang: DEMO.socTrangAdmin, analyst: DEMO.analyst, sysadmin: DEMO.sysadmin, canTho: DEMO.canThoAdmin, bacLieu: DEMO.bacLieuAdmin,
  })) tokens[name] = await app.login(email);
  const hamlet = await app.gql('mutation ($unitId: ID!) { createHamlet(unitId: $unitId, name: "Ấp Test Vụ việc", kind: AP) { id } }', { unitId: xaMyTu }, { token: tokens.xaMyTu });
  const team = await app.gql('mutation ($hamletId: ID!) { createMediationTeam(hamletId: $hamletId) { id } }', { hamletId: hamlet.data!.createHamlet.id }, { token: tokens.xaMyTu });
  teamId = team.data!.createMediationTeam.id;
  members = [];
  for (const name of ['Hòa Giải Một', 'Hòa Giải Hai']) {
    const m = await app.gql('mutation ($teamId: ID!, $name: String!) { createMediator(teamId: $teamId, fullName: $name, gender: FEMALE, voteShare: 70) { id } }', { teamId, name }, { token: tokens.xaMyTu });
    members.push(m.data!.createMediator.id);
  }
});
afterAll(() => app?.close());

const CREATE_CASE = `mutation ($teamId: ID!, $receivedOn: LocalDate!, $outcome: CaseOutcome, $closedOn: LocalDate, $mediatorIds: [ID!], $parties: String) {
  createMediationCase(teamId: $teamId, receivedOn: $receivedOn, category: LAND, outcome: $outcome, closedOn: $closedOn, mediatorIds: $mediatorIds, parties: $parties) {
    id version outcome closedOn mediatorIds parties } }`;
const newCase = (variables: Record<string, unknown>, token = tokens.xaMyTu) => app.gql(CREATE_CASE, { teamId, receivedOn: '2023-03-01', ...variables }, { token });
const READ_CASE = 'query ($id: ID!) { MediationCase(id: $id) { id outcome parties } }';

describe('case book rules', () => {
  it('needs a closing date exactly when the case is settled or not settled, and not before it was received', async () => {
    const noDate = await newCase({ outcome: 'SETTLED' });
    expect(noDate.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closedOn' });
    const openWithDate = await newCase({ outcome: 'IN_PROGRESS', closedOn: '2023-03-05' });
    expect(openWithDate.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closedOn' });
    const backwards = await newCase({ outcome: 'NOT_SETTLED', closedOn: '2023-02-01' });
    expect(backwards.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closedOn' });
    const settled = await newCase({ outcome: 'SETTLED', closedOn: '2023-03-20', mediatorIds: members });
    expect(settled.data!.createMediationCase).toMatchObject({ outcome: 'SETTLED', closedOn: '2023-03-20', mediatorIds: [...members].sort((a, b) => Number(a) - Number(b)) });
  });

  it('accepts only mediators of the case\'s own team', async () => {
    const [other] = await app.sql(`select m.id from mediator m where coalesce(m.moved_from_path, m.unit_path) = 'y2021.p94.d944.c31597' and m.team_id <> $1 limit 1`, [teamId]);
    const result = await newCase({ mediatorIds: [members[0], String(other.id)] });
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mediatorIds' });
  });

  it('keeps a team-year either in the book or as paper yearly counts, never both', async () => {
    const counts = 'mutation ($teamId: ID!, $year: Int!, $received: Int) { createCaseYearlyCount(teamId: $teamId, year: $year, settled: 5, notSettled: 1, inProgress: 1, received: $received) { id received } }';
    const wrongSum = await app.gql(counts, { teamId, year: 2024, received: 9 }, { token: tokens.xaMyTu });
    expect(wrongSum.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'received' });
    expect((await app.gql(counts, { teamId, year: 2024 }, { token: tokens.xaMyTu })).data!.createCaseYearlyCount.received).toBe(7);
    const inBook = await newCase({ receivedOn: '2024-05-05' });
    expect(inBook.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'receivedOn' });
    const onPaper = await app.gql(counts, { teamId, year: 2023 }, { token: tokens.xaMyTu });
    expect(onPaper.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});

describe('the parties: personal data of the commune', () => {
  let caseId: string;
  beforeAll(async () => {
    const created = await newCase({ parties: PARTIES, mediatorIds: [members[0]] });
    expect(created.data!.createMediationCase.parties).toBe(PARTIES);
    caseId = created.data!.createMediationCase.id;
  });

  it('are read back by the commune\'s own staff', async () => {
    expect((await app.gql(READ_CASE, { id: caseId }, { token: tokens.xaMyTu })).data!.MediationCase.parties).toBe(PARTIES);
  });

  it.each(['myTu', 'socTrang', 'analyst', 'sysadmin', 'canTho'])('never reach %s, who reads the case itself', async (role) => {
    const result = await app.gql(READ_CASE, { id: caseId }, { token: tokens[role] });
    expect(result.errors).toBeUndefined();
    expect(result.data!.MediationCase).toEqual({ id: caseId, outcome: 'IN_PROGRESS', parties: null });
  });

  it('never reach a province admin who narrows the scope to the commune', async () => {
    const result = await app.gql(READ_CASE, { id: caseId }, { token: tokens.socTrang, unitId: xaMyTu });
    expect(result.data!.MediationCase.parties).toBeNull();
  });

  it('never reach another province, nor another commune, which do not even see the case', async () => {
    expect((await app.gql(READ_CASE, { id: caseId }, { token: tokens.bacLieu })).data!.MediationCase).toBeNull();
    const [longHungCase] = await app.sql(`select c.id from mediation_case c join mediation_case_parties p on p.case_id = c.id where c.unit_path = 'y2021.p94.d944.c31579' limit 1`);
    expect((await app.gql(READ_CASE, { id: String(longHungCase.id) }, { token: tokens.xaMyTu })).data!.MediationCase).toBeNull();
  });

  it('are absent from an analyst\'s lists of cases, though the demo book records many', async () => {
    const result = await app.gql('{ allMediationCases(perPage: 500) { id parties } }', {}, { token: tokens.analyst });
    expect(result.data!.allMediationCases).toHaveLength(500);
    expect(result.data!.allMediationCases.every((c: { parties: string | null }) => c.parties === null)).toBe(true);
    const [{ n }] = await app.sql('select count(*)::int as n from mediation_case_parties');
    expect(n).toBeGreaterThan(1000);
  });

  it('are never searched: the case book\'s search finds cases by their team\'s name, without diacritics', async () => {
    const search = async (q: string) => (await app.gql('query ($q: String) { allMediationCases(perPage: 500, filter: { q: $q }) { id teamId } }', { q }, { token: tokens.xaMyTu }))
      .data!.allMediationCases as { id: string; teamId: string }[];
    const byTeam = await search('TEST VU VIEC');
    expect(byTeam.map((c) => c.id)).toContain(caseId);
    expect(new Set(byTeam.map((c) => c.teamId))).toEqual(new Set([teamId]));
    // Words only the parties hold find nothing, even for the staff who may read them.
    expect(await search('bi mat')).toEqual([]);
    expect(await search('Riêng Tư')).toEqual([]);
  });

  it('cannot be written by the district, which may still update the case without touching them', async () => {
    const [{ version }] = await app.sql('select version from mediation_case where id = $1', [caseId]);
    const write = await app.gql('mutation ($id: ID!, $version: Int!) { updateMediationCase(id: $id, version: $version, parties: "Ông Ghi Đè") { id } }', { id: caseId, version }, { token: tokens.myTu });
    expect(codeOf(write)).toBe('FORBIDDEN');
    const erase = await app.gql('mutation ($id: ID!, $version: Int!) { updateMediationCase(id: $id, version: $version, parties: null) { id } }', { id: caseId, version }, { token: tokens.myTu });
    expect(codeOf(erase)).toBe('FORBIDDEN');
    const close = await app.gql('mutation ($id: ID!, $version: Int!) { updateMediationCase(id: $id, version: $version, outcome: SETTLED, closedOn: "2023-04-01") { outcome parties } }', { id: caseId, version }, { token: tokens.myTu });
    expect(close.data!.updateMediationCase).toEqual({ outcome: 'SETTLED', parties: null });
    expect(await app.sql('select parties from mediation_case_parties where case_id = $1', [caseId])).toEqual([{ parties: PARTIES }]);
    const byDistrict = await newCase({ parties: 'Ông Huyện Ghi' }, tokens.myTu);
    expect(codeOf(byDistrict)).toBe('FORBIDDEN');
    expect(await app.sql(`select 1 from mediation_case_parties where parties = 'Ông Huyện Ghi'`)).toHaveLength(0);
  });

  it('never enter the audit log, which higher units read: only that they changed', async () => {
    const rows = await app.sql(`select action, after from audit_log where entity = 'MediationCase' and entity_id = $1 order by id`, [caseId]);
    expect(rows[0].after).toMatchObject({ partiesChanged: true });
    expect(await app.sql(`select 1 from audit_log where before::text like '%Bí Mật%' or after::text like '%Bí Mật%'`)).toHaveLength(0);
  });

  it('are closed at the SQL level to the server role without the commune staff membership', async () => {
    const [user] = await app.sql('select id from app_user where email = $1', [DEMO.xaMyTuStaff]);
    const [district] = await app.sql('select id from app_user where email = $1', [DEMO.myTuStaff]);
    const commune = '{y2021.p94.d944.c31597}';
    const count = 'select count(*)::int as n from mediation_case_parties';
    expect((await app.sqlAsApp({ read: commune, write: commune, userId: user.id }, count))[0].n).toBeGreaterThan(0);
    expect((await app.sqlAsApp({ read: commune, write: commune }, count))[0].n).toBe(0);
    expect((await app.sqlAsApp({ read: '{y2021.p94.d944}', write: '{y2021.p94.d944}', userId: district.id }, count))[0].n).toBe(0);
    expect((await app.sqlAsApp({ read: commune, write: commune, userId: district.id }, count))[0].n).toBe(0);
    expect((await app.sqlAsApp({ read: '{y2021.p94,y2021.p95}' }, count))[0].n).toBe(0);
    await expect(app.sqlAsApp({ read: '{y2021.p94.d944}', write: '{y2021.p94.d944}', userId: district.id },
      `insert into mediation_case_parties (case_id, unit_id, parties) values ($1, $2, 'x') on conflict (case_id) do update set parties = 'x'`, [caseId, xaMyTu]))
      .rejects.toThrow(/row-level security/);
  });
});

describe('what a case is about (summary)', () => {
  const SUMMARY = 'Ông Bí Mật và bà Riêng Tư tranh chấp lối đi chung giữa hai thửa đất';
  const WITH_SUMMARY = `mutation ($teamId: ID!, $summary: String) {
    createMediationCase(teamId: $teamId, receivedOn: "2023-04-02", category: NEIGHBOURHOOD, summary: $summary) { id version summary } }`;

  it('is recorded and read back by the commune\'s own staff, and kept out of the audit log', async () => {
    const created = await app.gql(WITH_SUMMARY, { teamId, summary: SUMMARY }, { token: tokens.xaMyTu });
    expect(created.data!.createMediationCase.summary).toBe(SUMMARY);
    const [audit] = await app.sql(`select after from audit_log where entity = 'MediationCase' and entity_id = $1`, [created.data!.createMediationCase.id]);
    expect(audit.after).toMatchObject({ summaryChanged: true });
    expect(JSON.stringify(audit.after)).not.toContain('Bí Mật');
    // Nor the summary's own row, which the audit trigger records without its text (app_private.audit_setting).
    expect(await app.sql(`select 1 from audit_log where before::text like '%Riêng Tư%' or after::text like '%Riêng Tư%'`)).toHaveLength(0);
    expect(await app.sql(`select 1 from audit_log where entity = 'MediationCaseSummary'`)).not.toHaveLength(0);
  });

  it('follows the parties\' rule: hidden from the district, the province and the analyst, refused to the district', async () => {
    const [kase] = await app.sql(`select c.id::text, c.version from mediation_case c join mediation_case_summary s on s.case_id = c.id where s.summary = $1`, [SUMMARY]);
    for (const name of ['myTu', 'socTrang', 'analyst', 'sysadmin']) {
      const read = await app.gql('query ($id: ID!) { MediationCase(id: $id) { id summary } }', { id: kase.id }, { token: tokens[name] });
      expect(read.data!.MediationCase, name).toEqual({ id: kase.id, summary: null });
    }
    const refused = await app.gql('mutation ($id: ID!, $v: Int!) { updateMediationCase(id: $id, version: $v, summary: "Đổi nội dung") { id } }',
      { id: kase.id, v: kase.version }, { token: tokens.myTu });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERSONAL_DATA_COMMUNE_ONLY' });
    expect(await app.sqlAsApp({ read: '{y2021.p94.d944}', write: '{y2021.p94.d944}' }, 'select summary from mediation_case_summary')).toEqual([]);
  });

  it('is refused longer than 500 characters, naming the field and the limit', async () => {
    const refused = await app.gql(WITH_SUMMARY, { teamId, summary: 'x'.repeat(501) }, { token: tokens.xaMyTu });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'summary', reason: 'TEXT_LENGTH', params: { min: 0, max: 500 } });
  });
});
