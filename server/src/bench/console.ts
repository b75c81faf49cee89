import 'reflect-metadata';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { createApp } from '../app';
import { loadConfig, repoRoot } from '../core/config';
import { createDataSource, prepareDatabase, withClient } from '../core/database';
import { loadDemoData, loadReferenceData } from '../seeds';
import { DEMO, DEMO_PASSWORD } from '../seeds/demo-users';

/**
 * `npm run bench` (its console part): the console's bundle sizes and first-load times in Chromium,
 * against the targets of issue 9: the sign-in page needs at most 250 kB of gzipped JavaScript, no
 * chunk exceeds 150 kB gzipped, the sign-in form is visible within 1 s, and a landing page within
 * 2 s of signing in. Served by the real server with the demo data (a throw-away embedded cluster
 * unless DATABASE_URL is set). Exits 1 when a target is missed.
 */
const KB = 1024;
const TARGETS = { signInJsKb: 250, chunkKb: 150, formMs: 1000, landingMs: 2000 };
/** The five roles of issue 9 (province admin, district staff, commune staff, analyst, today's province admin), twice each. */
const ACCOUNTS = [DEMO.socTrangAdmin, DEMO.myTuStaff, DEMO.xaMyTuStaff, DEMO.analyst, DEMO.canThoAdmin];
const RUNS = 2 * ACCOUNTS.length;

const dist = path.join(repoRoot, 'admin', 'dist');
const gzipped = (file: string) => gzipSync(readFileSync(file)).length;

type Result = { name: string; value: string; target: string; met: boolean };

function bundleSizes(): { results: Result[]; sizes: Map<string, number> } {
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`The console is not built (${dist}): run "npm run build" first`);
  const assets = path.join(dist, 'assets');
  const sizes = new Map(readdirSync(assets).filter((name) => name.endsWith('.js')).map((name) => [name, gzipped(path.join(assets, name))]));
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const [largest, largestSize] = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0];
  const maps = readdirSync(assets).filter((name) => name.endsWith('.map'));
  return {
    sizes,
    results: [
      { name: 'largest chunk (gzip)', value: `${(largestSize / KB).toFixed(1)} kB (${largest})`, target: `≤ ${TARGETS.chunkKb} kB`, met: largestSize <= TARGETS.chunkKb * KB },
      { name: 'all JavaScript (gzip)', value: `${(total / KB).toFixed(1)} kB in ${sizes.size} chunks`, target: 'reported', met: true },
      { name: 'source maps in the build', value: String(maps.length), target: 'none', met: maps.length === 0 },
    ],
  };
}

/** What a landing page shows once its data is there: a list's first row, or a page's own content. */
const LANDED = '.RaList-main tbody tr, .RaShow-main .RaSimpleShowLayout-root, [data-testid="indicators"], [data-testid="dashboard"]';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function firstLoads(browser: Browser, baseUrl: string, sizes: Map<string, number>): Promise<Result[]> {
  const formTimes: number[] = [];
  const landingTimes: number[] = [];
  const perAccount = new Map<string, number[]>();
  let signInJs = 0;
  for (let run = 0; run < RUNS; run += 1) {
    // A fresh context each run: an empty cache, as a first visit.
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(path.basename(new URL(request.url()).pathname));
    });
    const started = Date.now();
    await page.goto(`${baseUrl}/admin/#/login`);
    await page.locator('input[name="password"]').waitFor({ state: 'visible' });
    formTimes.push(Date.now() - started);
    if (run === 0) signInJs = [...scripts].reduce((sum, name) => sum + (sizes.get(name) ?? 0), 0);
    await page.locator('input[name="username"]').fill(ACCOUNTS[run % ACCOUNTS.length]);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    const submitted = Date.now();
    await page.locator('button[type="submit"]').click();
    // Landed: the menu and the first screen with its data (the rows of the list users land on).
    await page.locator('.RaSidebar-fixed').waitFor({ state: 'visible', timeout: 20_000 });
    await page.locator(LANDED).first().waitFor({ state: 'visible', timeout: 20_000 });
    const landed = Date.now() - submitted;
    landingTimes.push(landed);
    const account = ACCOUNTS[run % ACCOUNTS.length];
    perAccount.set(account, [...(perAccount.get(account) ?? []), landed]);
    await context.close();
  }
  return [
    { name: 'sign-in page JavaScript (gzip)', value: `${(signInJs / KB).toFixed(1)} kB`, target: `≤ ${TARGETS.signInJsKb} kB`, met: signInJs <= TARGETS.signInJsKb * KB },
    { name: `sign-in form visible (median of ${RUNS})`, value: `${median(formTimes)} ms (max ${Math.max(...formTimes)})`, target: `≤ ${TARGETS.formMs} ms`, met: median(formTimes) <= TARGETS.formMs },
    {
      name: `landing page after sign-in (median of ${RUNS})`,
      value: `${median(landingTimes)} ms (each account's runs: ${[...perAccount].map(([account, times]) => `${account.split('@')[0]} ${times.join('/')}`).join(', ')})`,
      target: `≤ ${TARGETS.landingMs} ms`, met: median(landingTimes) <= TARGETS.landingMs,
    },
  ];
}

async function main(): Promise<void> {
  const { results: sizeResults, sizes } = bundleSizes();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hoagiai-bench-console-'));
  chmodSync(dataDir, 0o755);
  const config = { ...loadConfig({ ...process.env, DATA_DIR: process.env.DATABASE_URL ? process.env.DATA_DIR : dataDir }), loadDemoData: true };
  const quiet = () => undefined;
  const database = await prepareDatabase(config, quiet);
  await withClient(database.ownerUrl, async (owner) => {
    await loadReferenceData(owner, quiet);
    await loadDemoData(owner, quiet);
  });
  const dataSource = await createDataSource(database.appUrl, quiet);
  const { listener, apollo } = await createApp({ config, dataSource, log: quiet });
  const server = createServer(listener).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let results: Result[] = sizeResults;
  try {
    results = [...sizeResults, ...(await firstLoads(browser, baseUrl, sizes))];
  } finally {
    await browser.close();
    server.close();
    await apollo.stop();
    await dataSource.destroy();
    await database.stopEmbedded?.();
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`console (Chromium, served by the server with the demo data; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores):`);
  for (const r of results) console.log(`${r.met ? 'ok  ' : 'MISS'} ${r.name}: ${r.value} (target ${r.target})`);
  const missed = results.filter((r) => !r.met).length;
  console.log(`${results.length - missed} met, ${missed} missed`);
  process.exit(missed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
