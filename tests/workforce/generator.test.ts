import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../../server/src/seeds/synthetic/demography';
import { loadProvinceTree, type RowsQuery } from '../../server/src/seeds/synthetic/generator';
import { checksumOf, countsOf, generateProvince } from '../../server/src/seeds/synthetic/province.model';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * The synthetic demo data of Sóc Trăng (94) and Bạc Liêu (95), as the demo start loads them:
 * reproducible from the seed, marked synthetic, and plausible against the national figures
 * (87,964 teams and 551,328 mediators for 10,599 communes; 80.6% of cases settled).
 */
let app: TestApp;
let query: RowsQuery;

beforeAll(async () => {
  app = await startTestApp();
  query = (text, params) => app.sql(text, params);
});
afterAll(() => app?.close());

const one = async (sql: string, params: unknown[] = []) => (await app.sql(sql, params))[0];

describe('determinism', () => {
  it('generates the same content from the same seed, and what the demo loaded is that content', async () => {
    const tree = await loadProvinceTree(query, '95');
    const first = generateProvince(DEFAULT_SEED, tree);
    const again = generateProvince(DEFAULT_SEED, await loadProvinceTree(query, '95'));
    expect(checksumOf(again)).toBe(checksumOf(first));
    expect(checksumOf(generateProvince(DEFAULT_SEED + 1, tree))).not.toBe(checksumOf(first));

    const run = await one(`select seed::int as seed, checksum, counts from synthetic_run where province_code = '95'`);
    expect(run).toEqual({ seed: DEFAULT_SEED, checksum: checksumOf(first), counts: countsOf(first) });
    expect((await app.sql('select province_code from synthetic_run order by 1')).map((r) => r.province_code)).toEqual(['94', '95']);
    expect(await one(`select rows > 0 as loaded from reference_load where name = 'synthetic-demo'`)).toEqual({ loaded: true });
  });

  it('wrote exactly the generated rows, every one marked synthetic', async () => {
    for (const province of ['94', '95']) {
      const { counts } = await one('select counts from synthetic_run where province_code = $1', [province]);
      const count = async (table: string) => (await one(`select count(*)::int as n from ${table} where province_code = $1 and synthetic`, [province])).n;
      expect(await count('hamlet')).toBe(counts.hamlets);
      expect(await count('mediation_team')).toBe(counts.teams);
      expect(await count('mediator')).toBe(counts.mediators);
      expect(await count('mediation_case')).toBe(counts.cases);
      expect(await count('case_yearly_count')).toBe(counts.yearlyCounts);
      expect(await count('team_review')).toBe(counts.reviews);
      expect(await count('access_to_law_assessment')).toBe(counts.assessments);
      expect(await count('trainer')).toBe(counts.trainers);
      expect(await count('training_event')).toBe(counts.events);
      expect((await one('select count(*)::int as n from mediation_case_parties where province_code = $1', [province])).n).toBe(counts.parties);
    }
    for (const table of ['hamlet', 'mediation_team', 'mediator', 'mediation_case', 'trainer_pool', 'commune_profile']) {
      expect((await one(`select count(*)::int as n from ${table} where not synthetic and province_code in ('94', '95')`)).n).toBe(0);
    }
    expect((await one(`select count(*)::int as n from hamlet where name like 'Ấp Test%'`)).n).toBe(0);
  });
});

