import type pg from 'pg';
import { generatedMoveNote } from './reform.model';
import { col, insert, reserve } from './sql-write';
import type { ProvinceData, ProvinceTree, UnitRow } from './synthetic.types';
import { afterReform, yearAfterReform } from './timeline';

type Ids = { hamlets: number[]; teams: number[]; mediators: number[]; cases: number[] };
type DayFilter = (day: string) => boolean;
type YearFilter = (year: number) => boolean;
const beforeReform: DayFilter = (day) => !afterReform(day);
const yearBeforeReform: YearFilter = (year) => !yearAfterReform(year);

/**
 * Writes a generated province as the database owner (triggers fill paths; trained status follows
 * attendance), in three steps: what happened under the 2021 units; the reform, which moves the
 * hamlets through app.move_hamlets as the platform does (the generator's choices for split
 * communes recorded as GENERATED); what happened since, under the 2025 communes.
 */
export async function writeProvince(client: pg.ClientBase, tree: ProvinceTree, data: ProvinceData, seed: number): Promise<void> {
  const ids: Ids = {
    hamlets: await reserve(client, 'hamlet_id_seq', data.hamlets.length),
    teams: await reserve(client, 'mediation_team_id_seq', data.teams.length),
    mediators: await reserve(client, 'mediator_id_seq', data.mediators.length),
    cases: await reserve(client, 'mediation_case_id_seq', data.cases.length),
  };
  const unitOf = new Map([tree.province, ...tree.districts, ...tree.communes].map((u) => [u.code, u.id]));
  const successorOf = new Map(Object.values(tree.successors).flat().map((s) => [s.code, s.id]));
  const before = data.teams.map((t) => unitOf.get(data.hamlets[t.hamlet].communeCode)!);
  const after = data.teams.map((t, i) => {
    const destination = data.hamlets[t.hamlet].destination;
    return destination ? successorOf.get(destination.code)! : before[i];
  });
  await writeBefore(client, data, ids, before, unitOf);
  await writeTraining(client, [tree.province, ...tree.districts], data, ids.mediators);
  await moveHamlets(client, data, ids, successorOf, seed);
  await writeMediators(client, data, ids, after, afterReform);
  await writeReviews(client, data, ids, after, yearAfterReform);
  await writeCaseBook(client, data, ids, after, afterReform, yearAfterReform);
}

async function writeBefore(client: pg.ClientBase, data: ProvinceData, ids: Ids, teamUnit: number[], unitOf: Map<string, number>): Promise<void> {
  const unit = (code: string) => unitOf.get(code)!;
  await insert(client, 'hamlet', [
    col('id', 'int', ids.hamlets), col('unit_id', 'int', data.hamlets.map((h) => unit(h.communeCode))),
    col('name', 'text', data.hamlets.map((h) => h.name)), col('kind', 'hamlet_kind', data.hamlets.map((h) => h.kind)),
  ]);
  await insert(client, 'mediation_team', [
    col('id', 'int', ids.teams), col('unit_id', 'int', teamUnit), col('hamlet_id', 'int', data.teams.map((t) => ids.hamlets[t.hamlet])),
    col('name', 'text', data.teams.map((t) => t.name)), col('established_on', 'date', data.teams.map((t) => t.establishedOn)),
  ]);
  await writeMediators(client, data, ids, teamUnit, beforeReform);
  const led = data.teams.map((t, i) => ({ team: ids.teams[i], leader: t.leader == null ? null : ids.mediators[t.leader] })).filter((t) => t.leader != null);
  await client.query('update mediation_team t set leader_mediator_id = v.leader from unnest($1::int[], $2::int[]) as v(team, leader) where t.id = v.team',
    [led.map((t) => t.team), led.map((t) => t.leader)]);
  await writeReviews(client, data, ids, teamUnit, yearBeforeReform);
  await writeCommuneRecords(client, unit, data);
  await writeCaseBook(client, data, ids, teamUnit, beforeReform, yearBeforeReform);
}

/** The communes' own records: their profile (kept if one exists) and their yearly access-to-law assessments. */
export async function writeCommuneRecords(client: pg.ClientBase, unit: (code: string) => number | undefined,
  data: Pick<ProvinceData, 'profiles' | 'assessments'>): Promise<void> {
  await insert(client, 'commune_profile', [
    col('unit_id', 'int', data.profiles.map((p) => unit(p.communeCode))), col('minority_area', 'boolean', data.profiles.map((p) => p.minorityArea)),
    col('difficulties', 'text', data.profiles.map((p) => p.difficulties)), col('difficulty_score', 'int', data.profiles.map((p) => p.difficultyScore)),
  ], 'true', 'on conflict (unit_id) do nothing');
  await insert(client, 'access_to_law_assessment', [
    col('unit_id', 'int', data.assessments.map((a) => unit(a.communeCode))), col('year', 'int', data.assessments.map((a) => a.year)),
    col('met_standard', 'boolean', data.assessments.map((a) => a.metStandard)), col('met_mediation_criterion', 'boolean', data.assessments.map((a) => a.metMediationCriterion)),
  ], 'true', 'on conflict (unit_id, year) do nothing');
}

