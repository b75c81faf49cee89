import type pg from 'pg';
import { ERA_2021 } from '../../modules/units/unit.seed';
import { once } from '../seed-files';
import { DEFAULT_SEED } from './demography';
import { checksumOf, countsOf, generateProvince, type ProvinceCounts } from './province.model';
import type { ProvinceTree, UnitRow } from './synthetic.types';
import { writeProvince } from './writer';

type Log = (message: string) => void;

export const GENERATOR_VERSION = 'synthetic-1';
/** Sóc Trăng and Bạc Liêu, the provinces of the two source plans. */
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
  return { province, districts: units.filter((u) => u.level === 'DISTRICT'), communes: units.filter((u) => u.level === 'COMMUNE') };
}

/**
 * Generates and writes the provinces not generated yet (synthetic_run says which), with one
 * progress line per province and a total. Runs as the database owner.
 */
export async function generateSynthetic(client: pg.ClientBase, options: GenerateOptions): Promise<ProvinceCounts> {
  const seed = options.seed ?? DEFAULT_SEED;
  const started = Date.now();
  const codes = options.provinces === 'ALL'
    ? (await client.query<{ code: string }>(`select code from admin_unit where level = 'PROVINCE' and valid_from = $1 order by code`, [ERA_2021.validFrom])).rows.map((r) => r.code)
    : [...options.provinces];
  const done = new Set((await client.query<{ province_code: string }>('select province_code from synthetic_run')).rows.map((r) => r.province_code));
  const totals: ProvinceCounts = { provinces: 0 };
  for (const code of codes) {
    if (done.has(code)) {
      options.log(`  ${code}: already generated, skipped`);
      continue;
    }
    const provinceStarted = Date.now();
    const tree = await loadProvinceTree(rowsOf(client), code);
    const data = generateProvince(seed, tree);
    const counts = countsOf(data);
    if (options.commitEach) await client.query('begin');
    try {
      await writeProvince(client, tree, data);
      const seconds = (Date.now() - provinceStarted) / 1000;
      await client.query('insert into synthetic_run (province_code, seed, generator, counts, checksum, seconds) values ($1, $2, $3, $4, $5, $6)',
        [code, seed, GENERATOR_VERSION, JSON.stringify(counts), checksumOf(data), seconds]);
      if (options.commitEach) await client.query('commit');
    } catch (error) {
      if (options.commitEach) await client.query('rollback');
      throw error;
    }
    totals.provinces += 1;
    for (const [key, value] of Object.entries(counts)) totals[key] = (totals[key] ?? 0) + value;
    options.log(`  ${code} ${tree.province.name}: ${n(counts.communes)} communes, ${n(counts.teams)} hamlets and teams, ${n(counts.mediators)} mediators, `
      + `${n(counts.cases)} cases, ${n(counts.trainers)} trainers, ${n(counts.events)} trainings (${((Date.now() - provinceStarted) / 1000).toFixed(1)} s)`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (totals.provinces) {
    options.log(`  synthetic data: ${n(totals.provinces)} provinces, ${n(totals.communes)} communes, ${n(totals.teams)} teams, ${n(totals.mediators)} mediators, `
      + `${n(totals.cases)} cases (${seconds} s, seed ${seed})`);
  }
  return totals;
}

/** The demo: Sóc Trăng and Bạc Liêu generated once per database, marked synthetic. */
export async function loadSyntheticDemo(owner: pg.ClientBase, log: Log): Promise<void> {
  await once(owner, 'synthetic-demo', async () => {
    log('Generating synthetic demo data for Sóc Trăng (94) and Bạc Liêu (95) ...');
    const totals = await generateSynthetic(owner, { provinces: DEMO_PROVINCES, log });
    return Object.entries(totals).filter(([key]) => key !== 'provinces' && key !== 'communes').reduce((sum, [, value]) => sum + value, 0);
  });
}
