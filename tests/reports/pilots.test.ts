import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';
import { withoutDiacritics } from '../support/text';
import { directFigures, pathOf } from './direct-figures';

/**
 * Bạc Liêu 21/KH-UBND task 4: the justice department chooses 3 communes for pilot direction,
 * prioritising communes that fail the mediation criterion of the access-to-law standard, then a
 * low settlement rate, then many difficulties. The expected order is computed here from the rows.
 */
let app: TestApp;
let taskId: string;
let bacLieu: string;
let token: string;

type Direct = { id: string; code: string; fails: boolean | null; settled: number; notSettled: number; difficulty: number | null };

const CANDIDATE = `unitId code position rank tied failsMediationCriterion settlementRate casesSettled casesNotSettled difficultyScore chosen`;
const CANDIDATES = `query ($t: ID!) { pilotCandidates(planTaskId: $t, year: 2021) { count priorities unitId criteria { position text count } candidates { ${CANDIDATE} } } }`;
const SELECTION = `id unitId planTaskId year count rationale priorities chosenUnitIds chosenByName chosenAt version candidates { ${CANDIDATE} }
  chosenUnits { code } planTask { code } unit { code }`;

beforeAll(async () => {
  app = await startTestApp();
  bacLieu = await app.unitId('95');
  taskId = (await app.sql(`select t.id::text as id from plan_task t join plan p on p.id = t.plan_id where p.number = '21/KH-UBND' and t.code = '4'`))[0].id;
  token = await app.login(DEMO.bacLieuAdmin);
});
afterAll(() => app?.close());

/** Every commune of Bạc Liêu (2021) with its criteria values for 2021, straight from the rows. */
async function directCandidates(): Promise<Direct[]> {
  const rows = await app.sql(`
    select c.id::text as id, c.code, a.met_mediation_criterion as met, p.difficulty_score as difficulty,
           (select count(*) from mediation_case m where m.unit_id = c.id and m.received_on between '2021-01-01' and '2021-12-31'
               and m.outcome = 'SETTLED' and m.closed_on <= '2021-12-31')
         + (select coalesce(sum(y.settled), 0) from case_yearly_count y where y.unit_id = c.id and y.year = 2021) as settled,
           (select count(*) from mediation_case m where m.unit_id = c.id and m.received_on between '2021-01-01' and '2021-12-31'
               and m.outcome = 'NOT_SETTLED' and m.closed_on <= '2021-12-31')
         + (select coalesce(sum(y.not_settled), 0) from case_yearly_count y where y.unit_id = c.id and y.year = 2021) as not_settled
      from admin_unit c
      left join access_to_law_assessment a on a.unit_id = c.id and a.year = 2021
      left join commune_profile p on p.unit_id = c.id
     where c.path <@ 'y2021.p95' and c.level = 'COMMUNE'`);
  return rows.map((r) => ({ id: r.id, code: r.code, fails: r.met == null ? null : !r.met, settled: Number(r.settled), notSettled: Number(r.not_settled), difficulty: r.difficulty }));
}

/** The documented order: fails first (then not assessed, then met), lowest rate (none last), most difficulties (none last), code. */
function expectedOrder(candidates: Direct[]): { code: string; key: string }[] {
  const failKey = (c: Direct) => (c.fails === true ? 0 : c.fails === null ? 1 : 2);
  const rate = (c: Direct) => (c.settled + c.notSettled > 0 ? c.settled / (c.settled + c.notSettled) : Infinity);
  const sorted = [...candidates].sort((a, b) => failKey(a) - failKey(b) || rate(a) - rate(b) || (b.difficulty ?? -1) - (a.difficulty ?? -1) || a.code.localeCompare(b.code));
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  const fraction = (c: Direct) => {
    const total = c.settled + c.notSettled;
    const d = gcd(c.settled, total) || 1;
    return `${c.settled / d}/${total / d}`;
  };
  return sorted.map((c) => ({ code: c.code, key: `${failKey(c)}|${fraction(c)}|${c.difficulty}` }));
}

const candidates = async () => {
  const result = await app.gql(CANDIDATES, { t: taskId }, { token });
  expect(result.errors).toBeUndefined();
  return result.data!.pilotCandidates;
};
const create = (unitIds: string[], rationale: string, as = token) =>
  app.gql(`mutation ($t: ID!, $u: [ID!]!, $r: String!) { createPilotSelection(planTaskId: $t, year: 2021, unitIds: $u, rationale: $r) { ${SELECTION} } }`,
    { t: taskId, u: unitIds, r: rationale }, { token: as });

let recorded: Record<string, any>;

