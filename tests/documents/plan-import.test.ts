import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_READING_SELECTION } from '../../server/src/modules/documents/plan-reading.selection';
import { planDocx } from '../../server/src/modules/documents/plan-document';
import { MAX_UPLOAD_BYTES } from '../../server/src/modules/documents/upload';
import { SOURCE_PLANS } from '../../server/src/seeds/plans';
import { DEMO } from '../support/constants';
import { startTestApp, type GqlResponse, type TestApp } from '../support/harness';
import { unzipDocx, zipDocx } from './docx-xml';
import { myTuPlan } from './seed-plans';

/**
 * Plans in from text through the API (issue 12): readPlanText(unitId, text) answers the draft and
 * writes nothing; createPlanFromDraft(unitId, draft) writes the plan and all its parts through the
 * plan services in one transaction, or nothing; the upload path (POST /documents/plan-readings)
 * refuses what upload.ts refuses, with the API's refusals. Against a real server and database.
 */
const MY_TU = readFileSync(path.join(__dirname, 'data', 'my-tu-plan-127-KH-UBND-2021.txt'), 'utf8');
const READ = `query ($unitId: ID!, $text: String!) { readPlanText(unitId: $unitId, text: $text) { ${PLAN_READING_SELECTION} } }`;
const SAVE = `mutation ($unitId: ID!, $draft: PlanDraftInput!) { createPlanFromDraft(unitId: $unitId, draft: $draft) {
  id status number title periodFrom periodTo budgetTotal parent { number } signer { name capacity }
  tasks { code title agencies { role label agencyId agencyKind agencyLevel } targets { indicator comparator value applies year } }
  budgetLines { code amount } responsibilities { text } reportingRules { dueDay dueMonth } } }`;
/** Every table a saved draft writes to. */
const TABLES = ['plan', 'plan_task', 'plan_agency', 'target', 'budget_line', 'responsibility', 'reporting_rule', 'task_criterion', 'legal_document', 'audit_log'];

let app: TestApp;
let myTuUnit: string;
const tokens: Record<string, string> = {};

const gql = (as: string, query: string, variables: Record<string, unknown>) => app.gql(query, variables, { token: tokens[as] });
const ok = <T = Record<string, any>>(result: GqlResponse<T>): T => {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
};
const refusalOf = (result: GqlResponse) => {
  expect(result.data?.readPlanText ?? result.data?.createPlanFromDraft ?? null).toBeNull();
  return result.errors?.[0]?.extensions ?? {};
};
const counts = async () => Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, (await app.sql(`select count(*)::int as n from ${table}`))[0].n])));
const read = async (as = 'myTu', text = MY_TU, unitId = myTuUnit) => gql(as, READ, { unitId, text });
/** The draft as the console sends it back: the answer's fields, nothing added. */
const draftOf = async () => ok(await read()).readPlanText.draft as Record<string, any>;
const upload = async (bytes: Uint8Array, as = 'myTu') => {
  const response = await fetch(`${app.url}/documents/plan-readings?unitId=${myTuUnit}`, {
    method: 'POST', headers: { authorization: `Bearer ${tokens[as]}`, 'content-type': 'application/octet-stream' }, body: bytes,
  });
  return { status: response.status, body: await response.json() as { data?: any; errors?: { extensions: Record<string, unknown> }[] } };
};

beforeAll(async () => {
  app = await startTestApp();
  myTuUnit = await app.unitId('944');
  for (const [key, email] of Object.entries({ myTu: DEMO.myTuStaff, socTrang: DEMO.socTrangAdmin, longPhu: DEMO.longPhuStaff, commune: DEMO.xaMyTuStaff, analyst: DEMO.analyst, bacLieu: DEMO.bacLieuAdmin })) {
    tokens[key] = await app.login(email);
  }
});
afterAll(() => app?.close());

