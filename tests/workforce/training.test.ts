import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * Trainer pools against Decision 315/QĐ-TTg (live team counts, composition rule) and trained
 * status following attendance. Works on the demo data of Mỹ Tú district (944) and Sóc Trăng (94).
 */
let app: TestApp;
let myTu: string; // district 944
let socTrang: string; // province 94
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  myTu = await app.unitId('944');
  socTrang = await app.unitId('94');
  for (const [name, email] of Object.entries({ myTu: DEMO.myTuStaff, socTrang: DEMO.socTrangAdmin, xaMyTu: DEMO.xaMyTuStaff, longPhu: DEMO.longPhuStaff })) {
    tokens[name] = await app.login(email);
  }
});
afterAll(() => app?.close());

/**
 * Teams under a unit on a day, each where it was that day (a team whose hamlet moved at the 2025
 * reform counts under the unit it left until the move). The 2021 pools' last day is 30 June 2025.
 */
const POOL_LAST_DAY = '2025-06-30';
const activeTeamsUnder = async (path: string, day = POOL_LAST_DAY) =>
  (await app.sql(`select count(*)::int as n from mediation_team t
     where coalesce((select mv.from_path from hamlet_move mv where mv.hamlet_id = t.hamlet_id and mv.moved_on > $2::date), t.unit_path) <@ $1::ltree
       and (t.established_on is null or t.established_on <= $2::date) and (t.dissolved_on is null or t.dissolved_on > $2::date)`, [path, day]))[0].n as number;

const SHORTFALL = `query ($id: ID!) { TrainerPool(id: $id) { requiredAgencyKinds trainers { agencyKind trained }
  shortfall { teamsUnder teamsPerTrainer requiredTrainers actualTrainers trainedTrainers missingTrainers missingAgencyKinds meetsRequirement legalBasis } } }`;
const shortfall = async (id: string, token = tokens.myTu) => {
  const result = await app.gql(SHORTFALL, { id }, { token });
  expect(result.errors).toBeUndefined();
  return result.data!.TrainerPool;
};