describe('pilotCandidates', () => {
  it('ranks every commune of Bạc Liêu by the task\'s criteria as a direct computation does, and asks for 3', async () => {
    const ranking = await candidates();
    expect(ranking).toMatchObject({ count: 3, unitId: bacLieu, priorities: ['FAILS_ACCESS_TO_LAW_MEDIATION_CRITERION', 'LOW_SETTLEMENT_RATE', 'MANY_DIFFICULTIES'] });
    expect(ranking.criteria.map((c: { count: number | null }) => c.count)).toEqual([3, null]);
    const direct = expectedOrder(await directCandidates());
    expect(ranking.candidates.map((c: { code: string }) => c.code)).toEqual(direct.map((d) => d.code));
    expect(ranking.candidates.map((c: { position: number }) => c.position)).toEqual(direct.map((_, i) => i + 1));
    // Ranks follow the keys: a candidate shares its predecessor's rank exactly when their keys are equal.
    ranking.candidates.forEach((c: { rank: number; tied: boolean }, i: number) => {
      const sameAsPrevious = i > 0 && direct[i].key === direct[i - 1].key;
      expect(c.rank).toBe(sameAsPrevious ? ranking.candidates[i - 1].rank : i + 1);
      expect(c.tied).toBe(direct.filter((d) => d.key === direct[i].key).length > 1);
    });
    expect(ranking.candidates[0].failsMediationCriterion).toBe(true);
  });
});

describe('createPilotSelection', () => {
  it('records the chosen 3 with the rationale, the whole ranking, who chose and when', async () => {
    const ranking = await candidates();
    const top = ranking.candidates.slice(0, 3).map((c: { unitId: string }) => c.unitId);
    const result = await create(top, 'Ba xã có tỷ lệ hòa giải thành thấp nhất và chưa đạt tiêu chí hòa giải ở cơ sở');
    expect(result.errors).toBeUndefined();
    recorded = result.data!.createPilotSelection;
    expect(recorded).toMatchObject({ unitId: bacLieu, planTaskId: taskId, year: 2021, count: 3, chosenUnitIds: top, planTask: { code: '4' }, unit: { code: '95' } });
    expect(recorded.chosenByName).toBe((await app.sql(`select full_name from app_user where email = $1`, [DEMO.bacLieuAdmin]))[0].full_name);
    expect(recorded.candidates.map(({ chosen, ...c }: { chosen: boolean }) => c)).toEqual(ranking.candidates.map(({ chosen, ...c }: { chosen: boolean }) => c));
    expect(recorded.candidates.filter((c: { chosen: boolean }) => c.chosen).map((c: { unitId: string }) => c.unitId)).toEqual(top);
    expect(await app.sql(`select unit_id::text, rank from pilot_unit where selection_id = $1 order by rank`, [recorded.id])).toEqual(
      top.map((id: string, i: number) => ({ unit_id: id, rank: ranking.candidates[i].rank })));
    expect(await app.sql(`select action from audit_log where entity = 'PilotSelection' and entity_id = $1`, [recorded.id])).toEqual([{ action: 'CREATE' }]);
  });

  it('refuses a wrong number, a stranger, a duplicate and a missing rationale, naming the field, and writes nothing', async () => {
    const ranking = await candidates();
    const ids = ranking.candidates.map((c: { unitId: string }) => c.unitId);
    const myTuCommune = await app.unitId('31597');
    for (const [unitIds, rationale, field] of [
      [ids.slice(0, 2), 'Chỉ chọn hai xã làm điểm', 'unitIds'],
      [[ids[0], ids[1], myTuCommune], 'Một xã của tỉnh khác', 'unitIds'],
      [[ids[0], ids[0], ids[1]], 'Chọn trùng một xã', 'unitIds'],
      [ids.slice(0, 3), 'ngắn', 'rationale'],
    ] as const) {
      const result = await create([...unitIds], rationale);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions.field).toBe(field);
    }
    expect(codeOf(await create(ids.slice(0, 3), 'Cán bộ phân tích không được chọn', await app.login(DEMO.analyst)))).toBe('FORBIDDEN');
    expect(codeOf(await create(ids.slice(0, 3), 'Huyện Mỹ Tú không thấy kế hoạch này', await app.login(DEMO.myTuStaff)))).toBe('NOT_FOUND');
    expect(await app.sql(`select count(*)::int as n from pilot_selection`)).toEqual([{ n: 1 }]);
  });

  it('is found by the list\'s search, without diacritics, in a chosen commune\'s name, the plan\'s number, the task\'s title or who chose', async () => {
    const [chosen] = await app.sql('select name from admin_unit where id = $1', [recorded.chosenUnitIds[0]]);
    const [unchosen] = await app.sql('select name from admin_unit where id = $1', [recorded.candidates.find((c: { chosen: boolean }) => !c.chosen).unitId]);
    const [task] = await app.sql('select title from plan_task where id = $1', [taskId]);
    const search = async (q: string) => (await app.gql('query ($q: String) { allPilotSelections(filter: { q: $q }) { id } }', { q }, { token })).data!.allPilotSelections;
    for (const q of [withoutDiacritics(chosen.name), '21/kh-ubnd', withoutDiacritics(task.title).slice(0, 40), withoutDiacritics(recorded.chosenByName), chosen.name.toUpperCase()]) {
      expect(await search(q), q).toEqual([{ id: recorded.id }]);
    }
    expect(await search(withoutDiacritics(unchosen.name))).toEqual([]);
  });

  it('flags the pilot communes and compares them with the other communes', async () => {
    const units = await app.gql(`query ($ids: [ID!]) { allAdministrativeUnits(filter: { ids: $ids }) { id pilot } }`,
      { ids: [...recorded.chosenUnitIds, recorded.candidates[5].unitId] }, { token: await app.login(DEMO.analyst) });
    expect(Object.fromEntries(units.data!.allAdministrativeUnits.map((u: { id: string; pilot: boolean }) => [u.id, u.pilot])))
      .toEqual(Object.fromEntries([...recorded.chosenUnitIds.map((id: string) => [id, true]), [recorded.candidates[5].unitId, false]]));
    const result = await app.gql(`query ($u: ID!) { indicatorsComparison(unitId: $u, year: 2021) { pilotUnits { id } pilot { teams casesSettled casesNotSettled settlementRate } nonPilot { teams casesSettled casesNotSettled } } }`,
      { u: bacLieu }, { token: await app.login(DEMO.analyst) });
    expect(result.errors).toBeUndefined();
    const comparison = result.data!.indicatorsComparison;
    expect(comparison.pilotUnits.map((u: { id: string }) => u.id).sort()).toEqual([...recorded.chosenUnitIds].sort());
    const sum = (rows: Record<string, number>[], key: string) => rows.reduce((total, row) => total + row[key], 0);
    const pilots = await Promise.all(recorded.chosenUnitIds.map(async (id: string) => directFigures(app, await pathOf(app, id), 2021)));
    const province = await directFigures(app, 'y2021.p95', 2021);
    for (const key of ['teams', 'casesSettled', 'casesNotSettled']) {
      expect(comparison.pilot[key]).toBe(sum(pilots, key));
      expect(comparison.nonPilot[key]).toBe(province[key] - sum(pilots, key));
    }
    expect(comparison.pilot.settlementRate).toBeLessThan(100 * comparison.nonPilot.casesSettled / (comparison.nonPilot.casesSettled + comparison.nonPilot.casesNotSettled));
  });
});

