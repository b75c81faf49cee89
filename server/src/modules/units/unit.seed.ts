import { readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { repoRoot } from '../../core/config';

/** The eras of the tenant tree. 2021 units are the state of 1 Nov 2021 and end when the 2025 tree starts. */
export const ERA_2021 = { validFrom: '2021-11-01', validTo: '2025-06-30', root: 'y2021' } as const;
export const ERA_2025 = { validFrom: '2025-07-01', root: 'y2025' } as const;
export const RENAMES_2026 = '2026-04-30';

const dir = path.join(repoRoot, 'seeds', 'vn-admin-units');
type Log = (message: string) => void;
type Row = Record<string, string>;

/** Reads one of our CSV files: a header row, commas, double quotes around fields that hold commas. */
export function readCsv(file: string): Row[] {
  const [header, ...lines] = readFileSync(path.join(dir, file), 'utf8').normalize('NFC').split('\n').filter(Boolean);
  const names = splitCsvLine(header);
  return lines.map((line) => Object.fromEntries(splitCsvLine(line).map((value, i) => [names[i], value])));
}

function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of line.replace(/\r$/, '')) {
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) {
      fields.push(current);
      current = '';
    } else current += char;
  }
  fields.push(current);
  return fields;
}

type NewUnit = { code: string; level: string; type: string; name: string; validFrom: string; validTo: string | null; parentId: number | null; provinceCode: string; path: string };

async function insertUnits(client: pg.ClientBase, units: NewUnit[]): Promise<Map<string, number>> {
  const column = <K extends keyof NewUnit>(key: K) => units.map((unit) => unit[key]);
  const { rows } = await client.query<{ id: number; code: string }>(
    `insert into admin_unit (code, level, type, name, valid_from, valid_to, parent_id, province_code, path, search)
     select code, level::unit_level, type, name, valid_from, valid_to, parent_id, province_code, path::ltree, app.search_text(name)
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::date[], $7::int[], $8::text[], $9::text[])
            as t(code, level, type, name, valid_from, valid_to, parent_id, province_code, path)
     returning id, code`,
    [column('code'), column('level'), column('type'), column('name'), column('validFrom'), column('validTo'), column('parentId'), column('provinceCode'), column('path')],
  );
  return new Map(rows.map((row) => [row.code, row.id]));
}

type Link = { predecessorId: number; successorId: number | null; kind: 'FULL' | 'PARTIAL' | 'UNMAPPED'; source: string };

async function insertLinks(client: pg.ClientBase, links: Link[]): Promise<void> {
  await client.query(
    `insert into unit_succession (predecessor_id, successor_id, kind, source)
     select * from unnest($1::int[], $2::int[], $3::succession_kind[], $4::text[])
     on conflict do nothing`,
    [links.map((l) => l.predecessorId), links.map((l) => l.successorId), links.map((l) => l.kind), links.map((l) => l.source)],
  );
}

/**
 * Loads the administrative units of 2021 and 2025, the 2026 renames and the 2025 succession,
 * once: a second start finds the reference_load row and loads nothing.
 */
