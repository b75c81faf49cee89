import { createHash } from 'node:crypto';
import type pg from 'pg';
import { ERA_2021 } from '../../modules/units/unit.seed';
import { once } from '../seed-files';
import { writeDemoReports } from './demo-reports';
import { DEFAULT_SEED } from './demography';
import { writeProvince2025 } from './generator2025';
import { checksumOf, countsOf, generateProvince, type ProvinceCounts } from './province.model';
import type { ProvinceTree, SuccessorRef, UnitRow } from './synthetic.types';
import { DEMO_TODAY } from './timeline';
import { writeProvince } from './writer';

type Log = (message: string) => void;

export const GENERATOR_VERSION = 'synthetic-2';
/** Sóc Trăng and Bạc Liêu, the provinces of the two source plans (today in Thành phố Cần Thơ, 92, and Tỉnh Cà Mau, 96). */
export const DEMO_PROVINCES = ['94', '95'] as const;

export type GenerateOptions = {
  seed?: number;
  /** Province codes of the 2021 era, or 'ALL' for the whole country. */
  provinces: readonly string[] | 'ALL';
  log: Log;
  /** Commit each province on its own (national runs: progress survives an interruption). */
  commitEach?: boolean;
};

const n = (value: number) => value.toLocaleString('en-US');

