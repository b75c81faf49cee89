import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * Foreign keys skip row-level security. Every reference from a tenant row to another tenant row is
 * therefore checked by the database as the caller: a row of another tenant is answered exactly
 * like a row that does not exist (NOT_FOUND), so ids cannot be probed, and nothing is linked.
 */
let app: TestApp;
let myTu: string;
let longPhuTask: string;
let bacLieuAgency: string;
let longPhuAgency: string;

beforeAll(async () => {
  app = await startTestApp();
  myTu = await app.login(DEMO.myTuStaff);
  const longPhu = await app.login(DEMO.longPhuStaff);
  const plan = await app.gql(`mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Kế hoạch Long Phú") { id } }`, { unitId: await app.unitId('946') }, { token: longPhu });
  const task = await app.gql(`mutation ($planId: ID!) { createPlanTask(planId: $planId, code: "1", title: "Tập huấn") { id } }`, { planId: plan.data!.createPlan.id }, { token: longPhu });
  longPhuTask = task.data!.createPlanTask.id;
  [{ id: bacLieuAgency }] = await app.sql(`select id::text from agency where unit_path <@ 'y2021.p95' order by id limit 1`);
  const created = await app.gql(`mutation ($unitId: ID!) { createAgency(unitId: $unitId, name: "Phòng Tư pháp Long Phú (thử)", kind: JUSTICE) { id } }`,
    { unitId: await app.unitId('946') }, { token: longPhu });
  longPhuAgency = created.data!.createAgency.id;
});
afterAll(() => app?.close());

const CREATE_EVENT = `mutation ($unitId: ID!, $planTaskId: ID) { createTrainingEvent(unitId: $unitId, title: "Khóa liên kết", startsOn: "2023-03-01",
  endsOn: "2023-03-02", audience: MEDIATORS, planTaskId: $planTaskId) { id planTaskId } }`;

describe('references between tenant rows', () => {
  it('refuses to link a training event to another tenant’s plan task, exactly as to a task that does not exist', async () => {
    const unitId = await app.unitId('944');
    const foreign = await app.gql(CREATE_EVENT, { unitId, planTaskId: longPhuTask }, { token: myTu });
    const missing = await app.gql(CREATE_EVENT, { unitId, planTaskId: '2000000000' }, { token: myTu });
    expect(foreign.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'planTaskId' });
    expect(missing.errors![0].extensions).toEqual(foreign.errors![0].extensions);
    expect(missing.errors![0].message.replace(/\d+/g, 'N')).toBe(foreign.errors![0].message.replace(/\d+/g, 'N'));
    expect(await app.sql(`select 1 from training_event where title = 'Khóa liên kết'`)).toHaveLength(0);

    const own = await app.gql(CREATE_EVENT, { unitId, planTaskId: null }, { token: myTu });
    const { id } = own.data!.createTrainingEvent;
    const relinked = await app.gql('mutation ($id: ID!, $v: Int!, $t: ID) { updateTrainingEvent(id: $id, version: $v, planTaskId: $t) { id } }',
      { id, v: 1, t: longPhuTask }, { token: myTu });
    expect(relinked.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'planTaskId' });
    expect(await app.sql('select plan_task_id from training_event where id = $1', [id])).toEqual([{ plan_task_id: null }]);
  });

  it('refuses a plan task naming another tenant’s agency, through the API and at the SQL level', async () => {
    const plan = await app.gql(`mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Kế hoạch Mỹ Tú thử") { id } }`, { unitId: await app.unitId('944') }, { token: myTu });
    const planId = plan.data!.createPlan.id;
    // The plans service refuses first, naming the field; an agency of another tenant and one that does not exist get the same answer.
    const answers = [];
    for (const agencyId of [longPhuAgency, bacLieuAgency, '2000000000']) {
      const result = await app.gql(`mutation ($planId: ID!, $agencyId: ID!) { createPlanTask(planId: $planId, code: "1", title: "Phối hợp",
        agencies: [{ role: LEAD, agencyId: $agencyId }]) { id } }`, { planId, agencyId }, { token: myTu });
      answers.push({ ...result.errors![0].extensions, message: result.errors![0].message.replace(/\d+/g, 'N') });
    }
    expect(answers[0]).toEqual(answers[2]);
    expect(answers[1]).toEqual(answers[2]);
    expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(answers[0].code);
    expect(await app.sql('select 1 from plan_task where plan_id = $1', [planId])).toHaveLength(0);
    const [task] = await app.sql(`insert into plan_task (plan_id, code, title) values ($1, '9', 'Nhiệm vụ SQL') returning id`, [planId]);
    const [user] = await app.sql('select id from app_user where email = $1', [DEMO.myTuStaff]);
    await expect(app.sqlAsApp({ read: '{y2021.p94.d944}', write: '{y2021.p94.d944}', userId: user.id },
      `insert into plan_agency (plan_id, task_id, role, position, agency_id, label) values ($1, $2, 'LEAD', 1, $3, 'x')`, [planId, task.id, longPhuAgency]))
      .rejects.toThrow(/Agency \d+ was not found/);
    expect(await app.sql('select 1 from plan_agency where task_id = $1', [task.id])).toHaveLength(0);
  });

  it('still links to what the caller may read: the province’s agency, addressed downward', async () => {
    const [provinceAgency] = await app.sql(`select id::text from agency where unit_id = $1 order by id limit 1`, [await app.unitId('94')]);
    const plan = await app.gql(`mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Kế hoạch Mỹ Tú hợp lệ") { id } }`, { unitId: await app.unitId('944') }, { token: myTu });
    const result = await app.gql(`mutation ($planId: ID!, $agencyId: ID!) { createPlanTask(planId: $planId, code: "1", title: "Phối hợp tỉnh",
      agencies: [{ role: COORDINATING, agencyId: $agencyId }]) { agencies { agencyId } } }`, { planId: plan.data!.createPlan.id, agencyId: provinceAgency.id }, { token: myTu });
    expect(result.errors).toBeUndefined();
    expect(result.data!.createPlanTask.agencies).toEqual([{ agencyId: provinceAgency.id }]);
  });
});

