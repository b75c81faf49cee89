import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { dryRun } from '../support/dry-run';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * `capabilities`: what each role may do in its scope, as the console uses it to offer actions.
 * Each capability is checked against what the server accepts (dry runs that write nothing).
 */
let app: TestApp;
const units: Record<string, string> = {};
let userId: string;

beforeAll(async () => {
  app = await startTestApp();
  for (const [name, code, from] of [['socTrang', '94', '2021-11-01'], ['myTu', '944', '2021-11-01'], ['xaMyTu', '31597', '2021-11-01'], ['canTho', '92', '2025-07-01']] as const) {
    units[name] = await app.unitId(code, from);
  }
  const [commune2025] = await app.sql(`select id::text from admin_unit where path <@ 'y2025.p92' and level = 'COMMUNE' order by code limit 1`);
  units.canThoCommune = commune2025.id;
  const created = await app.gql('mutation ($u: ID!) { createUser(email: "capabilities@demo.hoagiai.vn", fullName: "Người thử", password: "mat-khau-thu", unitId: $u) { id } }',
    { u: units.socTrang }, { token: await app.login(DEMO.sysadmin) });
  userId = created.data!.createUser.id;
});
afterAll(() => app?.close());

const capabilitiesOf = async (email: string, unitId?: string) =>
  (await app.gql('{ capabilities { write administer systemAdmin writableLevels grantableRoles } }', {}, { token: await app.login(email), unitId })).data!.capabilities;

describe('capabilities', () => {
  it('follow each role: the analyst writes nothing, staff write their level and below, administrators grant the roles of their levels', async () => {
    expect(await capabilitiesOf(DEMO.analyst)).toEqual({ write: false, administer: false, systemAdmin: false, writableLevels: [], grantableRoles: [] });
    expect(await capabilitiesOf(DEMO.xaMyTuStaff)).toEqual({ write: true, administer: false, systemAdmin: false, writableLevels: ['COMMUNE'], grantableRoles: [] });
    expect(await capabilitiesOf(DEMO.myTuStaff)).toEqual({ write: true, administer: false, systemAdmin: false, writableLevels: ['DISTRICT', 'COMMUNE'], grantableRoles: [] });
    expect(await capabilitiesOf(DEMO.socTrangAdmin)).toEqual({
      write: true, administer: true, systemAdmin: false, writableLevels: ['PROVINCE', 'DISTRICT', 'COMMUNE'],
      grantableRoles: ['PROVINCE_ADMIN', 'DISTRICT_STAFF', 'COMMUNE_STAFF', 'ANALYST'],
    });
    expect((await capabilitiesOf(DEMO.canThoAdmin)).grantableRoles).toEqual(['PROVINCE_ADMIN', 'COMMUNE_STAFF', 'ANALYST']);
    expect((await capabilitiesOf(DEMO.sysadmin)).grantableRoles).toEqual(['SYSTEM_ADMIN', 'PROVINCE_ADMIN', 'DISTRICT_STAFF', 'COMMUNE_STAFF', 'ANALYST']);
  });

  it('narrow with the working unit (x-unit-id), as the scope does', async () => {
    expect(await capabilitiesOf(DEMO.socTrangAdmin, units.xaMyTu)).toEqual({
      write: true, administer: true, systemAdmin: false, writableLevels: ['COMMUNE'], grantableRoles: ['COMMUNE_STAFF', 'ANALYST'],
    });
  });

  it('offer exactly the roles the server lets an administrator grant', async () => {
    const unitFor: Record<string, string | undefined> = { PROVINCE_ADMIN: units.socTrang, DISTRICT_STAFF: units.myTu, COMMUNE_STAFF: units.xaMyTu, ANALYST: units.socTrang };
    for (const email of [DEMO.socTrangAdmin, DEMO.sysadmin]) {
      const { grantableRoles } = await capabilitiesOf(email);
      for (const role of ['SYSTEM_ADMIN', 'PROVINCE_ADMIN', 'DISTRICT_STAFF', 'COMMUNE_STAFF', 'ANALYST']) {
        const unit = unitFor[role];
        const mutation = unit ? `createMembership(userId: $user, role: ${role}, unitId: $unit) { id }` : `createMembership(userId: $user, role: ${role}) { id }`;
        const { accepted, refusal } = await dryRun(app, email, mutation, unit ? { user: userId, unit } : { user: userId });
        expect({ email, role, accepted, refusal: refusal?.extensions.reason }).toMatchObject({ accepted: grantableRoles.includes(role) });
      }
    }
  });

  it('say when the server refuses writing: the analyst\'s create is READ_ONLY_ROLE, staff\'s account management ADMIN_ONLY', async () => {
    const hamlet = await dryRun(app, DEMO.analyst, 'createHamlet(unitId: $unit, name: "Ấp Thử", kind: AP) { id }', { unit: units.xaMyTu });
    expect(hamlet.refusal?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'READ_ONLY_ROLE' });
    const user = await dryRun(app, DEMO.myTuStaff, 'createUser(email: "x@demo.hoagiai.vn", fullName: "X", password: "mat-khau-thu", unitId: $unit) { id }', { unit: units.myTu });
    expect(user.refusal?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ADMIN_ONLY' });
    expect((await dryRun(app, DEMO.xaMyTuStaff, 'createHamlet(unitId: $unit, name: "Ấp Thử nghiệm", kind: AP) { id }', { unit: units.xaMyTu })).accepted).toBe(true);
  });
});

describe('the unit search of pickers (sortField "relevance")', () => {
  it('offers the unit named exactly first, the province before its city: "soc trang"', async () => {
    const { allAdministrativeUnits } = (await app.gql('{ allAdministrativeUnits(filter: { q: "soc trang" }, sortField: "relevance", perPage: 5) { name level } }', {},
      { token: await app.login(DEMO.socTrangAdmin) })).data!;
    expect(allAdministrativeUnits.slice(0, 2)).toEqual([{ name: 'Tỉnh Sóc Trăng', level: 'PROVINCE' }, { name: 'Thành phố Sóc Trăng', level: 'DISTRICT' }]);
  });
});
