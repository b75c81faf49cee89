import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCE_PLANS } from '../../server/src/seeds/plans';
import { DEMO } from '../support/constants';
import { launchBrowser, screenshot, signIn } from '../support/browser';
import { dryRun } from '../support/dry-run';
import '../support/playwright-expect';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * For each role, the report, plan and user screens offer exactly the actions the server accepts: every
 * offered action is tried without effect (a dry run the server rolls back) and accepted, every
 * action not offered is refused.
 */
let app: TestApp;
let browser: Browser;
let draftId: string;
let submittedId: string;

const WORKFLOW = ['submit', 'approve', 'reopen', 'withdraw'] as const;
const MUTATION: Record<(typeof WORKFLOW)[number], string> = {
  submit: 'submitReport(id: $id, version: $v) { id }',
  approve: 'approveReport(id: $id, version: $v) { id }',
  reopen: 'reopenReport(id: $id, version: $v, reason: "Cần kiểm tra lại") { id }',
  withdraw: 'withdrawReport(id: $id, version: $v) { id }',
};
const ROLES = {
  'province admin': DEMO.socTrangAdmin,
  'district staff': DEMO.myTuStaff,
  'commune staff': DEMO.xaMyTuStaff,
  analyst: DEMO.analyst,
  'province admin of today (Cần Thơ)': DEMO.canThoAdmin,
} as const;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  const token = await app.login(DEMO.xaMyTuStaff);
  const generate = async (code: string) => (await app.gql('mutation ($u: ID!) { generateReport(unitId: $u, year: 2022) { id version } }',
    { u: await app.unitId(code) }, { token: code === '31597' ? token : await app.login(DEMO.myTuStaff) })).data!.generateReport;
  const submitted = await generate('31597');
  await app.gql('mutation ($id: ID!, $v: Int!) { submitReport(id: $id, version: $v) { id } }', { id: submitted.id, v: submitted.version }, { token });
  submittedId = submitted.id;
  draftId = (await generate('31579')).id;
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function pageAs(email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await signIn(page, app.url, email);
  // Every role lands on its dashboard (issue 9).
  await expect(page.getByTestId('dashboard')).toBeVisibleSoon();
  return page;
}

/** The workflow buttons the report's page shows (after its data arrived). */
async function offeredOn(page: Page, reportId: string): Promise<string[]> {
  await page.goto(`${app.url}/admin/#/Report/${reportId}/show`);
  const outcome = await Promise.race([
    page.getByTestId('report-figures').waitFor({ timeout: 15_000 }).then(() => 'shown'),
    page.getByText(/Không tìm thấy|not found/i).first().waitFor({ timeout: 15_000 }).then(() => 'hidden'),
  ]).catch(() => 'hidden');
  if (outcome === 'hidden') return [];
  await page.waitForTimeout(300);
  const offered: string[] = [];
  for (const action of WORKFLOW) if (await page.getByTestId(`report-${action}`).count()) offered.push(action);
  if (await page.locator('[data-testid^="correct-"]').count()) offered.push('correct');
  return offered;
}