describe('trainer pool shortfall (Decision 315/QĐ-TTg)', () => {
  it('requires one district trainer per 80 active teams and one provincial trainer per 100, from live counts', async () => {
    const [district] = await app.sql(`select id from trainer_pool where unit_id = $1`, [myTu]);
    const pool = await shortfall(String(district.id));
    const teams = await activeTeamsUnder('y2021.p94.d944');
    const [{ actual, trained }] = await app.sql('select count(*)::int as actual, count(*) filter (where trained)::int as trained from trainer where pool_id = $1', [district.id]);
    const present = new Set(pool.trainers.map((t: { agencyKind: string }) => t.agencyKind));
    expect(pool.shortfall).toMatchObject({
      teamsUnder: teams, teamsPerTrainer: 80, requiredTrainers: Math.ceil(teams / 80), actualTrainers: actual, trainedTrainers: trained,
      missingTrainers: Math.max(0, Math.ceil(teams / 80) - actual),
      missingAgencyKinds: pool.requiredAgencyKinds.filter((kind: string) => !present.has(kind)).sort(),
    });

    const [province] = await app.sql(`select id from trainer_pool where unit_id = $1`, [socTrang]);
    const provincial = await shortfall(String(province.id), tokens.socTrang);
    const provinceTeams = await activeTeamsUnder('y2021.p94');
    expect(provincial.shortfall).toMatchObject({ teamsUnder: provinceTeams, teamsPerTrainer: 100, requiredTrainers: Math.ceil(provinceTeams / 100) });
    expect(provincial.shortfall.legalBasis).toMatch(/315\/QĐ-TTg/);
  });

  it('shows a commune reading its district pool the district requirement, not its own share of teams', async () => {
    const [district] = await app.sql(`select id from trainer_pool where unit_id = $1`, [myTu]);
    expect((await shortfall(String(district.id), tokens.xaMyTu)).shortfall).toEqual((await shortfall(String(district.id))).shortfall);
  });

  it('says by how much and in what a new pool falls short, and follows teams as they are added and dissolved', async () => {
    // The demo's district pool serves until the district ended (30 June 2025): end it earlier to make room for a new one.
    await app.sql(`update trainer_pool set period_to = '2022-12-31' where unit_id = $1`, [myTu]);
    const created = await app.gql(`mutation ($unitId: ID!) { createTrainerPool(unitId: $unitId, periodFrom: "2023-01-01", requiredAgencyKinds: [JUSTICE, COURT, BAR_ASSOCIATION]) { id name } }`,
      { unitId: myTu }, { token: tokens.myTu });
    expect(created.errors).toBeUndefined();
    const poolId = created.data!.createTrainerPool.id;
    expect(created.data!.createTrainerPool.name).toBe('Đội ngũ tập huấn viên Huyện Mỹ Tú');
    let teams = await activeTeamsUnder('y2021.p94.d944');
    expect((await shortfall(poolId)).shortfall).toMatchObject({
      requiredTrainers: Math.ceil(teams / 80), actualTrainers: 0, missingTrainers: Math.ceil(teams / 80),
      missingAgencyKinds: ['BAR_ASSOCIATION', 'COURT', 'JUSTICE'], meetsRequirement: false,
    });

    // The registered justice office brings its kind; a judge is entered by kind.
    const [justice] = await app.sql(`select id from agency where unit_id = $1 and kind = 'JUSTICE'`, [myTu]);
    const addTrainer = (fields: string) => app.gql(`mutation ($poolId: ID!) { createTrainer(poolId: $poolId, fullName: "Tập Huấn Viên", gender: FEMALE, ${fields}) { agencyKind } }`, { poolId }, { token: tokens.myTu });
    expect((await addTrainer(`agencyId: "${justice.id}"`)).data!.createTrainer.agencyKind).toBe('JUSTICE');
    expect(codeOf(await addTrainer('agencyKind: COURT'))).toBe('OK');
    const contradiction = await addTrainer(`agencyId: "${justice.id}", agencyKind: POLICE`);
    expect(contradiction.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agencyKind' });
    expect((await shortfall(poolId)).shortfall).toMatchObject({ actualTrainers: 2, missingAgencyKinds: ['BAR_ASSOCIATION'] });

    // Cross the next multiple of 80 with new active teams: one more trainer is required.
    const [commune] = await app.sql(`select id from admin_unit where code = '31597' and valid_from = '2021-11-01'`);
    const extra = 80 * Math.ceil(teams / 80) - teams + 1;
    await app.sql(`with h as (insert into hamlet (unit_id, name, kind) select $1, 'Ấp Test Chỉ tiêu ' || g, 'AP' from generate_series(1, $2) g returning id, unit_id)
                   insert into mediation_team (unit_id, hamlet_id, name) select unit_id, id, 'Tổ Test' from h`, [commune.id, extra]);
    teams += extra;
    expect((await shortfall(poolId)).shortfall).toMatchObject({ teamsUnder: teams, requiredTrainers: Math.ceil(teams / 80) });
    await app.sql(`update mediation_team set status = 'DISSOLVED', dissolved_on = '2023-06-30' where name = 'Tổ Test'`);
    expect((await shortfall(poolId)).shortfall.teamsUnder).toBe(teams - extra);
  });

  it('refuses a pool for a commune, and a second pool of the same unit for an overlapping period', async () => {
    const commune = await app.gql(`mutation ($unitId: ID!) { createTrainerPool(unitId: $unitId, periodFrom: "2030-01-01") { id } }`, { unitId: await app.unitId('31597') }, { token: tokens.myTu });
    expect(commune.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    const overlap = await app.gql(`mutation ($unitId: ID!) { createTrainerPool(unitId: $unitId, periodFrom: "2022-06-01", periodTo: "2023-12-31") { id } }`, { unitId: myTu }, { token: tokens.myTu });
    expect(overlap.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'periodFrom' });
  });
});

const CREATE_EVENT = `mutation ($unitId: ID!, $audience: TrainingAudience!, $startsOn: LocalDate!, $endsOn: LocalDate!, $mediators: [ID!], $trainers: [ID!], $teachers: [ID!]) {
  createTrainingEvent(unitId: $unitId, title: "Tập huấn thử", startsOn: $startsOn, endsOn: $endsOn, audience: $audience, cost: 12.5,
    attendeeMediatorIds: $mediators, attendeeTrainerIds: $trainers, trainerIds: $teachers) {
    id version attendeeMediators { id trained trainedOn } attendeeCount } }`;
const MEDIATOR = 'query ($id: ID!) { Mediator(id: $id) { trained trainedOn } }';

/** A team of Xã Mỹ Tú (2021) of this file's own: the demo's teams moved to the 2025 commune at the reform. */
async function ownTeam(): Promise<number> {
  const [team] = await app.sql(`with h as (insert into hamlet (unit_id, name, kind) values ($1, 'Ấp Test Tập huấn', 'AP')
                                  on conflict do nothing returning id, unit_id)
                                insert into mediation_team (unit_id, hamlet_id, name) select unit_id, id, 'Tổ Test Tập huấn' from h returning id`,
    [await app.unitId('31597')]);
  return team?.id ?? (await app.sql(`select id from mediation_team where name = 'Tổ Test Tập huấn'`))[0].id;
}

async function newMediator(): Promise<string> {
  const team = { id: await ownTeam() };
  const result = await app.gql(`mutation ($teamId: ID!) { createMediator(teamId: $teamId, fullName: "Mới Được Bầu", gender: FEMALE, voteShare: 66) { id trained } }`,
    { teamId: String(team.id) }, { token: tokens.xaMyTu });
  expect(result.data!.createMediator.trained).toBe(false);
  return result.data!.createMediator.id;
}

describe('trained status follows attendance', () => {
  it('trains attending mediators in the same transaction, and recomputes when attendance is removed', async () => {
    const mediator = await newMediator();
    const district = await app.gql(CREATE_EVENT, { unitId: myTu, audience: 'MEDIATORS', startsOn: '2023-03-01', endsOn: '2023-03-02', mediators: [mediator] }, { token: tokens.myTu });
    expect(district.errors).toBeUndefined();
    expect(district.data!.createTrainingEvent.attendeeMediators).toEqual([{ id: mediator, trained: true, trainedOn: '2023-03-02' }]);

    const province = await app.gql(CREATE_EVENT, { unitId: socTrang, audience: 'MEDIATORS', startsOn: '2023-01-09', endsOn: '2023-01-10', mediators: [mediator] }, { token: tokens.socTrang });
    expect((await app.gql(MEDIATOR, { id: mediator }, { token: tokens.xaMyTu })).data!.Mediator).toEqual({ trained: true, trainedOn: '2023-01-10' });

    // The district removes its course's attendance: the provincial course it cannot see still counts.
    const { id, version } = district.data!.createTrainingEvent;
    const removed = await app.gql('mutation ($id: ID!, $version: Int!) { updateTrainingEvent(id: $id, version: $version, attendeeMediatorIds: []) { version attendeeCount } }', { id, version }, { token: tokens.myTu });
    expect(removed.data!.updateTrainingEvent).toEqual({ version: version + 1, attendeeCount: 0 });
    expect((await app.gql(MEDIATOR, { id: mediator }, { token: tokens.xaMyTu })).data!.Mediator).toEqual({ trained: true, trainedOn: '2023-01-10' });

    // Deleting the provincial course leaves the mediator untrained.
    const deleted = await app.gql('mutation ($id: ID!, $version: Int!) { deleteTrainingEvent(id: $id, version: $version) { id } }',
      { id: province.data!.createTrainingEvent.id, version: await app.versionOf('training_event', province.data!.createTrainingEvent.id) }, { token: tokens.socTrang });
    expect(deleted.errors).toBeUndefined();
    expect((await app.gql(MEDIATOR, { id: mediator }, { token: tokens.xaMyTu })).data!.Mediator).toEqual({ trained: false, trainedOn: null });

    const audit = await app.sql(`select before->'attendeeMediatorIds' as before, after->'attendeeMediatorIds' as after from audit_log where entity = 'TrainingEvent' and entity_id = $1 and action = 'UPDATE'`, [id]);
    expect(audit).toEqual([{ before: [Number(mediator)], after: [] }]);
  });

  it('moves trainedOn with the course dates, and never lets the server write trained directly', async () => {
    const mediator = await newMediator();
    const event = await app.gql(CREATE_EVENT, { unitId: myTu, audience: 'MEDIATORS', startsOn: '2023-05-01', endsOn: '2023-05-01', mediators: [mediator] }, { token: tokens.myTu });
    const { id, version } = event.data!.createTrainingEvent;
    await app.gql('mutation ($id: ID!, $version: Int!) { updateTrainingEvent(id: $id, version: $version, endsOn: "2023-05-03") { id } }', { id, version }, { token: tokens.myTu });
    expect((await app.gql(MEDIATOR, { id: mediator }, { token: tokens.xaMyTu })).data!.Mediator).toEqual({ trained: true, trainedOn: '2023-05-03' });
    await expect(app.sqlAsApp({ read: '{y2021.p94}', write: '{y2021.p94}' }, 'update mediator set trained = false, trained_on = null where id = $1', [mediator]))
      .rejects.toThrow(/permission denied/);
  });

  it('refuses attendees of the wrong audience, from outside the organising unit, or unknown to the caller', async () => {
    const mediator = await newMediator();
    const wrongAudience = await app.gql(CREATE_EVENT, { unitId: myTu, audience: 'TRAINERS', startsOn: '2023-02-01', endsOn: '2023-02-01', mediators: [mediator] }, { token: tokens.myTu });
    expect(wrongAudience.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attendeeMediatorIds' });
    const longPhu = await app.unitId('946');
    const elsewhere = await app.gql(CREATE_EVENT, { unitId: longPhu, audience: 'MEDIATORS', startsOn: '2023-02-01', endsOn: '2023-02-01', mediators: [mediator] }, { token: tokens.socTrang });
    expect(elsewhere.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attendeeMediatorIds' });
    const [longPhuMediator] = await app.sql(`select id from mediator where coalesce(moved_from_path, unit_path) <@ 'y2021.p94.d946' limit 1`);
    const unseen = await app.gql(CREATE_EVENT, { unitId: myTu, audience: 'MEDIATORS', startsOn: '2023-02-01', endsOn: '2023-02-01', mediators: [String(longPhuMediator.id)] }, { token: tokens.myTu });
    expect(unseen.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attendeeMediatorIds' });
    expect(await app.sql(`select 1 from training_event where title = 'Tập huấn thử' and starts_on = '2023-02-01'`)).toHaveLength(0);
    expect((await app.gql(MEDIATOR, { id: mediator }, { token: tokens.xaMyTu })).data!.Mediator.trained).toBe(false);
  });

  it('lets provincial trainers teach a district course, not another district\'s trainers; trainers attend TRAINERS courses', async () => {
    const [provincial] = await app.sql(`select t.id from trainer t join trainer_pool p on p.id = t.pool_id where p.unit_id = $1 order by t.id limit 1`, [socTrang]);
    const [longPhuTrainer] = await app.sql(`select t.id from trainer t where t.unit_path = 'y2021.p94.d946' order by t.id limit 1`);
    const taught = await app.gql(CREATE_EVENT, { unitId: myTu, audience: 'MEDIATORS', startsOn: '2023-04-01', endsOn: '2023-04-01', teachers: [String(provincial.id)] }, { token: tokens.myTu });
    expect(taught.errors).toBeUndefined();
    const foreign = await app.gql(CREATE_EVENT, { unitId: myTu, audience: 'MEDIATORS', startsOn: '2023-04-02', endsOn: '2023-04-02', teachers: [String(longPhuTrainer.id)] }, { token: tokens.myTu });
    expect(foreign.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'trainerIds' });

    const [pool] = await app.sql('select id from trainer_pool where unit_id = $1 order by id limit 1', [myTu]);
    const fresh = await app.gql(`mutation ($poolId: ID!) { createTrainer(poolId: $poolId, fullName: "Chưa Tập Huấn", gender: FEMALE, agencyKind: FATHERLAND_FRONT) { id trained } }`,
      { poolId: String(pool.id) }, { token: tokens.myTu });
    expect(fresh.data!.createTrainer.trained).toBe(false);
    const course = await app.gql(CREATE_EVENT, { unitId: socTrang, audience: 'TRAINERS', startsOn: '2023-06-01', endsOn: '2023-06-02', trainers: [fresh.data!.createTrainer.id] }, { token: tokens.socTrang });
    expect(course.errors).toBeUndefined();
    expect(await app.sql('select trained, trained_on::text from trainer where id = $1', [fresh.data!.createTrainer.id])).toEqual([{ trained: true, trained_on: '2023-06-02' }]);
    const elsewhere = await app.gql(`mutation ($poolId: ID!) { createTrainer(poolId: $poolId, fullName: "Đã Học Ở Bộ", gender: MALE, agencyKind: POLICE, trainedElsewhereOn: "2020-05-05") { trained trainedOn } }`,
      { poolId: String(pool.id) }, { token: tokens.myTu });
    expect(elsewhere.data!.createTrainer).toEqual({ trained: true, trainedOn: '2020-05-05' });
  });
});
