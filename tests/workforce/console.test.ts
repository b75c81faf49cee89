import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { launchBrowser, screenshot, signIn } from '../support/browser';
import '../support/playwright-expect';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * The console screens of the work on the ground, on the demo data: teams with compliance badges,
 * a trainer pool's shortfall panel, trainings with their attendees, and the case book, whose
 * parties only the commune's own staff see.
 */
let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function as(email: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await signIn(page, app.url, email);
  return page;
}

describe('the console of the work on the ground', () => {
  it('lists teams with compliance badges, filters the non-compliant ones, and shows a team with its mediators', async () => {
    // Sóc Trăng's teams are today Cần Thơ's (they moved with their hamlets on 1 July 2025).
    const page = await as(DEMO.canThoAdmin);
    const [flagged] = await app.sql(`select t.id, t.name, c.reasons[1] as reason from mediation_team t join mediation_team_compliance c on c.team_id = t.id
       where t.unit_path <@ 'y2025.p92' and not c.compliant order by t.name, t.id limit 1`);
    await page.goto(`${app.url}/admin/#/MediationTeam?filter=${encodeURIComponent(JSON.stringify({ compliant: false }))}`);
    await expect(page.getByTestId(`compliance-${flagged.reason}`)).toBeVisibleSoon();
    expect(await page.getByTestId('compliance-ok').count()).toBe(0);
    await screenshot(page, 'workforce-teams-not-compliant');

    await page.goto(`${app.url}/admin/#/MediationTeam?filter=${encodeURIComponent(JSON.stringify({ compliant: true }))}`);
    await expect(page.getByTestId('compliance-ok')).toBeVisibleSoon();
    await page.goto(`${app.url}/admin/#/MediationTeam/${flagged.id}/show`);
    await expect(page.getByTestId('team-mediators')).toBeVisibleSoon();
    await expect(page.getByText(flagged.name).first()).toBeVisibleSoon();
    await screenshot(page, 'workforce-team-show');
    await page.close();
  });

  it('shows a trainer pool\'s shortfall panel against Decision 315', async () => {
    const page = await as(DEMO.myTuStaff);
    const [pool] = await app.sql(`select id from trainer_pool where unit_path = 'y2021.p94.d944'`);
    await page.goto(`${app.url}/admin/#/TrainerPool/${pool.id}/show`);
    await expect(page.getByTestId('pool-shortfall')).toBeVisibleSoon();
    await expect(page.getByTestId('pool-shortfall').getByText(/315\/QĐ-TTg/)).toBeVisibleSoon();
    await expect(page.getByTestId('pool-trainers')).toBeVisibleSoon();
    await screenshot(page, 'workforce-trainer-pool');
    await page.close();
  });

  it('lists trainings and shows who attended a course', async () => {
    const page = await as(DEMO.myTuStaff);
    const [event] = await app.sql(`select e.id, e.title from training_event e where e.unit_path = 'y2021.p94.d944'
       and exists (select 1 from training_attendance a where a.event_id = e.id) order by e.id limit 1`);
    await page.goto(`${app.url}/admin/#/TrainingEvent`);
    await expect(page.getByRole('cell', { name: event.title })).toBeVisibleSoon();
    await page.goto(`${app.url}/admin/#/TrainingEvent/${event.id}/show`);
    await expect(page.getByTestId('event-attendeeMediators')).toBeVisibleSoon();
    await screenshot(page, 'workforce-training');
    await page.close();
  });

  it('shows the parties of a case to the commune\'s staff, and a notice instead to the district', async () => {
    const [kase] = await app.sql(`select c.id, p.parties from mediation_case c join mediation_case_parties p on p.case_id = c.id
       where c.unit_path = 'y2021.p94.d944.c31597' order by c.id limit 1`);
    const commune = await as(DEMO.xaMyTuStaff);
    await commune.goto(`${app.url}/admin/#/MediationCase`);
    await expect(commune.getByRole('columnheader').first()).toBeVisibleSoon();
    // The case book is searched by its teams' names, typed without diacritics.
    // A team whose name, without "Tổ hòa giải", is in no other name of the commune's case book.
    const [team] = await app.sql(`select t.name, substr(t.search, 13) as plain, count(*)::int as cases from mediation_team t join mediation_case c on c.team_id = t.id
       where c.unit_path = 'y2021.p94.d944.c31597' and t.search like 'to hoa giai %' and not exists (select 1 from mediation_case oc join mediation_team o on o.id = oc.team_id
         where oc.unit_path = 'y2021.p94.d944.c31597' and o.id <> t.id and o.search like '%' || substr(t.search, 13) || '%')
       group by t.id order by count(*), t.name limit 1`);
    const plain = team.plain as string;
    expect(plain).not.toBe(team.name.replace(/^Tổ hòa giải /, ''));
    await commune.locator('.RaLayout-content').getByPlaceholder('Tìm kiếm').fill(plain);
    await commune.waitForURL((url) => decodeURIComponent(url.hash).includes(plain));
    await expect.poll(() => commune.locator('tbody tr').count(), { timeout: 10_000 }).toBe(Math.min(team.cases, 10));
    expect(new Set(await commune.locator('tbody tr td:nth-child(2)').allTextContents())).toEqual(new Set([team.name]));
    await screenshot(commune, 'workforce-case-search');
    await commune.goto(`${app.url}/admin/#/MediationCase/${kase.id}/show`);
    await expect(commune.getByText(kase.parties)).toBeVisibleSoon();
    await screenshot(commune, 'workforce-case-commune');
    await commune.close();

    const district = await as(DEMO.myTuStaff);
    await district.goto(`${app.url}/admin/#/MediationCase/${kase.id}/show`);
    await expect(district.getByText(/Chỉ công chức của xã|commune's own staff/)).toBeVisibleSoon();
    expect(await district.getByText(kase.parties).count()).toBe(0);
    await screenshot(district, 'workforce-case-district');

    // The district corrects the category: the form does not send the parties it never had, so they stay.
    const [other] = await app.sql(`select c.id from mediation_case c join mediation_case_parties p on p.case_id = c.id
       where c.unit_path = 'y2021.p94.d944.c31597' and c.category <> 'LAND' order by c.id limit 1`);
    await district.goto(`${app.url}/admin/#/MediationCase/${other.id}`);
    await district.getByLabel('Lĩnh vực').click();
    await district.getByRole('option', { name: 'Đất đai', exact: true }).click();
    await district.getByRole('button', { name: 'Lưu' }).click();
    await district.waitForURL(new RegExp(`#/MediationCase/${other.id}/show`));
    expect(await app.sql('select c.category::text, p.parties is not null as kept from mediation_case c join mediation_case_parties p on p.case_id = c.id where c.id = $1', [other.id]))
      .toEqual([{ category: 'LAND', kept: true }]);
    await district.close();
  });
});
