import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClient } from '../../server/src/core/database';
import { DEFAULT_SEED } from '../../server/src/seeds/synthetic/demography';
import { generateSynthetic, loadProvinceTree, type RowsQuery } from '../../server/src/seeds/synthetic/generator';
import { checksumOf, countsOf, generateProvince } from '../../server/src/seeds/synthetic/province.model';
import { DEMO_TODAY, REFORM_DAY } from '../../server/src/seeds/synthetic/timeline';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * The synthetic demo data of Sóc Trăng (94) and Bạc Liêu (95), as the demo start loads them:
 * reproducible from the seed, marked synthetic, plausible against the national figures (87,964
 * teams and 551,328 mediators for 10,599 communes; 80.6% of cases settled), and continued to today
 * (2026-12-01): under the 2021 units until 30 June 2025, then, after the reform moved the hamlets,
 * under today's Thành phố Cần Thơ (92) and Tỉnh Cà Mau (96).
 */
let app: TestApp;
let query: RowsQuery;

beforeAll(async () => {
  app = await startTestApp();
  query = (text, params) => app.sql(text, params);
});
afterAll(() => app?.close());

const one = async (sql: string, params: unknown[] = []) => (await app.sql(sql, params))[0];
/** The 2021 province a team's hamlet was in: its former unit's, or its unit's if it never moved. */
const ORIGIN = (alias: string) => `subpath(coalesce(${alias}.moved_from_path, ${alias}.unit_path), 1, 1)::text`;

describe('determinism', () => {
  it('generates the same content from the same seed, and what the demo loaded is that content', async () => {
    const tree = await loadProvinceTree(query, '95');
    const first = generateProvince(DEFAULT_SEED, tree);
    const again = generateProvince(DEFAULT_SEED, await loadProvinceTree(query, '95'));
    expect(checksumOf(again)).toBe(checksumOf(first));
    expect(checksumOf(generateProvince(DEFAULT_SEED + 1, tree))).not.toBe(checksumOf(first));

    const run = await one(`select seed::int as seed, checksum, counts from synthetic_run where era = 2021 and province_code = '95'`);
    expect(run).toEqual({ seed: DEFAULT_SEED, checksum: checksumOf(first), counts: countsOf(first) });
    expect((await app.sql('select era, province_code from synthetic_run order by 1, 2')).map((r) => `${r.era}:${r.province_code}`))
      .toEqual(['2021:94', '2021:95', '2025:92', '2025:96']);
    expect(await one(`select rows > 0 as loaded from reference_load where name = 'synthetic-demo'`)).toEqual({ loaded: true });
  });

  it('wrote exactly the generated rows, in both eras, every one marked synthetic', async () => {
    for (const province of ['94', '95']) {
      const { counts } = await one(`select counts from synthetic_run where era = 2021 and province_code = $1`, [province]);
      const p = `p${province}`;
      const count = async (sql: string) => (await one(`select count(*)::int as n from ${sql}`, [p])).n;
      expect(await count(`hamlet h where ${ORIGIN('h')} = $1 and h.synthetic`)).toBe(counts.hamlets);
      expect(await count(`mediation_team t where ${ORIGIN('t')} = $1 and t.synthetic`)).toBe(counts.teams);
      const ofTeam = (table: string) => `${table} x join mediation_team t on t.id = x.team_id where ${ORIGIN('t')} = $1 and x.synthetic`;
      expect(await count(ofTeam('mediator'))).toBe(counts.mediators);
      expect(await count(ofTeam('mediation_case'))).toBe(counts.cases);
      expect(await count(ofTeam('case_yearly_count'))).toBe(counts.yearlyCounts);
      expect(await count(ofTeam('team_review'))).toBe(counts.reviews);
      expect(await count(`access_to_law_assessment a where a.unit_path <@ ('y2021.' || $1)::ltree and a.synthetic`)).toBe(counts.assessments);
      expect(await count(`trainer x where x.unit_path <@ ('y2021.' || $1)::ltree and x.synthetic`)).toBe(counts.trainers);
      expect(await count(`training_event x where x.unit_path <@ ('y2021.' || $1)::ltree and x.synthetic`)).toBe(counts.events);
      expect(await count(`mediation_case_parties x join mediation_case c on c.id = x.case_id join mediation_team t on t.id = c.team_id where ${ORIGIN('t')} = $1`))
        .toBe(counts.parties);
    }
    for (const table of ['hamlet', 'mediation_team', 'mediator', 'mediation_case', 'trainer_pool', 'commune_profile', 'report']) {
      expect((await one(`select count(*)::int as n from ${table} where not synthetic`)).n).toBe(0);
    }
    expect((await one(`select count(*)::int as n from hamlet where name like 'Ấp Test%'`)).n).toBe(0);
  });
});