/** Runs one statement and answers its rows (a pg client, or the test harness's owner connection). */
export type RowsQuery = (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;
const rowsOf = (client: pg.ClientBase): RowsQuery => async (text, params) => (await client.query(text, params)).rows;

type UnitQueryRow = { id: number; code: string; name: string; type: string; level: UnitRow['level']; parent_code: string | null };

/** A 2021 province with its districts and communes, in code order. */
export async function loadProvinceTree(query: RowsQuery, code: string): Promise<ProvinceTree> {
  const rows = (await query(
    `select u.id, u.code, u.name, u.type, u.level::text as level, p.code as parent_code
       from admin_unit u left join admin_unit p on p.id = u.parent_id
      where u.path <@ $1::ltree order by u.code`,
    [`${ERA_2021.root}.p${code}`],
  )) as UnitQueryRow[];
  const units: UnitRow[] = rows.map((r) => ({ id: r.id, code: r.code, name: r.name, type: r.type, level: r.level, parentCode: r.parent_code }));
  const province = units.find((u) => u.level === 'PROVINCE');
  if (!province) throw new Error(`No 2021 province with code ${code}`);
  const links = (await query(
    `select p.code as predecessor, n.id, n.code, s.kind::text as kind
       from unit_succession s join admin_unit p on p.id = s.predecessor_id join admin_unit n on n.id = s.successor_id
      where p.path <@ $1::ltree and p.level = 'COMMUNE' order by p.code, n.code`,
    [`${ERA_2021.root}.p${code}`],
  )) as (SuccessorRef & { predecessor: string })[];
  const successors: Record<string, SuccessorRef[]> = {};
  for (const link of links) (successors[link.predecessor] ??= []).push({ id: link.id, code: link.code, kind: link.kind });
  return { province, districts: units.filter((u) => u.level === 'DISTRICT'), communes: units.filter((u) => u.level === 'COMMUNE'), successors };
}

/** Runs `work` in its own transaction when asked (national runs: progress survives an interruption). */
async function step<T>(client: pg.ClientBase, commit: boolean | undefined, work: () => Promise<T>): Promise<T> {
  if (!commit) return work();
  await client.query('begin');
  try {
    const result = await work();
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

const record = (client: pg.ClientBase, era: 2021 | 2025, code: string, seed: number, counts: Record<string, number>, checksum: string, started: number) =>
  client.query('insert into synthetic_run (era, province_code, seed, generator, counts, checksum, seconds) values ($1, $2, $3, $4, $5, $6, $7)',
    [era, code, seed, GENERATOR_VERSION, JSON.stringify(counts), checksum, (Date.now() - started) / 1000]);

/**
 * Generates and writes the provinces not generated yet (synthetic_run says which), with one
 * progress line per province and a total. First each 2021 province's work on the ground, from 2021
 * to today (its hamlets moving to their 2025 communes on 1 July 2025); then each 2025 province that
 * succeeded one of them (its pool, courses, plan, its communes' profiles and assessments); then the
 * yearly reports. Runs as the database owner.
 */
export async function generateSynthetic(client: pg.ClientBase, options: GenerateOptions): Promise<ProvinceCounts> {
  const seed = options.seed ?? DEFAULT_SEED;
  const started = Date.now();
  const codes = options.provinces === 'ALL'
    ? (await client.query<{ code: string }>(`select code from admin_unit where level = 'PROVINCE' and valid_from = $1 order by code`, [ERA_2021.validFrom])).rows.map((r) => r.code)
    : [...options.provinces];
  const done = new Set((await client.query<{ key: string }>(`select era || ':' || province_code as key from synthetic_run`)).rows.map((r) => r.key));
  const totals: ProvinceCounts = { provinces: 0 };
  const generated: string[] = [];
  for (const code of codes) {
    if (done.has(`2021:${code}`)) {
      options.log(`  ${code}: already generated, skipped`);
      continue;
    }
    const provinceStarted = Date.now();
    const tree = await loadProvinceTree(rowsOf(client), code);
    const data = generateProvince(seed, tree);
    const counts = countsOf(data);
    await step(client, options.commitEach, async () => {
      await writeProvince(client, tree, data, seed);
      await record(client, 2021, code, seed, counts, checksumOf(data), provinceStarted);
    });
    generated.push(code);
    totals.provinces += 1;
    for (const [key, value] of Object.entries(counts)) totals[key] = (totals[key] ?? 0) + value;
    options.log(`  ${code} ${tree.province.name}: ${n(counts.communes)} communes, ${n(counts.teams)} hamlets and teams, ${n(counts.mediators)} mediators, `
      + `${n(counts.cases)} cases, ${n(counts.trainers)} trainers, ${n(counts.events)} trainings; at the reform ${n(counts.movedByMapping)} hamlets moved by the mapping, `
      + `${n(counts.movedByGenerator)} assigned by the generator, ${n(counts.unassigned)} left unassigned (${((Date.now() - provinceStarted) / 1000).toFixed(1)} s)`);
  }
  const successors = generated.length === 0 ? [] : (await client.query<{ code: string }>(
    `select distinct n.code from unit_succession s join admin_unit p on p.id = s.predecessor_id join admin_unit n on n.id = s.successor_id
      where p.level = 'PROVINCE' and p.valid_from = $1 and p.code = any($2) order by n.code`, [ERA_2021.validFrom, generated])).rows.map((r) => r.code);
  const generated2025: string[] = [];
  for (const code of successors.filter((c) => !done.has(`2025:${c}`))) {
    const provinceStarted = Date.now();
    const run = await step(client, options.commitEach, async () => {
      const written = await writeProvince2025(client, seed, code);
      await record(client, 2025, code, seed, written.counts, createHash('sha256').update(JSON.stringify(written.content)).digest('hex'), provinceStarted);
      return written;
    });
    generated2025.push(code);
    options.log(`  ${code} ${run.name} (2025): ${n(run.counts.communes)} communes with teams, ${n(run.counts.trainers)} trainers, ${n(run.counts.events)} trainings, a 2025–2030 plan `
      + `(${((Date.now() - provinceStarted) / 1000).toFixed(1)} s)`);
  }
  const reports = await step(client, options.commitEach, () => writeDemoReports(client, seed, generated, generated2025));
  totals.reports = reports;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (totals.provinces) {
    options.log(`  synthetic data: ${n(totals.provinces)} provinces, ${n(totals.communes)} communes, ${n(totals.teams)} teams, ${n(totals.mediators)} mediators, `
      + `${n(totals.cases)} cases, ${n(reports)} reports, until ${DEMO_TODAY} (${seconds} s, seed ${seed})`);
  }
  return totals;
}

/** The demo: Sóc Trăng and Bạc Liêu generated once per database, marked synthetic. */
export async function loadSyntheticDemo(owner: pg.ClientBase, log: Log): Promise<void> {
  await once(owner, 'synthetic-demo', async () => {
    log('Generating synthetic demo data for Sóc Trăng (94) and Bạc Liêu (95), 2021 to today, and for their successors Cần Thơ (92) and Cà Mau (96) ...');
    const totals = await generateSynthetic(owner, { provinces: DEMO_PROVINCES, log });
    return Object.entries(totals).filter(([key]) => key !== 'provinces' && key !== 'communes').reduce((sum, [, value]) => sum + value, 0);
  });
}
