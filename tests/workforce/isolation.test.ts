import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../support/constants';
import { codeOf, startTestApp, type TestApp } from '../support/harness';

/**
 * Every new resource against every role: its own unit, a child, its parent, a sibling district and
 * another province. Commune data: Xã Mỹ Tú (31597) and Xã Long Hưng (31579) of Mỹ Tú district,
 * a commune of Long Phú district (946) and one of Bạc Liêu (95). Pools and events: the provincial
 * pools of Sóc Trăng and Bạc Liêu and the district pools of Mỹ Tú and Long Phú. Reads only what
 * the role may see; writes outside refused and change nothing; the SQL role with an empty or wrong
 * scope sees no row and writes none.
 */
let app: TestApp;
const ROLES = {
  sysadmin: DEMO.sysadmin, socTrang: DEMO.socTrangAdmin, myTu: DEMO.myTuStaff, longPhu: DEMO.longPhuStaff,
  xaMyTu: DEMO.xaMyTuStaff, bacLieu: DEMO.bacLieuAdmin, analyst: DEMO.analyst, canTho: DEMO.canThoAdmin,
} as const;
type Role = keyof typeof ROLES;
const ROLE_NAMES = Object.keys(ROLES) as Role[];
const tokens = {} as Record<Role, string>;

const COMMUNES = ['xaMyTu', 'longHung', 'longPhuCommune', 'bacLieuCommune'] as const;
type Commune = (typeof COMMUNES)[number];
const COMMUNE_READS: Record<Role, Commune[]> = {
  sysadmin: [...COMMUNES], socTrang: ['xaMyTu', 'longHung', 'longPhuCommune'], myTu: ['xaMyTu', 'longHung'], longPhu: ['longPhuCommune'],
  xaMyTu: ['xaMyTu'], bacLieu: ['bacLieuCommune'], analyst: [...COMMUNES], canTho: ['xaMyTu', 'longHung', 'longPhuCommune'],
};
const COMMUNE_WRITES: Record<Role, Commune[]> = { ...COMMUNE_READS, analyst: [], canTho: [] };

const POOLS = ['socTrang', 'myTu', 'longPhu', 'bacLieu'] as const;
type PoolUnit = (typeof POOLS)[number];
/** Pools and events are read down the tree and up it (an ancestor's courses and trainers), never across. */
const POOL_READS: Record<Role, PoolUnit[]> = {
  sysadmin: [...POOLS], socTrang: ['socTrang', 'myTu', 'longPhu'], myTu: ['socTrang', 'myTu'], longPhu: ['socTrang', 'longPhu'],
  xaMyTu: ['socTrang', 'myTu'], bacLieu: ['bacLieu'], analyst: [...POOLS], canTho: ['socTrang', 'myTu', 'longPhu'],
};
const POOL_WRITES: Record<Role, PoolUnit[]> = {
  sysadmin: [...POOLS], socTrang: ['socTrang', 'myTu', 'longPhu'], myTu: ['myTu'], longPhu: ['longPhu'], xaMyTu: [], bacLieu: ['bacLieu'], analyst: [], canTho: [],
};

const units = {} as Record<Commune | PoolUnit, string>;
const paths = {} as Record<Commune, string>;
const teams = {} as Record<Commune, string>;
/** One team per commune and role, so the records each role creates never meet another's (one review per team and year). */
const roleTeams = {} as Record<Commune, Record<Role, string>>;
const pools = {} as Record<PoolUnit, string>;
const events = {} as Record<PoolUnit, string>;

