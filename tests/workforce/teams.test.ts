import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * Law 35/2013 in the API: the hard rules (refused, BAD_USER_INPUT naming the field, nothing
 * written) and the compliance rules (allowed, flagged with reasons). Everything happens in hamlets
 * this file creates in Xã Mỹ Tú (31597), as its commune staff.
 */
let app: TestApp;
let token: string;
let xaMyTu: string;
let hamletCount = 0;

beforeAll(async () => {
  app = await startTestApp();
  token = await app.login(DEMO.xaMyTuStaff);
  xaMyTu = await app.unitId('31597');
});
afterAll(() => app?.close());

type Person = { gender?: string; voteShare?: number; ethnicity?: string };

async function newTeam(): Promise<string> {
  hamletCount += 1;
  const hamlet = await app.gql('mutation ($unitId: ID!, $name: String!) { createHamlet(unitId: $unitId, name: $name, kind: AP) { id } }',
    { unitId: xaMyTu, name: `Ấp Test Luật ${hamletCount}` }, { token });
  const team = await app.gql('mutation ($hamletId: ID!) { createMediationTeam(hamletId: $hamletId) { id name } }', { hamletId: hamlet.data!.createHamlet.id }, { token });
  expect(team.errors).toBeUndefined();
  return team.data!.createMediationTeam.id;
}

const CREATE_MEDIATOR = `mutation ($teamId: ID!, $fullName: String!, $gender: Gender!, $voteShare: Float!, $ethnicity: String, $ethnicMinority: Boolean) {
  createMediator(teamId: $teamId, fullName: $fullName, gender: $gender, voteShare: $voteShare, ethnicity: $ethnicity, ethnicMinority: $ethnicMinority) {
    id version ethnicMinority status } }`;

async function addMediator(teamId: string, name: string, person: Person = {}) {
  return app.gql(CREATE_MEDIATOR, { teamId, fullName: name, gender: person.gender ?? 'MALE', voteShare: person.voteShare ?? 72.5, ethnicity: person.ethnicity ?? 'Kinh' }, { token });
}

async function mediatorId(teamId: string, name: string, person: Person = {}): Promise<string> {
  const result = await addMediator(teamId, name, person);
  expect(result.errors).toBeUndefined();
  return result.data!.createMediator.id;
}

const TEAM = `query ($id: ID!) { MediationTeam(id: $id) { id version leaderMediatorId leader { fullName }
  compliance { compliant activeMediators women ethnicMinority minorityArea reasons { code message legalBasis } } } }`;
const team = async (id: string) => (await app.gql(TEAM, { id }, { token })).data!.MediationTeam;
const reasonsOf = async (id: string) => (await team(id)).compliance.reasons.map((reason: { code: string }) => reason.code);

const SET_LEADER = 'mutation ($id: ID!, $version: Int!, $leader: ID) { updateMediationTeam(id: $id, version: $version, leaderMediatorId: $leader) { leaderMediatorId version } }';
const setLeader = async (teamId: string, leader: string | null) => app.gql(SET_LEADER, { id: teamId, version: (await team(teamId)).version, leader }, { token });

const leave = async (id: string, version: number) =>
  app.gql('mutation ($id: ID!, $version: Int!) { updateMediator(id: $id, version: $version, status: LEFT, leftOn: "2022-03-01") { status version } }', { id, version }, { token });