export async function loadAdministrativeUnits(client: pg.ClientBase, log: Log): Promise<void> {
  const { rowCount } = await client.query(`select 1 from reference_load where name = 'admin-units'`);
  if (rowCount) return;
  const started = Date.now();
  const step = (message: string) => log(`  ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  log('Loading administrative units (first start only) ...');
  await client.query('begin');
  try {
    // 2021-11-01: three levels.
    const provinces2021 = readCsv('units-2021-11-01/provinces.csv');
    const districts2021 = readCsv('units-2021-11-01/districts.csv');
    const communes2021 = readCsv('units-2021-11-01/communes.csv');
    const era = { validFrom: ERA_2021.validFrom, validTo: ERA_2021.validTo };
    const p21 = await insertUnits(client, provinces2021.map((p) => ({
      ...era, code: p.code, level: 'PROVINCE', type: p.type, name: p.name, parentId: null, provinceCode: p.code, path: `${ERA_2021.root}.p${p.code}`,
    })));
    const provinceOfDistrict = new Map(districts2021.map((d) => [d.code, d.province_code]));
    const d21 = await insertUnits(client, districts2021.map((d) => ({
      ...era, code: d.code, level: 'DISTRICT', type: d.type, name: d.name, parentId: p21.get(d.province_code)!, provinceCode: d.province_code,
      path: `${ERA_2021.root}.p${d.province_code}.d${d.code}`,
    })));
    const c21 = await insertUnits(client, communes2021.map((c) => {
      const province = provinceOfDistrict.get(c.district_code)!;
      return {
        ...era, code: c.code, level: 'COMMUNE', type: c.type, name: c.name, parentId: d21.get(c.district_code)!, provinceCode: province,
        path: `${ERA_2021.root}.p${province}.d${c.district_code}.c${c.code}`,
      };
    }));
    step(`2021-11-01: ${p21.size} provinces, ${d21.size} districts, ${c21.size} communes`);

    // 2025-07-01: two levels, then the 2026-04-30 respellings as name changes.
    const provinces2025 = readCsv('units-2025-07-01/provinces.csv');
    const communes2025 = readCsv('units-2025-07-01/communes.csv');
    const era25 = { validFrom: ERA_2025.validFrom, validTo: null };
    const p25 = await insertUnits(client, provinces2025.map((p) => ({
      ...era25, code: p.code, level: 'PROVINCE', type: p.type, name: p.name, parentId: null, provinceCode: p.code, path: `${ERA_2025.root}.p${p.code}`,
    })));
    const c25 = await insertUnits(client, communes2025.map((c) => ({
      ...era25, code: c.code, level: 'COMMUNE', type: c.type, name: c.name, parentId: p25.get(c.province_code)!, provinceCode: c.province_code,
      path: `${ERA_2025.root}.p${c.province_code}.c${c.code}`,
    })));
    step(`2025-07-01: ${p25.size} provinces, ${c25.size} communes`);
    const renamed = await loadRenames(client, p25, c25, provinces2025, communes2025);
    step(`2026-04-30: ${renamed} names changed`);

    // Succession: provinces wholly, communes fully or partially; the two code aliases; corrections.
    await insertLinks(client, readCsv('mapping-2025/province_old_to_new.csv').map((row) => ({
      predecessorId: p21.get(row.old_code)!, successorId: p25.get(row.new_code)!, kind: 'FULL', source: 'dvhcvn-20250701',
    })));
    const aliases = new Map(readCsv('code-aliases.csv').map((row) => [row.mapping_code, row.list_code]));
    const links: Link[] = [];
    let laterUnits = 0;
    for (const row of readCsv('mapping-2025/commune_old_to_new.csv')) {
      const predecessorId = (row.old_level === 'district' ? d21 : c21).get(row.old_code);
      const successorId = c25.get(aliases.get(row.new_code) ?? row.new_code);
      if (!successorId) throw new Error(`The 2025 mapping names commune ${row.new_code} (${row.new_name}), which is not in the 2025 list`);
      if (!predecessorId) {
        laterUnits += 1; // formed between 2021 and 2025: not a unit of our 2021 tree
        continue;
      }
      links.push({ predecessorId, successorId, kind: row.merge_type === 'full' ? 'FULL' : 'PARTIAL', source: 'dvhcvn-20250701' });
    }
    await insertLinks(client, links);
    const mapped = new Set(links.map((link) => link.predecessorId));
    const unmapped = [...c21.values()].filter((id) => !mapped.has(id));
    await insertLinks(client, unmapped.map((id) => ({ predecessorId: id, successorId: null, kind: 'UNMAPPED', source: 'dvhcvn-20250701: no row' })));
    step(`succession: ${links.length} commune links, ${unmapped.length} 2021 communes unmapped, ${laterUnits} mapping rows name units formed after 2021 (kept out)`);
    const corrections = await applySeedCorrections(client);
    step(`${corrections} administrator correction(s) applied`);

    await client.query(`insert into reference_load (name, rows) values ('admin-units', $1)`, [p21.size + d21.size + c21.size + p25.size + c25.size]);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
  log(`Administrative units loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function loadRenames(client: pg.ClientBase, p25: Map<string, number>, c25: Map<string, number>, provinces: Row[], communes: Row[]): Promise<number> {
  const before = new Map<string, Row>([...provinces.map((p) => [`p${p.code}`, p] as const), ...communes.map((c) => [`c${c.code}`, c] as const)]);
  const after = [
    ...readCsv('units-2026-04-30/provinces.csv').map((p) => ({ key: `p${p.code}`, id: p25.get(p.code), row: p })),
    ...readCsv('units-2026-04-30/communes.csv').map((c) => ({ key: `c${c.code}`, id: c25.get(c.code), row: c })),
  ];
  let changed = 0;
  for (const { key, id, row } of after) {
    const old = before.get(key);
    if (!id || !old) throw new Error(`The 2026-04-30 list has ${key} ${row.name}, which is not a 2025 unit`);
    if (old.name === row.name && old.type === row.type) continue;
    changed += 1;
    await client.query(
      'insert into admin_unit_name (unit_id, valid_from, name, type) values ($1, $2, $3, $4), ($1, $5, $6, $7)',
      [id, ERA_2025.validFrom, old.name, old.type, RENAMES_2026, row.name, row.type],
    );
    await client.query(`update admin_unit set name = $2, type = $3, search = app.search_text($4 || ' ' || $2) where id = $1`, [id, row.name, row.type, old.name]);
  }
  return changed;
}

async function applySeedCorrections(client: pg.ClientBase): Promise<number> {
  const corrections = readCsv('corrections.csv');
  for (const row of corrections) {
    const find = async (code: string, validFrom: string) => {
      const { rows } = await client.query<{ id: number }>(`select id from admin_unit where code = $1 and valid_from = $2`, [code, validFrom]);
      if (!rows[0]) throw new Error(`corrections.csv names unit ${code} valid from ${validFrom}, which does not exist`);
      return rows[0].id;
    };
    const predecessorId = await find(row.predecessor_code, row.predecessor_valid_from);
    const successorId = await find(row.successor_code, row.successor_valid_from);
    await recordCorrection(client, {
      predecessorId,
      successors: [{ unitId: successorId, kind: row.kind as 'FULL' | 'PARTIAL' }],
      reason: row.reason,
      legalBasis: row.legal_basis,
      correctedBy: 'seed: administrator correction (seeds/vn-admin-units/corrections.csv)',
    });
  }
  return corrections.length;
}

export type Correction = {
  predecessorId: number;
  successors: { unitId: number; kind: 'FULL' | 'PARTIAL' }[];
  reason: string;
  legalBasis?: string | null;
  correctedBy: string;
};

type Queryable = { query: (sql: string, params?: unknown[]) => Promise<unknown> };

/** Replaces a unit's succession links, keeping the replaced links in the correction record. */
export async function recordCorrection(db: Queryable, correction: Correction): Promise<number> {
  const result = (await db.query(
    `with before as (
       select coalesce(jsonb_agg(jsonb_build_object('successorId', successor_id, 'kind', kind, 'source', source) order by successor_id), '[]') as links
         from unit_succession where predecessor_id = $1)
     insert into unit_succession_correction (predecessor_id, reason, legal_basis, corrected_by, before, after)
     select $1, $2, $3, $4, before.links, $5::jsonb from before returning id`,
    [correction.predecessorId, correction.reason, correction.legalBasis ?? null, correction.correctedBy, JSON.stringify(correction.successors)],
  )) as { rows?: { id: number }[] } | { id: number }[];
  const rows = Array.isArray(result) ? result : result.rows ?? [];
  const correctionId = rows[0].id;
  await db.query(`delete from unit_succession where predecessor_id = $1`, [correction.predecessorId]);
  for (const successor of correction.successors) {
    await db.query(
      `insert into unit_succession (predecessor_id, successor_id, kind, source, correction_id) values ($1, $2, $3, 'administrator correction', $4)`,
      [correction.predecessorId, successor.unitId, successor.kind, correctionId],
    );
  }
  return correctionId;
}