/** The reform: every hamlet with a destination moves through the platform's own function. */
async function moveHamlets(client: pg.ClientBase, data: ProvinceData, ids: Ids, successorOf: Map<string, number>, seed: number): Promise<void> {
  for (const basis of ['FULL_MAPPING', 'GENERATED'] as const) {
    const moving = data.hamlets.map((h, i) => ({ h, id: ids.hamlets[i] })).filter(({ h }) => h.destination?.basis === basis);
    if (!moving.length) continue;
    await client.query('select app.move_hamlets($1::int[], $2::int[], $3, null, $4)', [
      moving.map((m) => m.id), moving.map((m) => successorOf.get(m.h.destination!.code)!), basis,
      basis === 'GENERATED' ? generatedMoveNote(seed) : 'Moved automatically: the whole commune went into this one (FULL mapping)',
    ]);
  }
}

/**
 * The day each mediator was first trained (the end of the first course attended): written with the
 * mediator, so the attendance triggers, which derive the same value, find nothing to change
 * (PERF: no second write of every trained mediator).
 */
function trainedOnOf(data: ProvinceData): Map<number, string> {
  const first = new Map<number, string>();
  for (const event of data.events) {
    for (const mediator of event.mediators) {
      const known = first.get(mediator);
      if (!known || event.endsOn < known) first.set(mediator, event.endsOn);
    }
  }
  return first;
}

async function writeMediators(client: pg.ClientBase, data: ProvinceData, ids: Ids, teamUnit: number[], when: DayFilter): Promise<void> {
  const trainedOn = trainedOnOf(data);
  const chosen = data.mediators.map((x, i) => ({ x, id: ids.mediators[i], trainedOn: trainedOn.get(i) ?? null })).filter(({ x }) => when(x.electedOn));
  const m = chosen.map(({ x }) => x);
  await insert(client, 'mediator', [
    col('id', 'int', chosen.map((c) => c.id)), col('team_id', 'int', m.map((x) => ids.teams[x.team])), col('unit_id', 'int', m.map((x) => teamUnit[x.team])),
    col('full_name', 'text', m.map((x) => x.fullName)), col('gender', 'gender', m.map((x) => x.gender)), col('birth_year', 'int', m.map((x) => x.birthYear)),
    col('ethnicity', 'text', m.map((x) => x.ethnicity)), col('ethnic_minority', 'boolean', m.map((x) => x.ethnicMinority)),
    col('party_cell_secretary', 'boolean', m.map((x) => x.partyCellSecretary)), col('elected_on', 'date', m.map((x) => x.electedOn)),
    col('vote_share', 'numeric', m.map((x) => x.voteShare)), col('recognition_decision_number', 'text', m.map((x) => x.decisionNumber)),
    col('recognition_decision_date', 'date', m.map((x) => x.decisionDate)), col('status', 'mediator_status', m.map((x) => (x.leftOn ? 'LEFT' : 'ACTIVE'))),
    col('left_on', 'date', m.map((x) => x.leftOn)), col('trained', 'boolean', chosen.map((c) => c.trainedOn != null)),
    col('trained_on', 'date', chosen.map((c) => c.trainedOn)),
  ]);
}

async function writeReviews(client: pg.ClientBase, data: ProvinceData, ids: Ids, teamUnit: number[], when: YearFilter): Promise<void> {
  const reviews = data.reviews.filter((r) => when(r.year));
  await insert(client, 'team_review', [
    col('team_id', 'int', reviews.map((r) => ids.teams[r.team])), col('unit_id', 'int', reviews.map((r) => teamUnit[r.team])),
    col('year', 'int', reviews.map((r) => r.year)), col('reviewed', 'boolean', reviews.map((r) => r.reviewed)),
    col('compliant_after', 'boolean', reviews.map((r) => r.compliantAfter)),
  ]);
}

async function writeCaseBook(client: pg.ClientBase, data: ProvinceData, ids: Ids, teamUnit: number[], when: DayFilter, yearWhen: YearFilter): Promise<void> {
  const chosen = data.cases.map((x, i) => ({ x, id: ids.cases[i] })).filter(({ x }) => when(x.receivedOn));
  const c = chosen.map(({ x }) => x);
  await insert(client, 'mediation_case', [
    col('id', 'int', chosen.map((k) => k.id)), col('team_id', 'int', c.map((x) => ids.teams[x.team])), col('unit_id', 'int', c.map((x) => teamUnit[x.team])),
    col('received_on', 'date', c.map((x) => x.receivedOn)), col('category', 'case_category', c.map((x) => x.category)),
    col('outcome', 'case_outcome', c.map((x) => x.outcome)), col('closed_on', 'date', c.map((x) => x.closedOn)),
  ]);
  const links = chosen.flatMap(({ x, id }) => x.mediators.map((mediator) => ({ kase: id, mediator: ids.mediators[mediator], team: ids.teams[x.team], unit: teamUnit[x.team] })));
  await insert(client, 'case_mediator', [
    col('case_id', 'int', links.map((l) => l.kase)), col('mediator_id', 'int', links.map((l) => l.mediator)),
    col('team_id', 'int', links.map((l) => l.team)), col('unit_id', 'int', links.map((l) => l.unit)),
  ], '');
  const withParties = chosen.map(({ x, id }) => ({ kase: id, unit: teamUnit[x.team], parties: x.parties })).filter((x) => x.parties);
  await insert(client, 'mediation_case_parties', [
    col('case_id', 'int', withParties.map((x) => x.kase)), col('unit_id', 'int', withParties.map((x) => x.unit)), col('parties', 'text', withParties.map((x) => x.parties)),
  ], '');
  const y = data.yearlyCounts.filter((x) => yearWhen(x.year));
  await insert(client, 'case_yearly_count', [
    col('team_id', 'int', y.map((x) => ids.teams[x.team])), col('unit_id', 'int', y.map((x) => teamUnit[x.team])), col('year', 'int', y.map((x) => x.year)),
    col('received', 'int', y.map((x) => x.received)), col('settled', 'int', y.map((x) => x.settled)),
    col('not_settled', 'int', y.map((x) => x.notSettled)), col('in_progress', 'int', y.map((x) => x.inProgress)),
  ]);
}

