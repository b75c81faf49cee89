import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * A list and its count asked in one operation with the same filter (every list screen of the
 * console) are answered by one statement (core/rows.ts `pages`); any other combination still
 * counts exactly what the filter selects.
 */
let app: TestApp;
let token: string;

const ask = async (query: string) => {
  const result = await app.gql(query, {}, { token });
  expect(result.errors).toBeUndefined();
  return { data: result.data as Record<string, any>, statements: result.extensions!.sqlStatements! };
};

beforeAll(async () => {
  app = await startTestApp();
  token = await app.login(DEMO.socTrangAdmin);
});
afterAll(() => app?.close());

const LISTS = [
  ['Hamlet', 'allHamlets', '_allHamletsMeta', '{ q: "ap 1" }'],
  ['MediationTeam', 'allMediationTeams', '_allMediationTeamsMeta', '{ status: ACTIVE }'],
  ['Mediator', 'allMediators', '_allMediatorsMeta', '{ gender: FEMALE }'],
  ['MediationCase', 'allMediationCases', '_allMediationCasesMeta', '{ year: 2022 }'],
  ['Agency', 'allAgencies', '_allAgenciesMeta', '{ q: "tu phap" }'],
  ['AdministrativeUnit', 'allAdministrativeUnits', '_allAdministrativeUnitsMeta', '{ level: COMMUNE }'],
  ['TrainingEvent', 'allTrainingEvents', '_allTrainingEventsMeta', '{}'],
  ['Trainer', 'allTrainers', '_allTrainersMeta', '{}'],
  ['TrainerPool', 'allTrainerPools', '_allTrainerPoolsMeta', '{}'],
  ['Indicator', 'allIndicators', '_allIndicatorsMeta', '{}'],
  ['TeamReview', 'allTeamReviews', '_allTeamReviewsMeta', '{ year: 2022 }'],
  ['CaseYearlyCount', 'allCaseYearlyCounts', '_allCaseYearlyCountsMeta', '{}'],
  ['CommuneProfile', 'allCommuneProfiles', '_allCommuneProfilesMeta', '{}'],
  ['AccessToLawAssessment', 'allAccessToLawAssessments', '_allAccessToLawAssessmentsMeta', '{}'],
] as const;

describe('a list and its count', () => {
  it.each(LISTS)('%s: the page and its count in one statement, the count the same as asked alone', async (_, list, meta, filter) => {
    const alone = await ask(`{ ${meta}(filter: ${filter}) { count } }`);
    const listAlone = await ask(`{ ${list}(perPage: 5, filter: ${filter}) { id } }`);
    const both = await ask(`{ rows: ${list}(perPage: 5, filter: ${filter}) { id } meta: ${meta}(filter: ${filter}) { count } }`);
    expect(alone.data[meta].count).toBeGreaterThan(0);
    expect(both.data.meta.count).toBe(alone.data[meta].count);
    expect(both.data.rows).toEqual(listAlone.data[list]);
    expect(both.statements).toBe(listAlone.statements);
    // The count first in the document: the same.
    const reversed = await ask(`{ meta: ${meta}(filter: ${filter}) { count } rows: ${list}(perPage: 5, filter: ${filter}) { id } }`);
    expect(reversed).toEqual(both);
  });

  it('counts by itself a page past the end, another filter, and beside two pages of the same list', async () => {
    const all = (await ask('{ _allHamletsMeta { count } }')).data._allHamletsMeta.count as number;
    const some = (await ask('{ _allHamletsMeta(filter: { q: "ap 1" }) { count } }')).data._allHamletsMeta.count as number;
    expect(some).toBeLessThan(all);

    const past = await ask('{ allHamlets(page: 1000, perPage: 50) { id } _allHamletsMeta { count } }');
    expect(past.data.allHamlets).toEqual([]);
    expect(past.data._allHamletsMeta.count).toBe(all);

    const other = await ask('{ allHamlets(perPage: 5, filter: { q: "ap 1" }) { id } _allHamletsMeta { count } }');
    expect(other.data._allHamletsMeta.count).toBe(all);

    const two = await ask(`{ first: allHamlets(perPage: 3) { id } second: allHamlets(page: 1, perPage: 3) { id }
      meta: _allHamletsMeta { count } narrow: _allHamletsMeta(filter: { q: "ap 1" }) { count } }`);
    expect(two.data.meta.count).toBe(all);
    expect(two.data.narrow.count).toBe(some);
    expect(two.data.first).toHaveLength(3);
    expect(two.data.second).toHaveLength(3);
    expect(two.data.second[0].id).not.toBe(two.data.first[0].id);
  });

  it('counts only what row-level security lets the caller see', async () => {
    const commune = await app.login(DEMO.xaMyTuStaff);
    const mine = await app.gql('{ allHamlets(perPage: 100) { id } _allHamletsMeta { count } }', {}, { token: commune });
    // The owner's count of the hamlets of the commune staff's commune, and of those that left it at the reform.
    const [{ count }] = await app.sql(`select count(*)::int as count from hamlet h, membership m join app_user u on u.id = m.user_id
      where u.email = $1 and (h.unit_path <@ m.unit_path or h.moved_from_path <@ m.unit_path)`, [DEMO.xaMyTuStaff]);
    expect(count).toBeGreaterThan(0);
    expect(mine.data!._allHamletsMeta.count).toBe(mine.data!.allHamlets.length);
    expect(mine.data!._allHamletsMeta.count).toBe(count);
  });
});