describe('readPlanText', () => {
  it('reads Mỹ Tú\'s text into a draft with spans, rules and agencies matched to the district\'s, writing nothing', async () => {
    const before = await counts();
    const reading = ok(await read()).readPlanText;
    expect(await counts()).toEqual(before);
    const draft = reading.draft;
    expect({ number: draft.number, issuedOn: draft.issuedOn, period: [draft.periodFrom, draft.periodTo], tasks: draft.tasks.length, total: draft.budgetTotal })
      .toEqual({ number: '127/KH-UBND', issuedOn: '2021-11-16', period: [2021, 2025], tasks: 6, total: '129' });
    // What it implements is the province's plan the district reads.
    const [parent] = await app.sql<{ id: number }>('select id from plan where number = $1', [SOURCE_PLANS.socTrang]);
    expect(draft.implements).toMatchObject({ kind: 'PLAN', numberSymbol: '156/KH-UBND', matchedPlanId: String(parent.id) });
    // "Phòng Tư pháp" is the district's justice office, one of the choices offered.
    const justice = reading.agencyChoices.find((choice: { name: string }) => choice.name === 'Phòng Tư pháp huyện Mỹ Tú');
    expect(justice).toBeDefined();
    expect(draft.tasks[0].lead[0]).toEqual({ label: 'Phòng Tư pháp', agencyId: justice.id, agencyKind: null, agencyLevel: null });
    expect(draft.tasks[0].lead[1]).toMatchObject({ agencyId: null, agencyKind: 'PEOPLES_COMMITTEE', agencyLevel: 'COMMUNE' });
    // Every part points into the text it came from, with its rule; what was not placed is listed.
    const number = reading.parts.find((part: { path: string }) => part.path === 'number');
    expect(reading.text.slice(number.start, number.end)).toMatch(/^Số: 127 ?\/KH-UBND$/); // the source prints "127 /KH-UBND"
    expect(number.rule).toBe('NUMBER_LINE');
    expect(reading.parts.every((part: { start: number; end: number }) => part.start >= 0 && part.end <= reading.text.length && part.start < part.end)).toBe(true);
    expect(reading.unplaced.length).toBeGreaterThan(0);
    expect(reading.unplaced.every((u: { text: string; start: number; end: number }) => reading.text.slice(u.start, u.end).includes(u.text.slice(0, 10)))).toBe(true);
  });

  it('answers another tenant\'s unit as not found, and refuses the analyst and a commune\'s staff', async () => {
    expect(refusalOf(await read('bacLieu'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(refusalOf(await read('longPhu'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(refusalOf(await read('analyst'))).toMatchObject({ code: 'FORBIDDEN', reason: 'READ_ONLY_ROLE' });
    expect((refusalOf(await read('commune')) as { code: string }).code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
  });

  it('refuses an empty text and a text that is not a plan, with their reasons', async () => {
    expect(refusalOf(await read('myTu', '  \n '))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', reason: 'TEXT_EMPTY' });
    const letter = 'ỦY BAN NHÂN DÂN\nHUYỆN MỸ TÚ\nSố: 12/UBND-NC\nV/v báo cáo\nKính gửi: Sở Tư pháp.\nỦy ban nhân dân huyện báo cáo như sau.';
    expect(refusalOf(await read('myTu', letter))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', reason: 'NOT_A_PLAN' });
  });
});

describe('the upload path, POST /documents/plan-readings', () => {
  it('reads a .txt and a .docx into the same answer as readPlanText', async () => {
    const txt = await upload(strToU8(MY_TU));
    expect(txt.status).toBe(200);
    expect(txt.body.data.readPlanText.draft).toEqual(await draftOf());
    const docx = await upload(await planDocx(myTuPlan()));
    expect(docx.status).toBe(200);
    expect(docx.body.data.readPlanText.draft.tasks).toHaveLength(6);
    expect(docx.body.data.readPlanText.draft.budgetTotal).toBe('129');
  });

  it('refuses a 5 MB file, a Word document with macros or with external references: BAD_USER_INPUT with a reason, nothing saved, never a 500', async () => {
    const before = await counts();
    const big = await upload(new Uint8Array(MAX_UPLOAD_BYTES).fill(0x41));
    expect(big).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'file', reason: 'UPLOAD_TOO_LARGE' } }] } });
    const parts = unzipDocx(await planDocx(myTuPlan()));
    const macros = await upload(zipDocx({ ...parts, 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) }));
    expect(macros).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'file', reason: 'DOCX_MACROS' } }] } });
    const rels = parts['word/_rels/document.xml.rels'].replace('</Relationships>',
      '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://192.0.2.1/t.dotm" TargetMode="External"/></Relationships>');
    const external = await upload(zipDocx({ ...parts, 'word/_rels/document.xml.rels': rels }));
    expect(external).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'file', reason: 'DOCX_EXTERNAL_REFERENCE' } }] } });
    const empty = await upload(strToU8(' \n'));
    expect(empty).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'TEXT_EMPTY' } }] } });
    expect(await counts()).toEqual(before);
  });

  it('answers another tenant\'s unit as not found, and no session as 401', async () => {
    expect(await upload(strToU8(MY_TU), 'bacLieu')).toMatchObject({ status: 404, body: { errors: [{ extensions: { code: 'NOT_FOUND' } }] } });
    const anonymous = await fetch(`${app.url}/documents/plan-readings?unitId=${myTuUnit}`, { method: 'POST', body: strToU8(MY_TU) });
    expect(anonymous.status).toBe(401);
  });
});

