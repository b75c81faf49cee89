import type pg from 'pg';
import { once, readSeed, unitIdOf, type UnitRef } from './seed-files';

type AgencySeed = {
  agencies: { unit: UnitRef; name: string; kind: string }[];
  peoplesCommitteesOfDistricts: { province: UnitRef; kind: string; namePrefix: string };
};

/** The agencies the source plans name; loaded as the owner, the trigger sets each row's path. */
export async function loadSourceAgencies(owner: pg.ClientBase, log: (message: string) => void): Promise<void> {
  const loaded = await once(owner, 'demo-agencies', async () => {
    const seed = readSeed<AgencySeed>('agencies.json');
    for (const agency of seed.agencies) {
      await owner.query('insert into agency (unit_id, name, kind) values ($1, $2, $3)', [await unitIdOf(owner, agency.unit), agency.name, agency.kind]);
    }
    // "UBND cấp huyện" of Bạc Liêu's plan: the people's committee of each district.
    const rule = seed.peoplesCommitteesOfDistricts;
    const { rowCount } = await owner.query(
      `insert into agency (unit_id, name, kind)
       select d.id, $2 || lower(left(d.name, 1)) || substr(d.name, 2), $3::agency_kind
         from admin_unit d where d.parent_id = $1 order by d.code`,
      [await unitIdOf(owner, rule.province), rule.namePrefix, rule.kind],
    );
    return seed.agencies.length + (rowCount ?? 0);
  });
  if (loaded) log('  agencies of the source plans loaded');
}