describe('a console that knows the user\'s role', () => {
  for (const [role, email] of Object.entries(ROLES)) {
    it(`offers the ${role} on the report screens only what the server accepts`, async () => {
      const page = await pageAs(email);
      for (const reportId of [draftId, submittedId]) {
        const offered = await offeredOn(page, reportId);
        const [row] = await app.sql('select version from report where id = $1', [reportId]);
        for (const action of WORKFLOW) {
          const { accepted } = await dryRun(app, email, MUTATION[action], { id: reportId, v: row.version });
          expect({ role, reportId, action, offered: offered.includes(action) }).toEqual({ role, reportId, action, offered: accepted });
        }
        const correction = await dryRun(app, email, 'correctReportFigure(id: $id, version: $v, field: "teams", value: "5", reason: "Đếm lại số tổ") { id }',
          { id: reportId, v: row.version });
        expect({ role, reportId, correct: offered.includes('correct') }).toEqual({ role, reportId, correct: correction.accepted });
      }
      // Generating a report: offered to those who write (the list's button), refused to the others.
      await page.goto(`${app.url}/admin/#/Report`);
      await expect(page.getByTestId('report-obligations').or(page.getByText(/Không có|No /).first())).toBeVisibleSoon();
      const canGenerate = (await page.getByTestId('create-button').count()) > 0;
      const unit = await app.unitId('31597');
      const generate = await dryRun(app, email, 'generateReport(unitId: $u, year: 2022) { id }', { u: unit });
      const anyWrite = (await app.gql('{ capabilities { write } }', {}, { token: await app.login(email) })).data!.capabilities.write;
      expect(canGenerate).toBe(anyWrite);
      if (!anyWrite) expect(generate.refusal?.extensions.reason).toBe('READ_ONLY_ROLE');
      await screenshot(page, `roles-reports-${role.replace(/\W+/g, '-')}`);
      await page.context().close();
    });
  }

  for (const [role, email] of Object.entries(ROLES)) {
    it(`offers the ${role} on the user screens only the roles and accounts the server lets it manage`, async () => {
      const page = await pageAs(email);
      const { capabilities } = (await app.gql('{ capabilities { administer grantableRoles } }', {}, { token: await app.login(email) })).data!;
      const menu = await page.locator('.RaSidebar-fixed').getByText(/Người dùng/).count();
      expect(menu > 0).toBe(capabilities.administer);
      if (!capabilities.administer) {
        const refused = await dryRun(app, email, 'createUser(email: "new@demo.hoagiai.vn", fullName: "Người mới", password: "mat-khau-moi") { id }');
        expect(refused.refusal?.extensions.reason).toBe('ADMIN_ONLY');
        await page.context().close();
        return;
      }
      await page.goto(`${app.url}/admin/#/Membership/create`);
      await page.getByLabel('Vai trò').click();
      const options = await page.getByRole('option').allInnerTexts();
      const labels: Record<string, string> = {
        SYSTEM_ADMIN: 'Quản trị hệ thống', PROVINCE_ADMIN: 'Quản trị cấp tỉnh', DISTRICT_STAFF: 'Cán bộ cấp huyện', COMMUNE_STAFF: 'Cán bộ cấp xã', ANALYST: 'Cán bộ phân tích',
      };
      expect(options.map((o) => o.trim()).sort()).toEqual(capabilities.grantableRoles.map((r: string) => labels[r]).sort());
      await screenshot(page, `roles-users-${role.replace(/\W+/g, '-')}`);
      await page.context().close();
    });
  }

  for (const [role, email] of Object.entries(ROLES)) {
    it(`offers the ${role} on the plan screens only the changes the server accepts`, async () => {
      const page = await pageAs(email);
      for (const number of [SOURCE_PLANS.socTrang, SOURCE_PLANS.myTu]) {
        const [plan] = await app.sql('select id::text, version from plan where number = $1', [number]);
        await page.goto(`${app.url}/admin/#/Plan/${plan.id}/show`);
        const shown = await Promise.race([
          page.getByRole('tab', { name: /Nhiệm vụ/ }).first().waitFor({ timeout: 15_000 }).then(() => true),
          page.getByText(/Không tìm thấy|not found/i).first().waitFor({ timeout: 15_000 }).then(() => false),
        ]).catch(() => false);
        const transition = await dryRun(app, email, 'transitionPlan(id: $id, version: $v, status: IN_PROGRESS) { id }', { id: plan.id, v: plan.version });
        const edit = await dryRun(app, email, 'createResponsibility(planId: $id, text: "Giao Phòng Tư pháp theo dõi") { id }', { id: plan.id });
        if (!shown) {
          expect({ role, number, transition: transition.accepted, edit: edit.accepted }).toEqual({ role, number, transition: false, edit: false });
          continue;
        }
        await page.waitForTimeout(300);
        const offers = async (testId: string) => (await page.getByTestId(testId).count()) > 0;
        expect({ role, number, transition: await offers('plan-transition'), cascade: await offers('plan-cascade') })
          .toEqual({ role, number, transition: transition.accepted, cascade: edit.accepted });
        await page.goto(`${app.url}/admin/#/Plan/${plan.id}/show/responsibilities`);
        await expect(page.getByTestId('responsibility-add').or(page.getByText(/Chưa có|Không có/).first()).or(page.getByTestId('responsibility-1')).first()).toBeVisibleSoon();
        await page.waitForTimeout(300);
        expect({ role, number, add: await offers('responsibility-add'), rowButtons: await offers('responsibility-1-edit') })
          .toEqual({ role, number, add: edit.accepted, rowButtons: edit.accepted && (await page.getByTestId('responsibility-1').count()) > 0 });
        await page.goto(`${app.url}/admin/#/Plan/${plan.id}/show/edit-tasks`);
        await expect(page.getByTestId('editor-add-task').or(page.getByTestId('plan-read-only')).first()).toBeVisibleSoon();
        expect({ role, number, editor: await offers('editor-add-task') }).toEqual({ role, number, editor: edit.accepted });
        await screenshot(page, `roles-plan-${number.replace(/\W+/g, '-')}-${role.replace(/\W+/g, '-')}`);
      }
      await page.context().close();
    });
  }
});