describe('createPlanFromDraft', () => {
  it('refuses the draft while the seeded 127/KH-UBND holds its number and its place under 156/KH-UBND, writing nothing', async () => {
    const draft = await draftOf();
    const before = await counts();
    const refusal = refusalOf(await gql('myTu', SAVE, { unitId: myTuUnit, draft }));
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.reason).toEqual(expect.any(String));
    expect(await counts()).toEqual(before);
  });

  describe('with the seeded plan set aside', () => {
    beforeAll(async () => {
      // Arrangement only (as tests/plans/seeds-enterable.test.ts does): the seeded plan steps aside, so its number and its place
      // under 156/KH-UBND are free again. Its reports are approved and locked, so it is not deleted; the guards are the owner's to pass.
      await app.sql(`begin;
        set local session_replication_role = replica;
        update legal_document set number_symbol = null where id = (select document_id from plan where number = '${SOURCE_PLANS.myTu}');
        update plan set number = null, parent_plan_id = null, implements_document_id = null, status = 'DRAFT', title = 'Bản gốc (đã thay)'
         where number = '${SOURCE_PLANS.myTu}';
        commit;`);
    });

    it('refuses a draft with an invalid budget amount, a total that is not the sum, or a target without indicator, writing nothing', async () => {
      const draft = await draftOf();
      const before = await counts();
      const negative = structuredClone(draft);
      negative.budgetLines[1].amount = '-2';
      negative.budgetTotal = null;
      expect(refusalOf(await gql('myTu', SAVE, { unitId: myTuUnit, draft: negative }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'budgetLines[1].amount' });
      const parentOff = structuredClone(draft);
      parentOff.budgetLines[0].amount = '50';
      parentOff.budgetTotal = null;
      expect(refusalOf(await gql('myTu', SAVE, { unitId: myTuUnit, draft: parentOff }))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BUDGET_PARENT_NOT_SUM', field: 'budgetLines[0].amount' });
      const totalOff = structuredClone(draft);
      totalOff.budgetTotal = '130';
      expect(refusalOf(await gql('myTu', SAVE, { unitId: myTuUnit, draft: totalOff }))).toMatchObject({
        code: 'BAD_USER_INPUT', field: 'budgetTotal', reason: 'DRAFT_BUDGET_TOTAL_MISMATCH', params: { total: '130', sum: '129' },
      });
      const noIndicator = structuredClone(draft);
      noIndicator.tasks[1].targets[0].indicator = null;
      expect(refusalOf(await gql('myTu', SAVE, { unitId: myTuUnit, draft: noIndicator }))).toMatchObject({
        code: 'BAD_USER_INPUT', field: 'tasks[1].targets[0].indicator', reason: 'DRAFT_INDICATOR_MISSING',
      });
      // A bad part late in the draft (the reporting rule's due day) undoes the plan, tasks and budget written before it.
      const lateBadPart = structuredClone(draft);
      lateBadPart.reportingRules[0].dueDay = 31;
      lateBadPart.reportingRules[0].dueMonth = 2;
      expect(refusalOf(await gql('myTu', SAVE, { unitId: myTuUnit, draft: lateBadPart }))).toMatchObject({ code: 'BAD_USER_INPUT', field: expect.stringMatching(/^reportingRules\[0\]/) });
      expect(await counts()).toEqual(before);
    });

    it('refuses another tenant\'s unit, the analyst and a commune\'s staff, writing nothing', async () => {
      const draft = await draftOf();
      const before = await counts();
      expect(refusalOf(await gql('bacLieu', SAVE, { unitId: myTuUnit, draft }))).toMatchObject({ code: 'NOT_FOUND' });
      expect(refusalOf(await gql('analyst', SAVE, { unitId: myTuUnit, draft }))).toMatchObject({ code: 'FORBIDDEN' });
      expect((refusalOf(await gql('commune', SAVE, { unitId: myTuUnit, draft })) as { code: string }).code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
      expect(await counts()).toEqual(before);
    });

    it('saves the draft as a plan equal to the seeded 127/KH-UBND in tasks, targets and budget (total 129)', async () => {
      const [seeded] = await app.sql<{ id: number }>("select id from plan where title = 'Bản gốc (đã thay)'");
      const seededPlan = ok(await gql('myTu', `query ($id: ID!) { Plan(id: $id) {
        tasks { code title agencies { role label agencyId agencyKind agencyLevel } targets { indicator comparator value applies year } }
        budgetLines { code amount } budgetTotal } }`, { id: String(seeded.id) })).Plan;
      const saved = ok(await gql('myTu', SAVE, { unitId: myTuUnit, draft: await draftOf() })).createPlanFromDraft;
      expect({ status: saved.status, number: saved.number, parent: saved.parent, period: [saved.periodFrom, saved.periodTo] })
        .toEqual({ status: 'DRAFT', number: '127/KH-UBND', parent: { number: '156/KH-UBND' }, period: [2021, 2025] });
      expect(saved.budgetTotal).toBe('129');
      expect(saved.budgetLines).toEqual(seededPlan.budgetLines);
      expect(saved.tasks.map((task: { code: string; title: string }) => [task.code, task.title])).toEqual(seededPlan.tasks.map((task: { code: string; title: string }) => [task.code, task.title]));
      expect(saved.tasks.map((task: { targets: unknown[] }) => task.targets)).toEqual(seededPlan.tasks.map((task: { targets: unknown[] }) => task.targets));
      expect(saved.tasks.map((task: { agencies: unknown[] }) => task.agencies)).toEqual(seededPlan.tasks.map((task: { agencies: unknown[] }) => task.agencies));
      expect(saved.responsibilities).toHaveLength(4);
      expect(saved.reportingRules).toEqual([{ dueDay: 15, dueMonth: 11 }]);
      expect(saved.signer).toEqual({ name: 'Nguyễn Thanh Phong', capacity: 'PHÓ CHỦ TỊCH' });
      // Audited as any plan entered by hand.
      expect((await app.sql("select count(*)::int as n from audit_log where entity = 'Plan' and entity_id = $1 and action = 'CREATE'", [saved.id]))[0].n).toBe(1);
    });
  });
});
