import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * No N+1: every nested field is answered by a per-request DataLoader, so a list with its nested
 * fields costs the same number of SQL statements for a small and a large page.
 */
let app: TestApp;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  tokens.analyst = await app.login(DEMO.analyst);
  tokens.xaMyTu = await app.login(DEMO.xaMyTuStaff);
});
afterAll(() => app?.close());

async function statements(query: string, perPage: number, token = tokens.analyst): Promise<number> {
  return (await page(query, perPage, token)).statements;
}

/**
 * A loader asked for no key runs no statement, so each small page is chosen (by its sort) to
 * reach every nested loader the large page reaches: the test checks that premise too.
 */
async function page(query: string, perPage: number, token = tokens.analyst) {
  const result = await app.gql(query, { perPage }, { token });
  expect(result.errors).toBeUndefined();
  const rows = Object.values(result.data!)[0] as Record<string, unknown>[];
  expect(rows).toHaveLength(perPage);
  return { rows, json: JSON.stringify(rows), statements: result.extensions!.sqlStatements! };
}

const LISTS: Record<string, string> = {
  'teams with hamlet, leader, mediators, reviews and compliance': `query ($perPage: Int) { allMediationTeams(perPage: $perPage) {
    name unit { name } hamlet { name } leader { fullName } mediators { fullName gender trained }
    reviews { year compliantAfter } compliance { compliant reasons { code message } } } }`,
  'mediators with team and unit': 'query ($perPage: Int) { allMediators(perPage: $perPage) { fullName unit { name } team { name leader { fullName } } } }',
  'trainer pools with trainers, agencies and shortfall': `query ($perPage: Int) { allTrainerPools(perPage: $perPage, sortField: "unitId") { name unit { name }
    trainers { fullName agency { name } pool { name } } shortfall { requiredTrainers missingTrainers missingAgencyKinds } } }`,
  'training events with teachers and attendees': `query ($perPage: Int) { allTrainingEvents(perPage: $perPage, sortField: "startsOn") { title unit { name }
    trainerIds trainers { fullName } attendeeMediatorIds attendeeMediators { fullName } attendeeTrainers { fullName } attendeeCount } }`,
  'cases with team, mediators and parties': `query ($perPage: Int) { allMediationCases(perPage: $perPage) { receivedOn unit { name }
    team { name } mediatorIds mediators { fullName } parties } }`,
  'team reviews with their team': `query ($perPage: Int) { allTeamReviews(perPage: $perPage) { year team { name } } }`,
};

describe('statement counts', () => {
  it.each(Object.entries(LISTS))('lists %s in the same number of statements for a page of 5 and a larger page', async (name, query) => {
    const { statements: small, json } = await page(query, 5);
    expect(small).toBeLessThan(15);
    if (name.startsWith('trainer pools')) expect(json).toMatch(/"agency":\{"name"/);
    if (name.startsWith('training events')) expect(json).toMatch(/"attendeeTrainers":\[\{/);
    if (name.startsWith('training events')) expect(json).toMatch(/"attendeeMediators":\[\{/);
    // The demo has 20 trainer pools (2 provinces, 18 districts); the other lists have hundreds of rows.
    expect(await statements(query, name.startsWith('trainer pools') ? 20 : 40)).toBe(small);
  });

  it('answers the commune\'s own case book with its parties in the same number of statements for 5 and 25 cases', async () => {
    const query = LISTS['cases with team, mediators and parties'];
    const small = await statements(query, 5, tokens.xaMyTu);
    expect(await statements(query, 25, tokens.xaMyTu)).toBe(small);
  });

  it('keeps the remaining lists flat', async () => {
    for (const query of [
      'query ($perPage: Int) { allCaseYearlyCounts(perPage: $perPage) { year received team { name } } }',
      'query ($perPage: Int) { allAccessToLawAssessments(perPage: $perPage) { year metStandard unit { name } } }',
      'query ($perPage: Int) { allCommuneProfiles(perPage: $perPage) { minorityArea unit { name } } }',
      'query ($perPage: Int) { allTrainers(perPage: $perPage, sortField: "poolId") { fullName pool { name unit { name } } agency { name } } }',
    ]) {
      const small = await page(query, 5);
      if (query.includes('agency')) expect(small.json).toMatch(/"agency":\{"name"/);
      expect(await statements(query, 40)).toBe(small.statements);
    }
  });
});
