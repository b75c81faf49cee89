import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * app.hamlet_move_candidates applies its rules once per abolished commune (its successors; else those
 * of the other communes of its old district; else every commune of the province that succeeded its
 * province) and hands the result to the commune's hamlets: migration 20261207220000. It must answer
 * what the earlier body, hamlet by hamlet, answered (kept below as the reference) for every hamlet,
 * as the owner and under row-level security; and the third rule must be reached, so a district's
 * communes lose their successors here, in this test's own database.
 */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

/** The body of app.hamlet_move_candidates before migration 20261207220000. */
const REFERENCE = `
  with h as (
    select h.id, h.unit_id, u.parent_id, subpath(u.path, 0, 2) as province_path
      from hamlet h join admin_unit u on u.id = h.unit_id
     where h.id = any ($1::int[]) and u.valid_to is not null
  ),
  direct as (
    select h.id, s.successor_id from h join unit_succession s on s.predecessor_id = h.unit_id and s.successor_id is not null
  ),
  by_district as (
    select distinct h.id, s.successor_id
      from h
      join admin_unit sibling on sibling.parent_id = h.parent_id and sibling.id <> h.unit_id
      join unit_succession s on s.predecessor_id = sibling.id and s.successor_id is not null
     where not exists (select 1 from direct d where d.id = h.id)
  ),
  by_province as (
    select h.id, c.id as successor_id
      from h
      join admin_unit p on p.path = h.province_path
      join unit_succession s on s.predecessor_id = p.id and s.successor_id is not null
      join admin_unit c on c.parent_id = s.successor_id and c.level = 'COMMUNE'
     where not exists (select 1 from direct d where d.id = h.id)
       and not exists (select 1 from by_district d where d.id = h.id)
  )
  select id, successor_id from direct
  union select id, successor_id from by_district
  union select id, successor_id from by_province`;

/** Both bodies for the same hamlets in one statement: how many candidates, and how many differ. */
const COMPARE = `
  with reference as (${REFERENCE}),
       found as (select * from app.hamlet_move_candidates($1::int[]))
  select (select count(*) from found)::int as rows,
         (select count(*) from (select * from reference except all select * from found) a)::int
           + (select count(*) from (select * from found except all select * from reference) b)::int as differ`;

type Comparison = { rows: number; differ: number };

const everyHamlet = async () => (await app.sql<{ ids: number[] }>('select array_agg(id order by id) as ids from hamlet'))[0].ids;

describe('the communes a hamlet of an abolished commune may move to', () => {
  it('are what the earlier body found, for every hamlet, as the owner and as Cần Thơ\'s scope reads them', async () => {
    const ids = await everyHamlet();
    const [owner] = await app.sql<Comparison>(COMPARE, [ids]);
    expect(owner.differ).toBe(0);
    expect(owner.rows).toBeGreaterThan(0);
    const [canTho] = await app.sqlAsApp<Comparison>({ read: '{y2021.p94,y2025.p92}' }, COMPARE, [ids]);
    expect(canTho.differ).toBe(0);
    expect(canTho.rows).toBeGreaterThan(0);
  });

  it('fall back to every commune of the succeeding province when no commune of the old district has a successor, and are still the same', async () => {
    // Sóc Trăng city (2021): its communes lose their successors, so its hamlets reach the third rule.
    const [city] = await app.sql<{ id: number; path: string }>(`select id, path::text as path from admin_unit where code = '941' and path <@ 'y2021.p94'`);
    await app.sql('delete from unit_succession where predecessor_id in (select id from admin_unit where parent_id = $1)', [city.id]);
    const [{ ids }] = await app.sql<{ ids: number[] }>(`select array_agg(h.id order by h.id) as ids from hamlet h join admin_unit u on u.id = h.unit_id
       where u.parent_id = $1 and u.valid_to is not null`, [city.id]);
    expect(ids.length).toBeGreaterThan(0);
    const communes = (await app.sql<{ id: number }>(`select c.id from admin_unit p join unit_succession s on s.predecessor_id = p.id
        join admin_unit c on c.parent_id = s.successor_id and c.level = 'COMMUNE' where p.path = 'y2021.p94'`)).map((c) => c.id);
    const found = await app.sql<{ hamlet_id: number; unit_id: number }>('select * from app.hamlet_move_candidates($1::int[])', [ids]);
    expect(new Set(found.map((c) => c.hamlet_id))).toEqual(new Set(ids));
    for (const hamlet of ids) expect(found.filter((c) => c.hamlet_id === hamlet).map((c) => c.unit_id).sort()).toEqual([...communes].sort());
    const [comparison] = await app.sql<Comparison>(COMPARE, [await everyHamlet()]);
    expect(comparison.differ).toBe(0);

    // The new province's admin lists them with all their candidates: more than a district's (Cần Thơ has over a hundred communes).
    const listed = await app.gql(`{ allUnassignedHamlets(perPage: 100) { id candidateIds candidates { id } } }`, {}, { token: await app.login(DEMO.canThoAdmin) });
    expect(listed.errors).toBeUndefined();
    const cityHamlets = listed.data!.allUnassignedHamlets.filter((h: { id: string }) => ids.includes(Number(h.id)));
    expect(cityHamlets.length).toBe(ids.length);
    expect(communes.length).toBeGreaterThan(50);
    for (const hamlet of cityHamlets) {
      expect(hamlet.candidateIds.map(Number).sort()).toEqual([...communes].sort());
      expect(hamlet.candidates.map((c: { id: string }) => Number(c.id)).sort()).toEqual([...communes].sort());
    }
  });
});