beforeAll(async () => {
  app = await startTestApp();
  for (const role of ROLE_NAMES) tokens[role] = await app.login(ROLES[role]);
  const [longPhuCommune] = await app.sql(`select code from admin_unit where path <@ 'y2021.p94.d946' and level = 'COMMUNE' order by code limit 1`);
  const [bacLieuCommune] = await app.sql(`select code from admin_unit where path <@ 'y2021.p95' and level = 'COMMUNE' order by code limit 1`);
  const codes: Record<Commune | PoolUnit, string> = {
    xaMyTu: '31597', longHung: '31579', longPhuCommune: longPhuCommune.code, bacLieuCommune: bacLieuCommune.code,
    socTrang: '94', myTu: '944', longPhu: '946', bacLieu: '95',
  };
  for (const [name, code] of Object.entries(codes)) units[name as Commune] = await app.unitId(code);
  // The demo's teams moved to the 2025 communes at the reform; these 2021 communes get teams of this file's own.
  const newTeam = async (commune: Commune, name: string) => {
    const [team] = await app.sql(`with h as (insert into hamlet (unit_id, name, kind) values ($1, $2, 'AP') returning id, unit_id),
                                       t as (insert into mediation_team (unit_id, hamlet_id, name) select unit_id, id, 'Tổ ' || $2 from h returning id, unit_id, unit_path),
                                       m as (insert into mediator (team_id, unit_id, full_name, gender, vote_share)
                                             select id, unit_id, 'Hòa Giải Viên Cô Lập', 'FEMALE', 70 from t returning 1)
                                  select t.id, t.unit_path::text as path from t`, [units[commune], name]);
    return team as { id: number; path: string };
  };
  for (const commune of COMMUNES) {
    const team = await newTeam(commune, 'Ấp Test Cô lập chung');
    teams[commune] = String(team.id);
    paths[commune] = team.path;
    roleTeams[commune] = {} as Record<Role, string>;
    for (const role of ROLE_NAMES) roleTeams[commune][role] = String((await newTeam(commune, `Ấp Test Cô lập đội ${role}`)).id);
    // Both kinds of case records in every commune, whatever the generator chose for it.
    await app.sql(`insert into mediation_case (team_id, unit_id, received_on, category) values ($1, $2, '2031-01-05', 'CIVIL')`, [team.id, units[commune]]);
    await app.sql(`insert into case_yearly_count (team_id, unit_id, year, received, settled, not_settled, in_progress) values ($1, $2, 2030, 1, 1, 0, 0)`, [team.id, units[commune]]);
    for (const role of ROLE_NAMES) await app.sql(`insert into hamlet (unit_id, name, kind) values ($1, $2, 'AP')`, [units[commune], `Ấp Test Cô lập ${role}`]);
  }
  for (const unit of POOLS) {
    const [pool] = await app.sql('select id from trainer_pool where unit_id = $1 order by id limit 1', [units[unit]]);
    pools[unit] = String(pool.id);
    const [event] = await app.sql('select id from training_event where unit_id = $1 order by id limit 1', [units[unit]]);
    events[unit] = String(event.id);
  }
});
afterAll(() => app?.close());

/** The answer a write gets: refusals say FORBIDDEN for what the caller reads, NOT_FOUND for what it cannot. */
const expectedWrite = (role: Role, allowed: boolean, readable: boolean) =>
  role === 'analyst' ? 'FORBIDDEN' : allowed ? 'OK' : readable ? 'FORBIDDEN' : 'NOT_FOUND';

type CommuneResource = {
  type: string;
  table: string;
  /** A create under the commune, or none when the resource is one per commune (profiles). */
  create?: (role: Role, commune: Commune) => { query: string; variables: Record<string, unknown>; viaUnit?: boolean };
  /** A change of one field, and the column it lands in. */
  update: { field: string; value: string; column: string };
};

const roleIndex = (role: Role) => ROLE_NAMES.indexOf(role);

const COMMUNE_RESOURCES: CommuneResource[] = [
  {
    type: 'MediationTeam', table: 'mediation_team', update: { field: 'name: "Tổ Đổi Tên"', value: 'Tổ Đổi Tên', column: 'name' },
    create: (role, commune) => ({ query: `mutation ($hamletId: ID!) { createMediationTeam(hamletId: $hamletId) { id } }`, variables: { hamletName: `Ấp Test Cô lập ${role}`, commune } }),
  },
  {
    type: 'Mediator', table: 'mediator', update: { field: 'fullName: "Đổi Tên"', value: 'Đổi Tên', column: 'full_name' },
    create: (role, commune) => ({ query: `mutation ($teamId: ID!) { createMediator(teamId: $teamId, fullName: "Cô Lập", gender: MALE, voteShare: 60) { id } }`, variables: { teamId: roleTeams[commune][role] } }),
  },
  {
    type: 'TeamReview', table: 'team_review', update: { field: 'note: "Đổi ghi chú"', value: 'Đổi ghi chú', column: 'note' },
    create: (role, commune) => ({ query: `mutation ($teamId: ID!, $year: Int!) { createTeamReview(teamId: $teamId, year: $year, reviewed: true) { id } }`, variables: { teamId: roleTeams[commune][role], year: 2022 } }),
  },
  { type: 'CommuneProfile', table: 'commune_profile', update: { field: 'difficulties: "Đổi khó khăn"', value: 'Đổi khó khăn', column: 'difficulties' } },
  {
    type: 'MediationCase', table: 'mediation_case', update: { field: 'category: NEIGHBOURHOOD', value: 'NEIGHBOURHOOD', column: 'category::text' },
    create: (role, commune) => ({ query: `mutation ($teamId: ID!) { createMediationCase(teamId: $teamId, receivedOn: "2024-03-03", category: OTHER) { id } }`, variables: { teamId: roleTeams[commune][role] } }),
  },
  {
    type: 'CaseYearlyCount', table: 'case_yearly_count', update: { field: 'note: "Sổ giấy"', value: 'Sổ giấy', column: 'note' },
    create: (role, commune) => ({ query: `mutation ($teamId: ID!, $year: Int!) { createCaseYearlyCount(teamId: $teamId, year: $year, settled: 1) { id } }`, variables: { teamId: roleTeams[commune][role], year: 2023 } }),
  },
  {
    type: 'AccessToLawAssessment', table: 'access_to_law_assessment', update: { field: 'note: "Đổi đánh giá"', value: 'Đổi đánh giá', column: 'note' },
    create: (role, commune) => ({
      query: `mutation ($unitId: ID!, $year: Int!) { createAccessToLawAssessment(unitId: $unitId, year: $year, metStandard: true, metMediationCriterion: true) { id } }`,
      variables: { unitId: units[commune], year: 2040 + roleIndex(role) }, viaUnit: true,
    }),
  },
];