describe('the catalogue, for every tenant table (also those added later)', () => {
  const tenantTables = async () =>
    (await app.sql(`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_attribute a on a.attrelid = c.oid
      where n.nspname = 'public' and c.relkind = 'r' and a.attname = 'unit_path' and not a.attisdropped order by 1`)).map((row) => row.name as string);

  it('forces row-level security and lets the definer role through its own policy on each', async () => {
    const tables = await tenantTables();
    expect(tables.length).toBeGreaterThan(30);
    const rows = await app.sql(`select c.relname as name, c.relrowsecurity and c.relforcerowsecurity as forced,
        exists (select from pg_policy p where p.polrelid = c.oid and p.polname = c.relname || '_definer'
                and p.polroles = array[(select oid from pg_roles where rolname = 'hoagiai_definer')]) as definer
      from pg_class c where c.relname = any ($1) order by 1`, [tables]);
    expect(rows.filter((row) => !row.forced || !row.definer)).toEqual([]);
  });

  it('audits each by trigger, for every action, when a request’s user writes', async () => {
    const tables = (await tenantTables()).filter((name) => name !== 'audit_log');
    const rows = await app.sql(`select c.relname as name from pg_class c where c.relname = any ($1)
      and not exists (select from pg_trigger t join pg_proc p on p.oid = t.tgfoid where t.tgrelid = c.oid and p.proname = 'audit_row'
                      and t.tgtype & 28 = 28)`, [tables]);
    expect(rows).toEqual([]);
  });

  it('checks as the caller each foreign key between tenant rows that does not carry the unit', async () => {
    const references = await app.sql(`select k.conrelid::regclass::text as source, k.conname as name,
        (select array_agg(a.attname::text order by u.i) from unnest(k.conkey) with ordinality u (n, i)
           join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n) as columns
      from pg_constraint k
      where k.contype = 'f'
        and exists (select from pg_attribute a where a.attrelid = k.conrelid and a.attname = 'unit_path')
        and exists (select from pg_attribute a where a.attrelid = k.confrelid and a.attname = 'unit_path')
        and k.conrelid::regclass::text <> 'audit_log'`);
    expect(references.length).toBeGreaterThan(20);
    const unchecked: string[] = [];
    for (const ref of references) {
      if ((ref.columns as string[]).includes('unit_id')) continue; // composite with the unit: the row's own write policy proves it
      const [check] = await app.sql(`select p.prosrc from pg_trigger t join pg_proc p on p.oid = t.tgfoid
        where t.tgrelid = $1::regclass and t.tgname = 'zz_check_references'`, [ref.source]);
      if (!check?.prosrc.includes(`'tenant_reference:${ref.source}.${ref.columns[0]}'`)) unchecked.push(`${ref.source}.${ref.name}`);
    }
    expect(unchecked).toEqual([]);
  });

  it('leaves nothing for the hardening run after the migrations to add (so a restart changes no table)', async () => {
    expect(await app.sql('select tbl::text, gap from app_private.hardening_gaps()')).toEqual([]);
  });

  it('writes new policies in the index-friendly form', async () => {
    const rows = await app.sql(`select polname from pg_policy where polname like '%_definer' or polname like '%whole_account'`);
    expect(rows.length).toBeGreaterThan(30);
    const legacy = await app.sql(`select polname from pg_policy where (polname like '%_definer' or polname like '%whole_account')
      and (pg_get_expr(polqual, polrelid) ~ 'any \\(\\(select' or pg_get_expr(polwithcheck, polrelid) ~ 'any \\(\\(select')`);
    expect(legacy).toEqual([]);
  });
});
