import type pg from 'pg';
import { insertProvincePlan } from './plans2025';
import { type Commune2025, generateProvince2025, type Mediator2025, type Province2025Input } from './province2025.model';
import type { UnitRow } from './synthetic.types';
import { writeCommuneRecords, writeTraining } from './writer';

type MediatorRow = { id: number; elected_on: string | null; left_on: string | null; trained_on: string | null };

/** A 2025 province as the 2021-era generation and the moves left it: its communes with teams, its mediators. */
async function loadInput(client: pg.ClientBase, code: string): Promise<{ input: Province2025Input; mediatorIds: number[] }> {
  const path = `y2025.p${code}`;
  const { rows: [province] } = await client.query<UnitRow>(
    `select id, code, name, type, level::text as level, null as "parentCode" from admin_unit where path = $1`, [path]);
  const { rows: communes } = await client.query<Commune2025>(
    `select c.id, c.code, c.name, count(t.id)::int as teams, count(t.id) filter (where p.minority_area)::int as "minorityTeams",
            round(avg(p.difficulty_score))::int as difficulty,
            (array_agg(p.difficulties order by p.difficulty_score desc nulls last, p.unit_id))[1] as difficulties
       from admin_unit c
       join mediation_team t on t.unit_id = c.id and t.status = 'ACTIVE'
       left join commune_profile p on p.unit_id = t.moved_from_unit_id
      where c.path <@ $1::ltree and c.level = 'COMMUNE'
      group by c.id order by c.code`, [path]);
  const { rows: mediators } = await client.query<MediatorRow>(
    `select m.id, m.elected_on, m.left_on, m.trained_on from mediator m join admin_unit u on u.id = m.unit_id
      where m.unit_path <@ $1::ltree order by u.code, m.elected_on, m.full_name, m.id`, [path]);
  const activeTeams = communes.reduce((sum, c) => sum + c.teams, 0);
  const list: Mediator2025[] = mediators.map((m) => ({ electedOn: m.elected_on, leftOn: m.left_on, trainedOn: m.trained_on }));
  return { input: { province, communes, mediators: list, activeTeams }, mediatorIds: mediators.map((m) => m.id) };
}

/**
 * The 2025 province's own demo data (province2025.model.ts) and its 2025–2030 plan, written as the
 * owner. Answers the counts recorded in synthetic_run.
 */
export async function writeProvince2025(client: pg.ClientBase, seed: number, code: string): Promise<{ counts: Record<string, number>; content: unknown; name: string }> {
  const { input, mediatorIds } = await loadInput(client, code);
  const data = generateProvince2025(seed, input);
  const unitOf = new Map(input.communes.map((c) => [c.code, c.id]));
  await writeCommuneRecords(client, (code) => unitOf.get(code), data);
  await writeTraining(client, [input.province], data, mediatorIds);
  await insertProvincePlan(client, seed, input.province);
  const counts = {
    communes: input.communes.length, teams: input.activeTeams, mediators: input.mediators.length, profiles: data.profiles.length,
    assessments: data.assessments.length, trainers: data.trainers.length, events: data.events.length,
    attendance: data.events.reduce((sum, e) => sum + e.mediators.length + e.trainers.length, 0), plans: 1,
  };
  return { counts, content: data, name: input.province.name };
}