const plural = (type: string) => (type.endsWith('y') ? `${type.slice(0, -1)}ies` : `${type}s`);

describe.each(COMMUNE_RESOURCES)('tenant isolation of $type', (resource) => {
  it.each(ROLE_NAMES)('%s reads only the communes of its scope', async (role) => {
    for (const commune of COMMUNES) {
      const [{ n }] = await app.sql(`select count(*)::int as n from ${resource.table} where unit_id = $1`, [units[commune]]);
      expect(n).toBeGreaterThan(0);
      const result = await app.gql(`query ($unitId: ID!) { _all${plural(resource.type)}Meta(filter: { unitId: $unitId }) { count } }`, { unitId: units[commune] }, { token: tokens[role] });
      expect(result.errors).toBeUndefined();
      expect({ commune, count: result.data![`_all${plural(resource.type)}Meta`].count }).toEqual({ commune, count: COMMUNE_READS[role].includes(commune) ? n : 0 });
    }
  });

  it.each(ROLE_NAMES)('%s creates, updates and deletes only inside its write scope', async (role) => {
    for (const commune of COMMUNES) {
      const allowed = COMMUNE_WRITES[role].includes(commune);
      const readable = COMMUNE_READS[role].includes(commune);
      const [row] = await app.sql(`select id, version, ${resource.update.column} as value from ${resource.table} where unit_id = $1 order by id limit 1`, [units[commune]]);
      const updated = await app.gql(`mutation ($id: ID!, $version: Int!) { update${resource.type}(id: $id, version: $version, ${resource.update.field}) { id } }`,
        { id: String(row.id), version: row.version }, { token: tokens[role] });
      expect({ commune, code: codeOf(updated) }).toEqual({ commune, code: expectedWrite(role, allowed, readable) });
      const [after] = await app.sql(`select version, ${resource.update.column} as value from ${resource.table} where id = $1`, [row.id]);
      expect(after).toEqual(allowed ? { version: row.version + 1, value: resource.update.value } : { version: row.version, value: row.value });

      if (!resource.create) continue;
      const { query, variables, viaUnit } = resource.create(role, commune);
      if ('hamletName' in variables) {
        const [hamlet] = await app.sql('select id from hamlet where unit_id = $1 and name = $2', [units[commune], variables.hamletName]);
        for (const key of Object.keys(variables)) delete variables[key];
        variables.hamletId = String(hamlet.id);
      }
      const [{ n: before }] = await app.sql(`select count(*)::int as n from ${resource.table} where unit_id = $1`, [units[commune]]);
      const created = await app.gql(query, variables, { token: tokens[role] });
      expect({ commune, code: codeOf(created) }).toEqual({ commune, code: expectedWrite(role, allowed, readable || !!viaUnit) });
      const [{ n: count }] = await app.sql(`select count(*)::int as n from ${resource.table} where unit_id = $1`, [units[commune]]);
      expect(count).toBe(before + (allowed ? 1 : 0));

      const victim = allowed ? Object.values(created.data!)[0].id : String(row.id);
      const deleted = await app.gql(`mutation ($id: ID!, $version: Int!) { delete${resource.type}(id: $id, version: $version) { id } }`,
        { id: victim, version: await app.versionOf(resource.table, victim) }, { token: tokens[role] });
      expect({ commune, code: codeOf(deleted) }).toEqual({ commune, code: expectedWrite(role, allowed, readable) });
      expect(await app.sql(`select 1 from ${resource.table} where id = $1`, [victim])).toHaveLength(allowed ? 0 : 1);
    }
  });
});