/** Pools, trainers (linked to a registered agency of their kind at the pool's unit, when one exists) and events. */
export async function writeTraining(client: pg.ClientBase, units: UnitRow[], data: Pick<ProvinceData, 'pools' | 'trainers' | 'events'>, mediatorIds: number[]): Promise<void> {
  const unitOf = new Map(units.map((u) => [u.code, u.id]));
  const poolIds = await reserve(client, 'trainer_pool_id_seq', data.pools.length);
  const trainerIds = await reserve(client, 'trainer_id_seq', data.trainers.length);
  const eventIds = await reserve(client, 'training_event_id_seq', data.events.length);
  const poolUnit = data.pools.map((p) => unitOf.get(p.unitCode)!);
  const { rows: agencies } = await client.query<{ id: number; unit_id: number; kind: string }>(
    'select distinct on (unit_id, kind) id, unit_id, kind::text from agency where unit_id = any($1) order by unit_id, kind, id', [poolUnit]);
  const agencyOf = new Map(agencies.map((a) => [`${a.unit_id}:${a.kind}`, a.id]));
  await insert(client, 'trainer_pool', [
    col('id', 'int', poolIds), col('unit_id', 'int', poolUnit), col('name', 'text', data.pools.map((p) => p.name)),
    col('period_from', 'date', data.pools.map((p) => p.periodFrom)), col('period_to', 'date', data.pools.map((p) => p.periodTo)),
    col('required_agency_kinds', 'text', data.pools.map((p) => p.requiredKinds.join(',')), `string_to_array(required_agency_kinds, ',')::agency_kind[]`),
  ]);
  const t = data.trainers;
  await insert(client, 'trainer', [
    col('id', 'int', trainerIds), col('pool_id', 'int', t.map((x) => poolIds[x.pool])), col('unit_id', 'int', t.map((x) => poolUnit[x.pool])),
    col('full_name', 'text', t.map((x) => x.fullName)), col('gender', 'gender', t.map((x) => x.gender)),
    col('agency_id', 'int', t.map((x) => agencyOf.get(`${poolUnit[x.pool]}:${x.agencyKind}`) ?? null)), col('agency_kind', 'agency_kind', t.map((x) => x.agencyKind)),
    col('position', 'text', t.map((x) => x.position)), col('expertise', 'text', t.map((x) => x.expertise)),
    col('trained_elsewhere_on', 'date', t.map((x) => x.trainedElsewhereOn)),
  ]);
  const e = data.events;
  await insert(client, 'training_event', [
    col('id', 'int', eventIds), col('unit_id', 'int', e.map((x) => unitOf.get(x.unitCode)!)), col('title', 'text', e.map((x) => x.title)),
    col('starts_on', 'date', e.map((x) => x.startsOn)), col('ends_on', 'date', e.map((x) => x.endsOn)), col('audience', 'training_audience', e.map((x) => x.audience)),
    col('location', 'text', e.map((x) => x.location)), col('cost', 'numeric', e.map((x) => x.cost)), col('participants', 'int', e.map((x) => x.participants)),
  ]);
  const teaching = e.flatMap((x, i) => x.teachers.map((trainer) => [eventIds[i], trainerIds[trainer]]));
  await insert(client, 'training_trainer', [col('event_id', 'int', teaching.map((p) => p[0])), col('trainer_id', 'int', teaching.map((p) => p[1]))], '');
  const byMediator = e.flatMap((x, i) => x.mediators.map((mediator) => [eventIds[i], mediatorIds[mediator]]));
  await insert(client, 'training_attendance', [col('event_id', 'int', byMediator.map((p) => p[0])), col('mediator_id', 'int', byMediator.map((p) => p[1]))]);
  const byTrainer = e.flatMap((x, i) => x.trainers.map((trainer) => [eventIds[i], trainerIds[trainer]]));
  await insert(client, 'training_attendance', [col('event_id', 'int', byTrainer.map((p) => p[0])), col('trainer_id', 'int', byTrainer.map((p) => p[1]))]);
}