describe('mediators: hard rules', () => {
  it('refuses a vote share of 50% or less with BAD_USER_INPUT on voteShare, and writes nothing', async () => {
    const teamId = await newTeam();
    for (const voteShare of [50, 49.99, 12]) {
      const refused = await addMediator(teamId, `Lê Văn Phiếu ${voteShare}`, { voteShare });
      expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'voteShare' });
    }
    expect(await app.sql('select 1 from mediator where team_id = $1', [teamId])).toHaveLength(0);
    expect(await app.sql(`select 1 from audit_log where entity = 'Mediator' and after->>'teamId' = $1`, [teamId])).toHaveLength(0);

    const elected = await addMediator(teamId, 'Lê Văn Đủ Phiếu', { voteShare: 50.01 });
    expect(elected.errors).toBeUndefined();
    const { id, version } = elected.data!.createMediator;
    const lowered = await app.gql('mutation ($id: ID!, $version: Int!) { updateMediator(id: $id, version: $version, voteShare: 40) { voteShare } }', { id, version }, { token });
    expect(lowered.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'voteShare' });
    expect(await app.sql('select vote_share::float as share, version from mediator where id = $1', [id])).toEqual([{ share: 50.01, version }]);
  });

  it('refuses a leader who is not a member of the team, or who left; accepts an active member', async () => {
    const teamA = await newTeam();
    const teamB = await newTeam();
    const stranger = await mediatorId(teamB, 'Trần Văn Ngoài Tổ');
    const notMember = await setLeader(teamA, stranger);
    expect(notMember.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leaderMediatorId' });

    const gone = await addMediator(teamA, 'Phạm Văn Đã Nghỉ');
    await leave(gone.data!.createMediator.id, gone.data!.createMediator.version);
    const left = await setLeader(teamA, gone.data!.createMediator.id);
    expect(left.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leaderMediatorId' });
    expect(left.errors![0].message).toMatch(/active/);
    expect((await team(teamA)).leaderMediatorId).toBeNull();

    const member = await mediatorId(teamA, 'Nguyễn Văn Tổ Trưởng');
    const accepted = await setLeader(teamA, member);
    expect(accepted.errors).toBeUndefined();
    expect((await team(teamA)).leader).toEqual({ fullName: 'Nguyễn Văn Tổ Trưởng' });
  });

  it('refuses letting the leader leave, or deleting them, before another leader is chosen', async () => {
    const teamId = await newTeam();
    const leader = await addMediator(teamId, 'Võ Văn Dẫn Dắt');
    const { id, version } = leader.data!.createMediator;
    await setLeader(teamId, id);
    const leaving = await leave(id, version);
    expect(leaving.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    const deleting = await app.gql('mutation ($id: ID!, $version: Int!) { deleteMediator(id: $id, version: $version) { id } }', { id, version: await app.versionOf('mediator', id) }, { token });
    expect(deleting.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await app.sql('select status from mediator where id = $1', [id])).toEqual([{ status: 'ACTIVE' }]);
  });

  it('derives ethnic minority from the ethnicity and refuses a contradiction', async () => {
    const teamId = await newTeam();
    const khmer = await addMediator(teamId, 'Thạch Sô Phal', { ethnicity: 'Khmer' });
    expect(khmer.data!.createMediator.ethnicMinority).toBe(true);
    const contradiction = await app.gql(CREATE_MEDIATOR, { teamId, fullName: 'Lý Văn Mâu Thuẫn', gender: 'MALE', voteShare: 80, ethnicity: 'Kinh', ethnicMinority: true }, { token });
    expect(contradiction.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ethnicMinority' });
  });

  it('refuses mediators for a dissolved team and a dissolution without a date', async () => {
    const teamId = await newTeam();
    const { version } = await team(teamId);
    const noDate = await app.gql('mutation ($id: ID!, $version: Int!) { updateMediationTeam(id: $id, version: $version, status: DISSOLVED) { id } }', { id: teamId, version }, { token });
    expect(noDate.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dissolvedOn' });
    const dissolved = await app.gql('mutation ($id: ID!, $version: Int!) { updateMediationTeam(id: $id, version: $version, status: DISSOLVED, dissolvedOn: "2022-06-30") { status } }', { id: teamId, version }, { token });
    expect(dissolved.data!.updateMediationTeam.status).toBe('DISSOLVED');
    const joining = await addMediator(teamId, 'Đỗ Văn Muộn');
    expect(joining.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'teamId' });
  });
});

describe('team compliance (flagged, never refused)', () => {
  it('flags a new team for no leader, fewer than 3 mediators and no woman, and clears each flag as the team fills up', async () => {
    const teamId = await newTeam();
    expect(await reasonsOf(teamId)).toEqual(['NO_LEADER', 'FEWER_THAN_3_MEDIATORS', 'NO_WOMAN']);
    const first = await mediatorId(teamId, 'Huỳnh Văn Một');
    await setLeader(teamId, first);
    await mediatorId(teamId, 'Huỳnh Văn Hai');
    expect(await reasonsOf(teamId)).toEqual(['FEWER_THAN_3_MEDIATORS', 'NO_WOMAN']);
    await mediatorId(teamId, 'Huỳnh Văn Ba');
    expect(await reasonsOf(teamId)).toEqual(['NO_WOMAN']);
    const woman = await addMediator(teamId, 'Huỳnh Thị Bốn', { gender: 'FEMALE' });
    const compliance = (await team(teamId)).compliance;
    expect(compliance).toMatchObject({ compliant: true, reasons: [], activeMediators: 4, women: 1 });

    // A woman who leaves takes the team back below the rule: flagged again, with the legal basis.
    await leave(woman.data!.createMediator.id, woman.data!.createMediator.version);
    const again = (await team(teamId)).compliance;
    expect(again.compliant).toBe(false);
    expect(again.reasons).toEqual([{ code: 'NO_WOMAN', message: expect.stringMatching(/woman/), legalBasis: expect.stringMatching(/35\/2013\/QH13, Điều 12/) }]);
  });

  it('requires an ethnic-minority mediator only where the commune profile marks a minority area', async () => {
    const teamId = await newTeam();
    const leader = await mediatorId(teamId, 'Lâm Văn Trưởng');
    await setLeader(teamId, leader);
    await mediatorId(teamId, 'Lâm Thị Hai', { gender: 'FEMALE' });
    await mediatorId(teamId, 'Lâm Văn Ba');

    const setMinorityArea = async (minorityArea: boolean) => {
      const [profile] = await app.sql('select id, version from commune_profile where unit_id = $1', [xaMyTu]);
      const result = profile
        ? await app.gql('mutation ($id: ID!, $version: Int!, $m: Boolean) { updateCommuneProfile(id: $id, version: $version, minorityArea: $m) { minorityArea } }', { id: String(profile.id), version: profile.version, m: minorityArea }, { token })
        : await app.gql('mutation ($unitId: ID!, $m: Boolean) { createCommuneProfile(unitId: $unitId, minorityArea: $m) { minorityArea } }', { unitId: xaMyTu, m: minorityArea }, { token });
      expect(result.errors).toBeUndefined();
    };
    await setMinorityArea(false);
    expect((await team(teamId)).compliance).toMatchObject({ compliant: true, minorityArea: false });
    await setMinorityArea(true);
    expect((await team(teamId)).compliance).toMatchObject({ compliant: false, minorityArea: true, reasons: [expect.objectContaining({ code: 'NO_ETHNIC_MINORITY' })] });
    await mediatorId(teamId, 'Sơn Thị Sa Rinh', { gender: 'FEMALE', ethnicity: 'Khmer' });
    expect((await team(teamId)).compliance).toMatchObject({ compliant: true, ethnicMinority: 1 });
    await setMinorityArea(false);
  });

  it('flags a team without an active leader: none named, or one no longer active', async () => {
    const teamId = await newTeam();
    const leader = await mediatorId(teamId, 'Trần Văn Trưởng');
    await setLeader(teamId, leader);
    await mediatorId(teamId, 'Trần Thị Hai', { gender: 'FEMALE' });
    const third = await mediatorId(teamId, 'Trần Văn Ba');
    await mediatorId(teamId, 'Trần Văn Bốn');
    expect(await reasonsOf(teamId)).toEqual([]);
    await setLeader(teamId, null);
    expect(await reasonsOf(teamId)).toEqual(['NO_LEADER']);
    await setLeader(teamId, third);
    expect(await reasonsOf(teamId)).toEqual([]);
    // The API refuses to let a leader leave (MEDIATOR_LEADS_TEAM); a row made so anyway is still read as no leader.
    await app.sql(`update mediator set status = 'LEFT', left_on = '2022-03-01' where id = $1`, [Number(third)]);
    expect(await reasonsOf(teamId)).toEqual(['NO_LEADER']);
  });

  it('reads each team\'s mediators once, the leader among them, whatever the number of teams', async () => {
    // A province's teams under the server's role: the view's one scan of mediator is by team (an
    // index), never a pass over every mediator of the country for the leaders.
    const [{ path }] = await app.sql<{ path: string }>(`select path::text from admin_unit where code = '94' and valid_from = '2021-11-01'`);
    const [plan] = await app.sqlAsApp<{ 'QUERY PLAN': unknown }>({ read: `{${path}}` },
      `explain (format json) select v.* from mediation_team t join mediation_team_compliance v on v.team_id = t.id`);
    const scans: string[] = [];
    const walk = (node: Record<string, any>) => {
      if (node['Relation Name'] === 'mediator') scans.push(String(node['Node Type']));
      for (const child of node.Plans ?? []) walk(child);
    };
    walk((plan['QUERY PLAN'] as Record<string, any>[])[0].Plan);
    expect(scans).toHaveLength(1);
    expect(scans[0]).toMatch(/Index/);
  });

  it('filters teams by compliance, in agreement with each team\'s reasons', async () => {
    const flagged = await newTeam();
    const query = `query ($unitId: ID!, $compliant: Boolean) { allMediationTeams(perPage: 500, filter: { unitId: $unitId, compliant: $compliant }) { id compliance { compliant } } }`;
    const listed = async (compliant?: boolean) => (await app.gql(query, { unitId: xaMyTu, compliant }, { token })).data!.allMediationTeams as { id: string; compliance: { compliant: boolean } }[];
    const all = await listed();
    const yes = await listed(true);
    const no = await listed(false);
    expect(yes.length + no.length).toBe(all.length);
    expect(yes.every((t) => t.compliance.compliant)).toBe(true);
    expect(no.every((t) => !t.compliance.compliant)).toBe(true);
    expect(no.map((t) => t.id)).toContain(flagged);
  });
});

describe('versions, audit and reviews', () => {
  it('answers CONFLICT to a stale version and audits every change in the same transaction', async () => {
    const teamId = await newTeam();
    const { version } = await team(teamId);
    const rename = 'mutation ($id: ID!, $version: Int!, $name: String) { updateMediationTeam(id: $id, version: $version, name: $name) { name version } }';
    expect((await app.gql(rename, { id: teamId, version, name: 'Tổ hòa giải Mới' }, { token })).data!.updateMediationTeam).toEqual({ name: 'Tổ hòa giải Mới', version: version + 1 });
    expect(codeOf(await app.gql(rename, { id: teamId, version, name: 'Tổ hòa giải Cũ' }, { token }))).toBe('CONFLICT');
    const audit = await app.sql(`select action, before->>'name' as before, after->>'name' as after from audit_log where entity = 'MediationTeam' and entity_id = $1 order by id`, [teamId]);
    expect(audit).toEqual([
      { action: 'CREATE', before: null, after: expect.stringMatching(/^Tổ hòa giải Ấp Test Luật/) },
      { action: 'UPDATE', before: expect.stringMatching(/^Tổ hòa giải Ấp Test Luật/), after: 'Tổ hòa giải Mới' },
    ]);
  });

  it('keeps one review per team and year, and no compliance after a review that did not happen', async () => {
    const teamId = await newTeam();
    const create = 'mutation ($teamId: ID!, $reviewed: Boolean!, $after: Boolean) { createTeamReview(teamId: $teamId, year: 2022, reviewed: $reviewed, compliantAfter: $after) { id } }';
    const impossible = await app.gql(create, { teamId, reviewed: false, after: true }, { token });
    expect(impossible.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'compliantAfter' });
    expect(codeOf(await app.gql(create, { teamId, reviewed: true, after: true }, { token }))).toBe('OK');
    const twice = await app.gql(create, { teamId, reviewed: true, after: false }, { token });
    expect(twice.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    const reviews = await app.gql('query ($id: ID!) { MediationTeam(id: $id) { reviews { year reviewed compliantAfter } } }', { id: teamId }, { token });
    expect(reviews.data!.MediationTeam.reviews).toEqual([{ year: 2022, reviewed: true, compliantAfter: true }]);
  });

  it('refuses a second active team for a hamlet, naming hamletId', async () => {
    const teamId = await newTeam();
    const [{ hamlet_id: hamletId }] = await app.sql('select hamlet_id from mediation_team where id = $1', [teamId]);
    const second = await app.gql('mutation ($hamletId: ID!) { createMediationTeam(hamletId: $hamletId) { id } }', { hamletId: String(hamletId) }, { token });
    expect(second.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hamletId' });
  });
});

describe('the commune a yearly record belongs to', () => {
  it('names, for a review and a year\'s case count, the commune the team was in that year, not the one it moved to in 2025', async () => {
    const analyst = await app.login(DEMO.analyst);
    const [moved] = await app.sql(`select t.id, t.unit_id, t.moved_from_unit_id from mediation_team t
      where t.moved_from_unit_id is not null and exists (select 1 from team_review r where r.team_id = t.id and r.year = 2022)
        and exists (select 1 from case_yearly_count y where y.team_id = t.id and y.year = 2022) order by t.id limit 1`);
    expect(moved.moved_from_unit_id).not.toBe(moved.unit_id);
    const result = await app.gql(`query ($teamId: ID!) {
      allTeamReviews(filter: { teamId: $teamId, year: 2022 }) { unitId unit { id } team { unit { id } } }
      allCaseYearlyCounts(filter: { teamId: $teamId, year: 2022 }) { unitId unit { id } team { unit { id } } } }`, { teamId: String(moved.id) }, { token: analyst });
    expect(result.errors).toBeUndefined();
    for (const rows of [result.data!.allTeamReviews, result.data!.allCaseYearlyCounts]) {
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.unit.id).toBe(String(moved.moved_from_unit_id));
        expect(row.unit.id).toBe(row.unitId);
        expect(row.team.unit.id).toBe(String(moved.unit_id));
      }
    }
  });
});