describe('tenant isolation of trainer pools, trainers and training events', () => {
  it.each(ROLE_NAMES)('%s reads the pools and courses of its subtree and its ancestors, never a sibling\'s', async (role) => {
    for (const unit of POOLS) {
      const readable = POOL_READS[role].includes(unit);
      const result = await app.gql(`query ($pool: ID!, $event: ID!) { TrainerPool(id: $pool) { id } TrainingEvent(id: $event) { id }
        _allTrainersMeta(filter: { poolId: $pool }) { count } }`, { pool: pools[unit], event: events[unit] }, { token: tokens[role] });
      const [{ n }] = await app.sql('select count(*)::int as n from trainer where pool_id = $1', [pools[unit]]);
      expect({ unit, pool: result.data!.TrainerPool?.id ?? null, event: result.data!.TrainingEvent?.id ?? null, trainers: result.data!._allTrainersMeta.count })
        .toEqual({ unit, pool: readable ? pools[unit] : null, event: readable ? events[unit] : null, trainers: readable ? n : 0 });
    }
  });

  it.each(ROLE_NAMES)('%s changes pools, trainers and courses only inside its write scope', async (role) => {
    for (const unit of POOLS) {
      const allowed = POOL_WRITES[role].includes(unit);
      const readable = POOL_READS[role].includes(unit);
      const [pool] = await app.sql('select version, note from trainer_pool where id = $1', [pools[unit]]);
      const noted = await app.gql('mutation ($id: ID!, $version: Int!) { updateTrainerPool(id: $id, version: $version, note: "Ghi chú cô lập") { id } }',
        { id: pools[unit], version: pool.version }, { token: tokens[role] });
      expect({ unit, code: codeOf(noted) }).toEqual({ unit, code: expectedWrite(role, allowed, readable) });
      expect((await app.sql('select version from trainer_pool where id = $1', [pools[unit]]))[0].version).toBe(pool.version + (allowed ? 1 : 0));

      const [{ n: trainersBefore }] = await app.sql('select count(*)::int as n from trainer where pool_id = $1', [pools[unit]]);
      const trainer = await app.gql('mutation ($poolId: ID!) { createTrainer(poolId: $poolId, fullName: "Cô Lập", gender: MALE, agencyKind: POLICE) { id } }',
        { poolId: pools[unit] }, { token: tokens[role] });
      expect({ unit, code: codeOf(trainer) }).toEqual({ unit, code: expectedWrite(role, allowed, readable) });
      expect((await app.sql('select count(*)::int as n from trainer where pool_id = $1', [pools[unit]]))[0].n).toBe(trainersBefore + (allowed ? 1 : 0));

      const [event] = await app.sql('select version, title from training_event where id = $1', [events[unit]]);
      const renamed = await app.gql('mutation ($id: ID!, $version: Int!) { updateTrainingEvent(id: $id, version: $version, title: "Đổi tên khóa") { id } }',
        { id: events[unit], version: event.version }, { token: tokens[role] });
      expect({ unit, code: codeOf(renamed) }).toEqual({ unit, code: expectedWrite(role, allowed, readable) });
      expect((await app.sql('select version from training_event where id = $1', [events[unit]]))[0].version).toBe(event.version + (allowed ? 1 : 0));

      const course = await app.gql('mutation ($unitId: ID!) { createTrainingEvent(unitId: $unitId, title: "Khóa cô lập", startsOn: "2031-01-01", endsOn: "2031-01-02", audience: MEDIATORS) { id } }',
        { unitId: units[unit] }, { token: tokens[role] });
      expect({ unit, code: codeOf(course) }).toEqual({ unit, code: expectedWrite(role, allowed, true) });
      if (!allowed) {
        const removed = await app.gql('mutation ($id: ID!, $version: Int!) { deleteTrainingEvent(id: $id, version: $version) { id } }',
          { id: events[unit], version: await app.versionOf('training_event', events[unit]) }, { token: tokens[role] });
        expect({ unit, code: codeOf(removed) }).toEqual({ unit, code: expectedWrite(role, false, readable) });
        expect(await app.sql('select 1 from training_event where id = $1', [events[unit]])).toHaveLength(1);
      }
    }
    await app.sql(`delete from training_event where title = 'Khóa cô lập'`);
  });
});