describe('until today, in both trees', () => {
  it('records every year from 2021 to 2026, under the 2021 units until 30 June 2025 and the 2025 units after, nothing after today', async () => {
    const rows = await app.sql(`select subpath(unit_path, 0, 1)::text as era, extract(year from received_on)::int as year, count(*)::int as n,
        min(received_on)::text as first, max(received_on)::text as last, max(closed_on)::text as closed from mediation_case group by 1, 2 order by 1, 2`);
    expect(rows.map((r) => `${r.era}:${r.year}`)).toEqual(['y2021:2021', 'y2021:2022', 'y2021:2023', 'y2021:2024', 'y2021:2025', 'y2025:2025', 'y2025:2026']);
    expect(rows.every((r) => r.n > 100)).toBe(true);
    expect(rows.filter((r) => r.era === 'y2021').every((r) => r.last < REFORM_DAY)).toBe(true);
    expect(rows.filter((r) => r.era === 'y2025').every((r) => r.first >= REFORM_DAY && r.last < DEMO_TODAY && r.closed < DEMO_TODAY)).toBe(true);
    const years = await app.sql(`select subpath(unit_path, 0, 1)::text as era, year, count(*)::int as n from team_review group by 1, 2 order by 1, 2`);
    expect(years.map((r) => `${r.era}:${r.year}`)).toEqual(['y2021:2021', 'y2021:2022', 'y2021:2023', 'y2021:2024', 'y2025:2025', 'y2025:2026']);
    const assessments = await app.sql(`select subpath(unit_path, 0, 1)::text as era, year from access_to_law_assessment group by 1, 2 order by 1, 2`);
    expect(assessments.map((r) => `${r.era}:${r.year}`)).toEqual(['y2021:2021', 'y2021:2022', 'y2021:2023', 'y2021:2024', 'y2025:2025', 'y2025:2026']);
    // Elections go on: mediators elected after the reform belong to the 2025 communes from the start.
    const { fresh, misplaced } = await one(`select count(*) filter (where elected_on >= $1)::int as fresh,
        count(*) filter (where elected_on >= $1 and (moved_on is not null or unit_path <@ 'y2021'))::int as misplaced from mediator`, [REFORM_DAY]);
    expect(fresh).toBeGreaterThan(100);
    expect(misplaced).toBe(0);
  });

  it('moves every hamlet of a wholly succeeded commune on 1 July 2025 with its teams and mediators, and leaves the unmapped commune\'s unassigned', async () => {
    const moves = await app.sql(`select basis::text, succession_kind::text as kind, moved_on::text, count(*)::int as n, sum(teams)::int as teams from hamlet_move group by 1, 2, 3`);
    const { hamlets } = await one(`select count(*)::int as hamlets from hamlet h join admin_unit u on u.id = coalesce(h.moved_from_unit_id, h.unit_id)
        join unit_succession s on s.predecessor_id = u.id where s.kind = 'FULL'`);
    expect(moves).toEqual([{ basis: 'FULL_MAPPING', kind: 'FULL', moved_on: REFORM_DAY, n: hamlets, teams: hamlets }]);
    expect(await one(`select count(*)::int as n from mediator m join mediation_team t on t.id = m.team_id where m.unit_id <> t.unit_id`)).toEqual({ n: 0 });
    const unassigned = await app.sql(`select u.code, count(*)::int as n from hamlet h join admin_unit u on u.id = h.unit_id where h.moved_on is null group by 1`);
    expect(unassigned.map((r) => r.code)).toEqual(['31513']);
    expect((await one(`select count(*)::int as n from unit_succession s join admin_unit u on u.id = s.predecessor_id where u.code = '31513' and s.kind = 'UNMAPPED'`)).n).toBe(1);
    // Nothing is recorded for them after the reform: nobody can, until they are assigned.
    expect((await one(`select count(*)::int as n from mediation_case c join mediation_team t on t.id = c.team_id join hamlet h on h.id = t.hamlet_id
        where h.moved_on is null and c.received_on >= $1`, [REFORM_DAY])).n).toBe(0);
  });

});

