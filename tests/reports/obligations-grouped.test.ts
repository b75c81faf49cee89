import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness';
import { random } from '../support/random';

/**
 * app.report_obligations finds each unit's governing rule from the year's rules, read once and met
 * with the units on their plan's branch of the tree. It must answer what the earlier body answered
 * asking every rule once per unit (kept below as the reference): on the demo data and on random
 * plans and rules added at random units of both trees, for every unit of four provinces and every
 * year from 2021 to 2027, as the owner (every rule) and under row-level security (the rules a
 * province reads). The plans are drawn with a fixed seed, so a failure can be replayed.
 */
let app: TestApp;
type Unit = { id: number; path: string };
let units: Unit[] = [];

const TREES = `{y2021.p94,y2021.p95,y2021.p92,y2025.p92,y2025.p96}`;

beforeAll(async () => {
  app = await startTestApp();
  units = (await app.sql(`select id, path::text as path from admin_unit where path <@ any ($1::ltree[]) order by path`, [TREES])) as Unit[];
});
afterAll(() => app?.close());

/** The body of app.report_obligations before migration 20261205180000: a lateral over every rule, once per unit. */
const REFERENCE = `
  select u.id, r.id, r.plan_id, make_date($2, r.due_month, r.due_day), r.due_before, r.basis
    from admin_unit u
    cross join lateral (
      select r.id, r.plan_id, r.due_month, r.due_day, r.due_before, b.basis
        from reporting_rule r
        join plan p on p.id = r.plan_id
        cross join lateral (select case
            when p.unit_path @> u.path and p.unit_id <> u.id and u.level = any (r.reporter_levels) then 'REPORTER_LEVEL'::report_basis
            when p.unit_id = u.id then 'PLAN_OWNER'::report_basis
            when p.unit_path <@ u.path and p.unit_id <> u.id then 'CONSOLIDATING'::report_basis
          end as basis) b
       where b.basis is not null
         and r.frequency = 'YEARLY'
         and p.status <> 'DRAFT'
         and p.year_from <= $2
         and (p.period_to is null or p.period_to >= $2)
       order by b.basis,
                case when b.basis = 'REPORTER_LEVEL' then -nlevel(p.unit_path) else 0 end,
                case when b.basis = 'CONSOLIDATING' then -(r.due_month * 100 + r.due_day) else 0 end,
                p.year_from desc, p.id, r.position
       limit 1) r
   where u.id = any ($1)
     and (make_date($2, r.due_month, r.due_day) >= u.valid_from
          or not exists (select 1 from unit_succession s where s.successor_id = u.id))
     and (u.valid_to is null or make_date($2, r.due_month, r.due_day) <= u.valid_to)`;

/** Both bodies for the same units and year in one statement: how many rows, how many differ, which bases. */
const COMPARE = `
  with reference as (${REFERENCE}),
       found as (select * from app.report_obligations($1::int[], $2::int))
  select (select count(*) from found)::int as rows,
         (select count(*) from (select * from reference except all select * from found) a)::int
           + (select count(*) from (select * from found except all select * from reference) b)::int as differ,
         array(select distinct basis::text from found order by 1) as bases`;

type Comparison = { rows: number; differ: number; bases: string[] };

async function compareEveryYear(run: (year: number) => Promise<Comparison[]>) {
  const years: Record<number, Comparison> = {};
  for (let year = 2021; year <= 2027; year += 1) years[year] = (await run(year))[0];
  return years;
}

/** Twelve plans at random units, of random status and period, each with one or two rules of random due days and reporter levels. */
async function addRandomPlans(seed: number) {
  const next = random(seed);
  const int = (from: number, to: number) => from + Math.floor(next() * (to - from + 1));
  const levels = ['PROVINCE', 'DISTRICT', 'COMMUNE'];
  for (let n = 0; n < 12; n += 1) {
    const unit = units[int(0, units.length - 1)];
    const status = ['DRAFT', 'IN_PROGRESS', 'ISSUED'][int(0, 2)];
    const from = int(2021, 2026);
    const [plan] = await app.sql(
      `insert into plan (unit_id, title, status, number, issued_on, period_from, period_to)
       values ($1, $2, $3, $4, make_date($5, 1, 15), $5, $6) returning id`,
      [unit.id, `Kế hoạch ngẫu nhiên ${seed}-${n}`, status, `${seed}${n}/KH-T`, from, from + int(0, 3)],
    );
    for (let position = 1; position <= int(1, 2); position += 1) {
      await app.sql(
        `insert into reporting_rule (plan_id, position, frequency, due_month, due_day, due_before, reporter_levels)
         values ($1, $2, $3, $4, $5, $6, $7::unit_level[])`,
        [plan.id, position, next() < 0.85 ? 'YEARLY' : 'QUARTERLY', int(1, 12), int(1, 28), next() < 0.5, `{${levels.filter(() => next() < 0.5).join(',')}}`],
      );
    }
  }
}

const ids = () => units.map((unit) => unit.id);

describe('the reports units owe, found from the rules', () => {
  it('answers what the unit-by-unit body answers on the demo data, every year', async () => {
    const years = await compareEveryYear((year) => app.sql<Comparison>(COMPARE, [ids(), year]));
    for (const [year, comparison] of Object.entries(years)) expect({ year, differ: comparison.differ }).toEqual({ year, differ: 0 });
    expect(years[2022].rows).toBeGreaterThan(10);
    expect(years[2026].rows).toBeGreaterThan(10);
  });

  it.each([20251201, 7, 42])('answers the same on random plans and rules (seed %i), as the owner and under row-level security', async (seed) => {
    await addRandomPlans(seed);
    const owner = await compareEveryYear((year) => app.sql<Comparison>(COMPARE, [ids(), year]));
    const province = await compareEveryYear((year) => app.sqlAsApp<Comparison>({ read: '{y2021.p94,y2025.p92}' }, COMPARE, [ids(), year]));
    for (const year of Object.keys(owner)) {
      expect({ year, owner: owner[Number(year)].differ, province: province[Number(year)].differ }).toEqual({ year, owner: 0, province: 0 });
    }
    // Not vacuous: units owe under every basis, and the province's scope sees fewer rules than the owner.
    expect(new Set(Object.values(owner).flatMap((c) => c.bases))).toEqual(new Set(['REPORTER_LEVEL', 'PLAN_OWNER', 'CONSOLIDATING']));
    const total = (years: Record<number, Comparison>) => Object.values(years).reduce((sum, c) => sum + c.rows, 0);
    expect(total(province)).toBeGreaterThan(0);
    expect(total(province)).toBeLessThan(total(owner));
  });
});