describe('re-ranking after the data changed', () => {
  it('shows ties as ties, and leaves the recorded selection exactly as it was', async () => {
    const before = await candidates();
    const [a, b] = before.candidates.slice(0, 2) as { unitId: string; casesSettled: number; casesNotSettled: number }[];
    // Make the first two identical on every key: same assessment, same difficulty, same settled / not settled.
    for (const [unit, other] of [[a, b], [b, a]] as const) {
      const [team] = await app.sql(`select id, $1::int as unit_id from mediation_team where coalesce(moved_from_unit_id, unit_id) = $1 order by id limit 1`, [unit.unitId]);
      await app.sql(`insert into case_yearly_count (team_id, unit_id, year, received, settled, not_settled, in_progress) values ($1, $2, 2021, $3, $4, $5, 0)
                     on conflict (team_id, year) do update set received = case_yearly_count.received + $3, settled = case_yearly_count.settled + $4,
                     not_settled = case_yearly_count.not_settled + $5`, [team.id, team.unit_id, other.casesSettled + other.casesNotSettled, other.casesSettled, other.casesNotSettled]);
      await app.sql(`update commune_profile set difficulty_score = 9 where unit_id = $1`, [unit.unitId]);
      await app.sql(`update access_to_law_assessment set met_mediation_criterion = false where unit_id = $1 and year = 2021`, [unit.unitId]);
    }
    // And the third chosen commune now meets the criterion: it drops out of the front.
    const third = recorded.chosenUnitIds[2];
    await app.sql(`update access_to_law_assessment set met_mediation_criterion = true where unit_id = $1 and year = 2021`, [third]);

    const after = await candidates();
    const pair = after.candidates.filter((c: { unitId: string }) => c.unitId === a.unitId || c.unitId === b.unitId);
    expect(pair[0].rank).toBe(pair[1].rank);
    expect(pair.every((c: { tied: boolean }) => c.tied)).toBe(true);
    expect(pair[1].position).toBe(pair[0].position + 1);
    expect(pair[0].code < pair[1].code).toBe(true);
    expect(after.candidates.map((c: { code: string }) => c.code)).toEqual(expectedOrder(await directCandidates()).map((d) => d.code));
    expect(after.candidates.findIndex((c: { unitId: string }) => c.unitId === third)).toBeGreaterThan(2);

    const kept = await app.gql(`query ($id: ID!) { PilotSelection(id: $id) { ${SELECTION} } }`, { id: recorded.id }, { token });
    expect(kept.data!.PilotSelection).toEqual(recorded);
  });
});
