import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { startTestApp, type GqlResponse, type TestApp } from '../support/harness';
import { withoutDiacritics } from '../support/text';

/**
 * Pilots at team level (issue 7): a district's "exemplary mediation team" model chooses mediation
 * teams, not communes. The criterion is entered through the API, the teams are ranked by their own
 * figures (highest settlement rate first, then most cases), and the choice is recorded and flagged
 * like pilot communes. The expected order is computed here from the rows.
 */
let app: TestApp;
let myTu: string;
let taskId: string;

const ok = async (response: Promise<GqlResponse>) => {
  const result = await response;
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
};

const YEAR = 2022;
type Direct = { id: string; commune: string; settled: number; notSettled: number };

beforeAll(async () => {
  app = await startTestApp();
  myTu = await app.login(DEMO.myTuStaff);
  const { createPlan } = await ok(app.gql(`mutation ($unitId: ID!) { createPlan(unitId: $unitId, title: "Xây dựng mô hình tổ hòa giải điểm", periodFrom: 2022, periodTo: 2022) { id } }`,
    { unitId: await app.unitId('944') }, { token: myTu }));
  const { createPlanTask } = await ok(app.gql(`mutation ($planId: ID!) { createPlanTask(planId: $planId, code: "1", title: "Chọn tổ hòa giải điểm") { id } }`,
    { planId: createPlan.id }, { token: myTu }));
  taskId = createPlanTask.id;
  await ok(app.gql(`mutation ($taskId: ID!) { createTaskCriterion(taskId: $taskId, kind: PILOT_SELECTION, text: "Lựa chọn 02 tổ hòa giải tiêu biểu để xây dựng mô hình điểm",
    pilotSelection: { selectedBy: { agencyKind: PEOPLES_COMMITTEE, level: DISTRICT }, candidateLevel: TEAM, count: 2,
      priorities: [HIGH_SETTLEMENT_RATE, MANY_CASES] }) { id } }`, { taskId }, { token: myTu }));
});
afterAll(() => app?.close());

/** The teams of Mỹ Tú (2021) in the year (before their 2025 move) with their own figures of the year, straight from the rows. */
async function directTeams(): Promise<Direct[]> {
  return (await app.sql(`
    select t.id::text as id, u.code as commune,
           (select count(*) from mediation_case m where m.team_id = t.id and m.received_on between make_date($2, 1, 1) and make_date($2, 12, 31)
               and m.outcome = 'SETTLED' and m.closed_on <= make_date($2, 12, 31))
         + (select coalesce(sum(y.settled), 0) from case_yearly_count y where y.team_id = t.id and y.year = $2) as settled,
           (select count(*) from mediation_case m where m.team_id = t.id and m.received_on between make_date($2, 1, 1) and make_date($2, 12, 31)
               and m.outcome = 'NOT_SETTLED' and m.closed_on <= make_date($2, 12, 31))
         + (select coalesce(sum(y.not_settled), 0) from case_yearly_count y where y.team_id = t.id and y.year = $2) as not_settled
      from mediation_team t join admin_unit u on u.id = case when t.moved_on > make_date($2, 12, 31) then t.moved_from_unit_id else t.unit_id end
     where u.path <@ (select path from admin_unit where id = $1) and (t.status = 'ACTIVE' or t.dissolved_on > make_date($2, 12, 31))`, [await app.unitId('944'), YEAR]))
    .map((row) => ({ id: row.id, commune: row.commune, settled: Number(row.settled), notSettled: Number(row.not_settled) }));
}

/** Highest rate first (teams without a concluded case last), then most cases, then commune code and team id. */
function expectedOrder(teams: Direct[]): string[] {
  const rate = (t: Direct) => (t.settled + t.notSettled === 0 ? -1 : t.settled / (t.settled + t.notSettled));
  return [...teams].sort((a, b) => rate(b) - rate(a) || (b.settled + b.notSettled) - (a.settled + a.notSettled)
    || a.commune.localeCompare(b.commune) || Number(a.id) - Number(b.id)).map((t) => t.id);
}

const CANDIDATES = `query ($t: ID!, $y: Int!) { pilotCandidates(planTaskId: $t, year: $y) { candidateLevel count priorities
  candidates { teamId unitId name parentName rank casesSettled casesNotSettled settlementRate } } }`;

