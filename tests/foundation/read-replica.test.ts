import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * DATABASE_READ_URL: analysts' read-only requests go to a read replica, with the request's scope
 * set there the same way. Here the "replica" is a second pool on the same database, so the test
 * can tell which pool served a request by the connections checked out of each (the primary also
 * serves the lookup of a session not yet in the server's memory, before the transaction: issue 10).
 */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ readReplica: true });
  // A hamlet outside the analyst's provinces, which the analyst's count must leave out.
  await app.sql(`insert into hamlet (unit_id, name, kind) select id, 'Ấp ngoài phạm vi', 'AP' from admin_unit
                  where level = 'COMMUNE' and path <@ 'y2021.p80' order by code limit 1`);
});
afterAll(() => app?.close());

/** Runs an operation and answers how many connections each pool gave out for it. */
async function served(query: string, token?: string) {
  const before = { ...app.checkouts };
  const result = await app.gql(query, {}, { token });
  return { result, primary: app.checkouts.primary - before.primary, replica: app.checkouts.replica - before.replica };
}

const COUNT = '{ _allHamletsMeta { count } }';

describe('the read replica', () => {
  it('answers an analyst\'s query, under the analyst\'s scope', async () => {
    const token = await app.login(DEMO.analyst);
    const { result, replica, primary } = await served(COUNT, token);
    expect(result.errors).toBeUndefined();
    expect(replica).toBe(1);
    expect(primary).toBe(1);
    // The analyst's provinces' hamlets, and those that left them at the 2025 reform (moved_from_path, issue 8).
    const [{ n }] = await app.sql(`select count(*)::int as n from hamlet
                                    where unit_path <@ any ('{y2021.p94,y2021.p95}') or moved_from_path <@ any ('{y2021.p94,y2021.p95}')`);
    const [{ all }] = await app.sql('select count(*)::int as "all" from hamlet');
    expect(result.data!._allHamletsMeta.count).toBe(n);
    expect(n).toBeLessThan(all);
  });

  it('leaves the requests of callers who write on the primary, even their queries', async () => {
    for (const account of [DEMO.socTrangAdmin, DEMO.myTuStaff, DEMO.sysadmin]) {
      const { result, replica } = await served(COUNT, await app.login(account));
      expect(result.errors).toBeUndefined();
      expect({ account, replica }).toEqual({ account, replica: 0 });
    }
  });

  it('leaves mutations on the primary, an analyst\'s included', async () => {
    const { replica: signIn } = await served(`mutation { login(email: "${DEMO.analyst}", password: "hoagiai-demo") { token } }`);
    expect(signIn).toBe(0);
    const token = await app.login(DEMO.analyst);
    const unitId = await app.unitId('31597');
    const { result, replica } = await served(`mutation { createHamlet(unitId: "${unitId}", name: "Ấp bản sao", kind: AP) { id } }`, token);
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(replica).toBe(0);
  });

  it('answers an analyst nothing outside the granted units there either', async () => {
    const token = await app.login(DEMO.analyst);
    const longAn = await app.unitId('80');
    const { result, replica } = await served(`{ AdministrativeUnit(id: "${longAn}") { indicators(year: 2022) { teams } } }`, token);
    expect(replica).toBe(1);
    expect(result.data!.AdministrativeUnit.indicators).toBeNull();
  });
});