describe('plausible figures', () => {
  it('fills every 2021 commune of both provinces with about 8 hamlet teams of about 6.3 mediators', async () => {
    const { communes, without } = await one(`select count(*)::int as communes, count(*) filter (where not exists (
        select 1 from mediation_team_tenure t where t.unit_id = u.id))::int as without from admin_unit u where u.level = 'COMMUNE' and (u.path <@ 'y2021.p94' or u.path <@ 'y2021.p95')`);
    expect({ communes, without }).toEqual({ communes: 109 + 64, without: 0 });
    const { teams, mediators } = await one(`select count(distinct t.id)::int as teams, count(m.id) filter (where m.status = 'ACTIVE')::int as mediators
        from mediation_team t left join mediator m on m.team_id = t.id where ${ORIGIN('t')} in ('p94', 'p95')`);
    expect(teams / communes).toBeGreaterThan(7);
    expect(teams / communes).toBeLessThan(10);
    expect(mediators / teams).toBeGreaterThan(5.6);
    expect(mediators / teams).toBeLessThan(6.8);
  });

  it('has 30–40% women, more ethnic-minority mediators in Sóc Trăng (Khmer) than in Bạc Liêu, and secretaries leading a share of teams', async () => {
    const rows = await app.sql(`select ${ORIGIN('t')} as province, avg((m.gender = 'FEMALE')::int)::float as women, avg(m.ethnic_minority::int)::float as minority,
        count(*) filter (where m.ethnicity = 'Khmer')::int as khmer from mediator m join mediation_team t on t.id = m.team_id where m.status = 'ACTIVE' group by 1 order by 1`);
    for (const row of rows) {
      expect(row.women).toBeGreaterThan(0.3);
      expect(row.women).toBeLessThan(0.4);
    }
    expect(rows[0].minority).toBeGreaterThan(2 * rows[1].minority);
    expect(rows[0].khmer).toBeGreaterThan(500);
    const { led } = await one(`select avg(coalesce(l.party_cell_secretary, false)::int)::float as led from mediation_team t left join mediator l on l.id = t.leader_mediator_id`);
    expect(led).toBeGreaterThan(0.3);
    expect(led).toBeLessThan(0.8);
    const { minorityAreas } = await one(`select count(*) filter (where minority_area)::int as "minorityAreas" from commune_profile where unit_path <@ 'y2021.p94'`);
    expect(minorityAreas).toBeGreaterThan(20);
  });

  it('settles about 80% of cases overall, with real differences between communes', async () => {
    const perCommune = await app.sql(`
      select unit_id, sum(settled)::int as settled, sum(not_settled)::int as not_settled from (
        select unit_id, count(*) filter (where outcome = 'SETTLED') as settled, count(*) filter (where outcome = 'NOT_SETTLED') as not_settled
          from mediation_case group by unit_id
        union all
        select unit_id, sum(settled), sum(not_settled) from case_yearly_count group by unit_id) books
      group by unit_id`);
    const settled = perCommune.reduce((sum, c) => sum + c.settled, 0);
    const closed = perCommune.reduce((sum, c) => sum + c.settled + c.not_settled, 0);
    expect(settled / closed).toBeGreaterThan(0.7);
    expect(settled / closed).toBeLessThan(0.9);
    const rates = perCommune.filter((c) => c.settled + c.not_settled >= 10).map((c) => c.settled / (c.settled + c.not_settled));
    expect(rates.filter((rate) => rate < 0.75).length).toBeGreaterThan(10);
    expect(rates.filter((rate) => rate >= 0.85).length).toBeGreaterThan(10);
    const { paper } = await one(`select count(distinct unit_id)::int as paper from case_yearly_count`);
    expect(paper).toBeGreaterThan(5);
  });

  it('leaves targets unmet somewhere: communes failing the mediation criterion, districts consolidating under 95%', async () => {
    for (const year of [2021, 2022, 2023, 2024]) {
      const { failing, assessed } = await one(`select count(*) filter (where not met_mediation_criterion)::int as failing, count(*)::int as assessed
          from access_to_law_assessment where year = $1 and unit_path <@ 'y2021'`, [year]);
      expect(assessed).toBe(173);
      expect(failing).toBeGreaterThan(5);
    }
    const districts = await app.sql(`select subpath(unit_path, 0, 3)::text as district, avg((reviewed and compliant_after)::int)::float as consolidated
        from team_review where year = 2022 group by 1`);
    expect(districts.some((d) => d.consolidated < 0.95)).toBe(true);
    expect(districts.some((d) => d.consolidated >= 0.9)).toBe(true);
  });

  it('trains the mediators who attended a course, and only them; the 2025 provinces train the ones elected since', async () => {
    const { trained, attended, share } = await one(`select count(*) filter (where m.trained)::int as trained,
        count(*) filter (where exists (select 1 from training_attendance a where a.mediator_id = m.id))::int as attended,
        avg(m.trained::int)::float as share from mediator m`);
    expect(trained).toBe(attended);
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(0.9);
    const { fresh } = await one(`select avg(m.trained::int)::float as fresh from mediator m where m.elected_on between $1 and '2026-09-30'`, [REFORM_DAY]);
    expect(fresh).toBeGreaterThan(0.5);
    const pools = await app.sql(`select subpath(unit_path, 0, 2)::text as unit, teams_per_trainer, period_from::text from trainer_pool where unit_path <@ 'y2025' order by 1`);
    expect(pools).toEqual([{ unit: 'y2025.p92', teams_per_trainer: 100, period_from: REFORM_DAY }, { unit: 'y2025.p96', teams_per_trainer: 100, period_from: REFORM_DAY }]);
  });
});