describe('plausible figures', () => {
  it('fills every 2021 commune of both provinces with about 8 hamlet teams of about 6.3 mediators', async () => {
    const { communes, without } = await one(`select count(*)::int as communes, count(*) filter (where not exists (
        select 1 from mediation_team t where t.unit_id = u.id))::int as without from admin_unit u where u.level = 'COMMUNE' and (u.path <@ 'y2021.p94' or u.path <@ 'y2021.p95')`);
    expect({ communes, without }).toEqual({ communes: 109 + 64, without: 0 });
    const { teams, mediators } = await one(`select count(distinct t.id)::int as teams, count(m.id) filter (where m.status = 'ACTIVE')::int as mediators
        from mediation_team t left join mediator m on m.team_id = t.id where t.province_code in ('94', '95')`);
    expect(teams / communes).toBeGreaterThan(7);
    expect(teams / communes).toBeLessThan(10);
    expect(mediators / teams).toBeGreaterThan(5.8);
    expect(mediators / teams).toBeLessThan(6.8);
  });

  it('has 30–40% women, more ethnic-minority mediators in Sóc Trăng (Khmer) than in Bạc Liêu, and secretaries leading a share of teams', async () => {
    const rows = await app.sql(`select province_code, avg((gender = 'FEMALE')::int)::float as women, avg(ethnic_minority::int)::float as minority,
        count(*) filter (where ethnicity = 'Khmer')::int as khmer from mediator where status = 'ACTIVE' group by 1 order by 1`);
    for (const row of rows) {
      expect(row.women).toBeGreaterThan(0.3);
      expect(row.women).toBeLessThan(0.4);
    }
    expect(rows[0].minority).toBeGreaterThan(2 * rows[1].minority);
    expect(rows[0].khmer).toBeGreaterThan(500);
    const { led } = await one(`select avg(coalesce(l.party_cell_secretary, false)::int)::float as led from mediation_team t left join mediator l on l.id = t.leader_mediator_id`);
    expect(led).toBeGreaterThan(0.3);
    expect(led).toBeLessThan(0.8);
    const { minorityAreas } = await one(`select count(*) filter (where minority_area)::int as "minorityAreas" from commune_profile where province_code = '94'`);
    expect(minorityAreas).toBeGreaterThan(20);
  });

  it('settles about 80% of cases overall, with real differences between communes', async () => {
    const perCommune = await app.sql(`
      select unit_id, sum(settled)::int as settled, sum(not_settled)::int as not_settled from (
        select unit_id, count(*) filter (where outcome = 'SETTLED') as settled, count(*) filter (where outcome = 'NOT_SETTLED') as not_settled
          from mediation_case where province_code in ('94', '95') group by unit_id
        union all
        select unit_id, sum(settled), sum(not_settled) from case_yearly_count where province_code in ('94', '95') group by unit_id) books
      group by unit_id`);
    const settled = perCommune.reduce((sum, c) => sum + c.settled, 0);
    const closed = perCommune.reduce((sum, c) => sum + c.settled + c.not_settled, 0);
    expect(settled / closed).toBeGreaterThan(0.7);
    expect(settled / closed).toBeLessThan(0.9);
    const rates = perCommune.filter((c) => c.settled + c.not_settled >= 10).map((c) => c.settled / (c.settled + c.not_settled));
    expect(rates.filter((rate) => rate < 0.75).length).toBeGreaterThan(10);
    expect(rates.filter((rate) => rate >= 0.85).length).toBeGreaterThan(10);
    const { paper } = await one(`select count(distinct unit_id)::int as paper from case_yearly_count where province_code in ('94', '95')`);
    expect(paper).toBeGreaterThan(5);
  });

  it('leaves targets unmet somewhere: communes failing the mediation criterion, districts consolidating under 95%', async () => {
    for (const year of [2021, 2022]) {
      const { failing, assessed } = await one(`select count(*) filter (where not met_mediation_criterion)::int as failing, count(*)::int as assessed
          from access_to_law_assessment where year = $1 and province_code in ('94', '95')`, [year]);
      expect(assessed).toBe(173);
      expect(failing).toBeGreaterThan(5);
    }
    const districts = await app.sql(`select subpath(unit_path, 0, 3)::text as district, avg((reviewed and compliant_after)::int)::float as consolidated
        from team_review where year = 2022 and province_code in ('94', '95') group by 1`);
    expect(districts.some((d) => d.consolidated < 0.95)).toBe(true);
    expect(districts.some((d) => d.consolidated >= 0.9)).toBe(true);
  });

  it('trains the mediators who attended a course, and only them', async () => {
    const { trained, attended, share } = await one(`select count(*) filter (where m.trained)::int as trained,
        count(*) filter (where exists (select 1 from training_attendance a where a.mediator_id = m.id))::int as attended,
        avg(m.trained::int)::float as share from mediator m where m.province_code in ('94', '95')`);
    expect(trained).toBe(attended);
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.8);
  });
});