const TABLES = [
  'commune_profile', 'mediation_team', 'mediator', 'team_review', 'mediation_team_compliance', 'trainer_pool', 'trainer', 'training_event',
  'training_trainer', 'training_attendance', 'mediation_case', 'mediation_case_parties', 'case_mediator', 'case_yearly_count', 'access_to_law_assessment',
  'mediation_team_tenure', 'hamlet_move',
];

describe('row-level security under the server role', () => {
  it.each(TABLES)('%s shows no row to an empty or a wrong scope', async (table) => {
    const [{ n }] = await app.sql(`select count(*)::int as n from ${table}`);
    expect(n).toBeGreaterThan(0);
    expect((await app.sqlAsApp({}, `select count(*)::int as n from ${table}`))[0].n).toBe(0);
    expect((await app.sqlAsApp({ read: '{y2021.p01}', write: '{y2021.p01}' }, `select count(*)::int as n from ${table}`))[0].n).toBe(0);
    expect((await app.sqlAsApp({ read: '{y2025.p01}', write: '{y2025.p01}' }, `select count(*)::int as n from ${table}`))[0].n).toBe(0);
  });

  it('refuses every insert to an empty or a wrong write scope', async () => {
    const commune = units.xaMyTu;
    const [team] = await app.sql('select id from mediation_team where id = $1', [teams.xaMyTu]);
    const [mediator] = await app.sql('select id from mediator where team_id = $1 limit 1', [team.id]);
    const [hamlet] = await app.sql(`select id from hamlet where unit_id = $1 and name = 'Ấp Test Cô lập sysadmin'`, [commune]);
    const [kase] = await app.sql('select id from mediation_case where team_id = $1 limit 1', [team.id]);
    const [trainer] = await app.sql('select id from trainer where pool_id = $1 limit 1', [pools.myTu]);
    const inserts: [string, unknown[]][] = [
      ['insert into commune_profile (unit_id) values ($1)', [commune]],
      [`insert into mediation_team (unit_id, hamlet_id, name) values ($1, $2, 'x')`, [commune, hamlet.id]],
      [`insert into mediator (team_id, unit_id, full_name, gender, vote_share) values ($1, $2, 'x', 'MALE', 60)`, [team.id, commune]],
      ['insert into team_review (team_id, unit_id, year, reviewed) values ($1, $2, 2099, true)', [team.id, commune]],
      [`insert into trainer_pool (unit_id, name, period_from) values ($1, 'x', '2025-01-01')`, [units.myTu]],
      [`insert into trainer (pool_id, unit_id, full_name, gender, agency_kind) values ($1, $2, 'x', 'MALE', 'POLICE')`, [pools.myTu, units.myTu]],
      [`insert into training_event (unit_id, title, starts_on, ends_on, audience) values ($1, 'x', '2090-01-01', '2090-01-01', 'MEDIATORS')`, [units.myTu]],
      ['insert into training_trainer (event_id, trainer_id) values ($1, $2)', [events.myTu, trainer.id]],
      ['insert into training_attendance (event_id, mediator_id) values ($1, $2)', [events.myTu, mediator.id]],
      [`insert into mediation_case (team_id, unit_id, received_on, category) values ($1, $2, '2090-01-01', 'LAND')`, [team.id, commune]],
      [`insert into mediation_case_parties (case_id, unit_id, parties) values ($1, $2, 'x')`, [kase.id, commune]],
      ['insert into case_mediator (case_id, mediator_id, team_id, unit_id) values ($1, $2, $3, $4)', [kase.id, mediator.id, team.id, commune]],
      ['insert into case_yearly_count (team_id, unit_id, year, received, settled, not_settled, in_progress) values ($1, $2, 2099, 0, 0, 0, 0)', [team.id, commune]],
      ['insert into access_to_law_assessment (unit_id, year, met_standard, met_mediation_criterion) values ($1, 2099, true, true)', [commune]],
    ];
    for (const [sql, params] of inserts) {
      const table = sql.split(' ')[2];
      const [{ n: before }] = await app.sql(`select count(*)::int as n from ${table}`);
      for (const scope of [{}, { read: '{y2021.p95}', write: '{y2021.p95}' }]) {
        await expect(app.sqlAsApp(scope, sql, params), `${table} with ${JSON.stringify(scope)}`).rejects.toThrow(/row-level security|unknown|was not found/);
      }
      expect((await app.sql(`select count(*)::int as n from ${table}`))[0].n).toBe(before);
    }
  });
});