// Last: it adds a province to this file's database.
describe('a province with split communes', () => {
  it('records its own assignment of a split commune\'s hamlets, as a province admin would (Hậu Giang, generated here)', async () => {
    const lines: string[] = [];
    await withClient(app.ownerUrl, (owner) => generateSynthetic(owner, { provinces: ['93'], log: (line) => lines.push(line) }));
    expect(lines.join('\n')).toMatch(/93 Tỉnh Hậu Giang: .* assigned by the generator/);
    const generated = await app.sql(`select mv.from_unit_id, mv.unit_id, mv.succession_kind::text as kind, mv.note, mv.moved_by from hamlet_move mv where mv.basis = 'GENERATED'`);
    expect(generated.length).toBeGreaterThan(0);
    for (const move of generated) {
      expect(move).toMatchObject({ kind: 'PARTIAL', note: expect.stringMatching(/synthetic demo generator/), moved_by: null });
      expect(await app.sql(`select 1 from unit_succession where predecessor_id = $1 and successor_id = $2 and kind = 'PARTIAL'`, [move.from_unit_id, move.unit_id])).toHaveLength(1);
    }
    // Their teams' earlier records are readable by the commune that took them over, and only theirs.
    const { readable, others } = await one(`select count(*) filter (where c.successor_path is not null)::int as readable,
        count(*) filter (where c.successor_path is not null and t.unit_path <> c.successor_path)::int as others
        from mediation_case c join mediation_team t on t.id = c.team_id join hamlet_move mv on mv.hamlet_id = t.hamlet_id where mv.basis = 'GENERATED'`);
    expect(readable).toBeGreaterThan(0);
    expect(others).toBe(0);
  });
});