describe('a team-level pilot selection', () => {
  let chosen: string[];

  it('ranks the district\'s mediation teams by their own figures, best first', async () => {
    const direct = await directTeams();
    expect(direct.length).toBeGreaterThan(10);
    expect(direct.some((t) => t.settled + t.notSettled > 0)).toBe(true);
    const { pilotCandidates } = await ok(app.gql(CANDIDATES, { t: taskId, y: YEAR }, { token: myTu }));
    expect(pilotCandidates).toMatchObject({ candidateLevel: 'TEAM', count: 2, priorities: ['HIGH_SETTLEMENT_RATE', 'MANY_CASES'] });
    expect(pilotCandidates.candidates.map((c: { teamId: string }) => c.teamId)).toEqual(expectedOrder(direct));
    const first = pilotCandidates.candidates[0];
    const row = direct.find((t) => t.id === first.teamId)!;
    expect(first).toMatchObject({ rank: 1, casesSettled: row.settled, casesNotSettled: row.notSettled });
    chosen = pilotCandidates.candidates.slice(0, 2).map((c: { teamId: string }) => c.teamId);
  });

  it('refuses communes, or a number other than the criterion asks for, naming the field', async () => {
    const CREATE = `mutation ($t: ID!, $units: [ID!], $teams: [ID!]) { createPilotSelection(planTaskId: $t, year: ${YEAR}, unitIds: $units, teamIds: $teams,
      rationale: "Hai tổ có tỷ lệ hòa giải thành cao nhất huyện") { id } }`;
    const [commune] = await app.sql('select id::text from admin_unit where parent_id = $1 order by code limit 1', [await app.unitId('944')]);
    const communes = await app.gql(CREATE, { t: taskId, units: [commune.id] }, { token: myTu });
    expect(communes.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'teamIds', reason: 'LIST_TOO_SHORT' });
    const one = await app.gql(CREATE, { t: taskId, teams: chosen.slice(0, 1) }, { token: myTu });
    expect(one.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'teamIds', reason: 'PILOT_COUNT_MISMATCH' });
    expect((await app.sql('select count(*)::int as n from pilot_selection where plan_task_id = $1', [taskId]))[0].n).toBe(0);
  });

  it('records the chosen teams with the ranking, and flags them as pilot teams', async () => {
    const { createPilotSelection } = await ok(app.gql(`mutation ($t: ID!, $teams: [ID!]) { createPilotSelection(planTaskId: $t, year: ${YEAR}, teamIds: $teams,
      rationale: "Hai tổ có tỷ lệ hòa giải thành cao nhất huyện") { id candidateLevel count chosenTeamIds chosenUnitIds candidates { teamId chosen } } }`,
    { t: taskId, teams: chosen }, { token: myTu }));
    expect(createPilotSelection).toMatchObject({ candidateLevel: 'TEAM', count: 2, chosenTeamIds: chosen });
    expect(createPilotSelection.candidates.filter((c: { chosen: boolean }) => c.chosen).map((c: { teamId: string }) => c.teamId)).toEqual(chosen);
    const { PilotSelection } = await ok(app.gql('query ($id: ID!) { PilotSelection(id: $id) { candidateLevel chosenTeamIds } }', { id: createPilotSelection.id }, { token: myTu }));
    expect(PilotSelection).toEqual({ candidateLevel: 'TEAM', chosenTeamIds: chosen });
    const rows = await app.sql('select team_id::text, rank from pilot_team where selection_id = $1 order by rank', [createPilotSelection.id]);
    expect(rows).toEqual([{ team_id: chosen[0], rank: 1 }, { team_id: chosen[1], rank: 2 }]);
    const direct = await directTeams();
    const other = direct.find((t) => !chosen.includes(t.id))!;
    const TEAM = 'query ($id: ID!) { MediationTeam(id: $id) { id pilot } }';
    expect((await ok(app.gql(TEAM, { id: chosen[0] }, { token: myTu }))).MediationTeam).toEqual({ id: chosen[0], pilot: true });
    expect((await ok(app.gql(TEAM, { id: other.id }, { token: myTu }))).MediationTeam).toEqual({ id: other.id, pilot: false });
    const audit = await app.sql(`select after -> 'chosenTeamIds' as teams from audit_log where entity = 'PilotSelection' and entity_id = $1`, [createPilotSelection.id]);
    expect(audit[0].teams.map(String)).toEqual(chosen);
  });

  it('is listed by its chosen teams: named with their communes, found by a team\'s or its commune\'s name without diacritics, and by that commune', async () => {
    const LIST = `query ($f: PilotSelectionFilter) { allPilotSelections(filter: $f) { id candidateLevel chosenCandidates { teamId unitId name parentName } } }`;
    const list = async (filter: Record<string, unknown>) => (await ok(app.gql(LIST, { f: { planTaskId: taskId, ...filter } }, { token: myTu }))).allPilotSelections;
    const [selection] = await list({});
    // The teams and their communes of the year, as the rows have them (the selection's year is before their 2025 move).
    const teams = await app.sql(`select t.id::text as "teamId", u.id::text as "unitId", t.name, u.name as "parentName"
        from mediation_team t join admin_unit u on u.id = case when t.moved_on > make_date($2, 12, 31) then t.moved_from_unit_id else t.unit_id end
       where t.id = any($1::int[]) order by array_position($1::int[], t.id)`, [chosen.map(Number), YEAR]);
    expect(selection.chosenCandidates).toEqual(teams);

    const found = async (q: string) => (await list({ q })).map((s: { id: string }) => s.id);
    expect(await found(withoutDiacritics(teams[0].name))).toEqual([selection.id]);
    expect(await found(withoutDiacritics(teams[1].parentName))).toEqual([selection.id]);
    // A team that was not chosen, named by nothing the chosen teams or their communes are called.
    const chosenWords = teams.map((t) => withoutDiacritics(`${t.name} ${t.parentName}`)).join(' | ');
    const [other] = await app.sql(`select t.name from mediation_team t join admin_unit u on u.id = t.moved_from_unit_id
       where u.path <@ (select path from admin_unit where id = $1) and t.id <> all($2::int[]) order by t.id`, [await app.unitId('944'), chosen.map(Number)])
      .then((rows) => rows.filter((row) => !chosenWords.includes(withoutDiacritics(row.name))));
    expect(other).toBeDefined();
    expect(await found(withoutDiacritics(other.name))).toEqual([]);

    expect((await list({ chosenUnitId: teams[0].unitId })).map((s: { id: string }) => s.id)).toEqual([selection.id]);
    const [elsewhere] = await app.sql(`select u.id::text from admin_unit u where u.parent_id = $1 and u.id <> all($2::int[]) order by u.code limit 1`,
      [await app.unitId('944'), teams.map((t) => Number(t.unitId))]);
    expect(await list({ chosenUnitId: elsewhere.id })).toEqual([]);
  });
});
