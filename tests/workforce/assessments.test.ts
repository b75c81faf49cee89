import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/** Access-to-law assessments and commune profiles: one per commune (and year), communes only. */
let app: TestApp;
let xaMyTu: string;
let myTu: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  xaMyTu = await app.unitId('31597');
  myTu = await app.unitId('944');
  tokens.xaMyTu = await app.login(DEMO.xaMyTuStaff);
  tokens.myTu = await app.login(DEMO.myTuStaff);
  tokens.analyst = await app.login(DEMO.analyst);
});
afterAll(() => app?.close());

const CREATE_ASSESSMENT = `mutation ($unitId: ID!, $year: Int!, $med: Boolean!) {
  createAccessToLawAssessment(unitId: $unitId, year: $year, metStandard: false, metMediationCriterion: $med, note: "Thử") { id version year metStandard metMediationCriterion } }`;

describe('access-to-law assessments', () => {
  it('keeps one assessment per commune and year, and only for communes', async () => {
    const created = await app.gql(CREATE_ASSESSMENT, { unitId: xaMyTu, year: 2020, med: false }, { token: tokens.xaMyTu });
    expect(created.data!.createAccessToLawAssessment).toMatchObject({ year: 2020, metStandard: false, metMediationCriterion: false });
    const twice = await app.gql(CREATE_ASSESSMENT, { unitId: xaMyTu, year: 2020, med: true }, { token: tokens.xaMyTu });
    expect(twice.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    const district = await app.gql(CREATE_ASSESSMENT, { unitId: myTu, year: 2020, med: true }, { token: tokens.myTu });
    expect(district.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    expect(await app.sql('select 1 from access_to_law_assessment where unit_id = $1 and year = 2020', [xaMyTu])).toHaveLength(1);
  });

  it('answers CONFLICT to a stale version and keeps the newer assessment', async () => {
    const created = await app.gql(CREATE_ASSESSMENT, { unitId: xaMyTu, year: 2019, med: false }, { token: tokens.xaMyTu });
    const { id, version } = created.data!.createAccessToLawAssessment;
    const update = 'mutation ($id: ID!, $version: Int!, $met: Boolean) { updateAccessToLawAssessment(id: $id, version: $version, metMediationCriterion: $met) { version metMediationCriterion } }';
    expect((await app.gql(update, { id, version, met: true }, { token: tokens.myTu })).data!.updateAccessToLawAssessment).toEqual({ version: version + 1, metMediationCriterion: true });
    expect(codeOf(await app.gql(update, { id, version, met: false }, { token: tokens.xaMyTu }))).toBe('CONFLICT');
    expect(await app.sql('select met_mediation_criterion from access_to_law_assessment where id = $1', [id])).toEqual([{ met_mediation_criterion: true }]);
  });

  it('filters by unit (and everything below it), year and mediation criterion, as a direct count does', async () => {
    const count = async (filter: Record<string, unknown>) =>
      (await app.gql('query ($filter: AccessToLawAssessmentFilter) { _allAccessToLawAssessmentsMeta(filter: $filter) { count } }', { filter }, { token: tokens.analyst })).data!._allAccessToLawAssessmentsMeta.count;
    const [expected] = await app.sql(`select count(*)::int as n from access_to_law_assessment where unit_path <@ 'y2021.p94.d944' and year = 2022 and not met_mediation_criterion`);
    expect(await count({ unitId: myTu, year: 2022, metMediationCriterion: false })).toBe(expected.n);
    const [all2021] = await app.sql(`select count(*)::int as n from access_to_law_assessment where year = 2021`);
    expect(await count({ year: 2021 })).toBe(all2021.n);
  });
});

describe('commune profiles', () => {
  it('keeps one profile per commune, scores difficulties from 0 to 10, and filters minority areas', async () => {
    const second = await app.gql('mutation ($unitId: ID!) { createCommuneProfile(unitId: $unitId, minorityArea: true) { id } }', { unitId: xaMyTu }, { token: tokens.xaMyTu });
    expect(second.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    const [profile] = await app.sql('select id, version from commune_profile where unit_id = $1', [xaMyTu]);
    const tooHard = await app.gql('mutation ($id: ID!, $version: Int!) { updateCommuneProfile(id: $id, version: $version, difficultyScore: 11) { id } }',
      { id: String(profile.id), version: profile.version }, { token: tokens.xaMyTu });
    expect(tooHard.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'difficultyScore' });
    const [minority] = await app.sql(`select count(*)::int as n from commune_profile where minority_area and unit_path <@ 'y2021.p94'`);
    const listed = await app.gql(`query ($unitId: ID!) { _allCommuneProfilesMeta(filter: { unitId: $unitId, minorityArea: true }) { count } }`,
      { unitId: await app.unitId('94') }, { token: tokens.analyst });
    expect(listed.data!._allCommuneProfilesMeta.count).toBe(minority.n);
  });
});
