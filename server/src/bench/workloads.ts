/**
 * The five workloads of the comparison (issue 11), each as the GraphQL operation a client sends
 * and as the floor: the same answer built by one hand-written SQL statement, run through the same
 * `pg` driver as the same role under the same scope (BEGIN and the scope, the statement, COMMIT).
 * The bench checks that both answers are equal before it times them.
 *
 * `ownerSql` (W2, W4) is the floor's statement with the scope written as a WHERE, run as the owner
 * without row-level security: under RLS the same rows must cost at most 1.2 × that.
 */
export type Workload = {
  id: 'W1' | 'W2' | 'W3' | 'W4' | 'W5';
  name: string;
  /** The demo account the request runs as. */
  account: string;
  query: string;
  /** Variables of the operation, and the floor's parameters, from values looked up once. */
  variables: (known: KnownIds) => Record<string, unknown>;
  floorSql: string;
  floorParams: (known: KnownIds) => unknown[];
  /** The floor's statement as the owner, with the scope ($1, ltree[]) as a condition. */
  ownerSql?: string;
};

export type KnownIds = { plan127: number };

const ANALYST = 'analyst@demo.hoagiai.vn';
const SOC_TRANG_ADMIN = 'soctrang.admin@demo.hoagiai.vn';
const MY_TU_STAFF = 'mytu.staff@demo.hoagiai.vn';

const W1_SQL = `
select json_build_object('allAdministrativeUnits', coalesce(json_agg(json_build_object(
         'name', d.name,
         'parent', (select json_build_object('name', p.name) from admin_unit p where p.id = d.parent_id),
         'children', (select coalesce(json_agg(json_build_object('name', c.name) order by c.code, c.id), '[]')
                        from (select c.name, c.code, c.id from admin_unit c where c.parent_id = d.id order by c.code, c.id limit 5) c)
       ) order by d.code, d.id), '[]'))::text
  from (select id, name, code, parent_id from admin_unit where level = 'DISTRICT' order by code, id limit 100) d`;

const hamletsSql = (where: string) => `
select json_build_object(
  'allHamlets', (select coalesce(json_agg(json_build_object('id', h.id::text, 'name', h.name, 'unit', json_build_object('name', u.name))
                                          order by h.name, h.id), '[]')
                   from (select id, name, unit_id from hamlet ${where} order by name, id limit 50) h
                   join admin_unit u on u.id = h.unit_id),
  '_allHamletsMeta', json_build_object('count', (select count(*) from hamlet ${where})))::text`;

const W3_SQL = `
select json_build_object('Plan', json_build_object(
  'id', p.id::text, 'number', p.number, 'title', p.title,
  'tasks', (select coalesce(json_agg(json_build_object('code', t.code, 'title', t.title,
              'targets', (select coalesce(json_agg(json_build_object('id', g.id::text, 'value', trim_scale(g.value)::text) order by g.position, g.id), '[]')
                            from target g where g.task_id = t.id)) order by t.sort_key, t.id), '[]')
              from plan_task t where t.plan_id = p.id),
  'budgetLines', (select coalesce(json_agg(json_build_object('code', b.code, 'title', b.title, 'amount', trim_scale(b.amount)::text)
                   order by b.sort_key, b.id), '[]') from budget_line b where b.plan_id = p.id),
  'budgetTotal', (select trim_scale(sum(b.amount) filter (where b.parent_id is null))::text from budget_line b where b.plan_id = p.id)))::text
  from plan p where p.id = $1`;

const teamsSql = (where: string, mediatorsAlso: string) => `
select json_build_object('allMediationTeams', coalesce(json_agg(json_build_object(
         'name', t.name,
         'mediators', (select coalesce(json_agg(json_build_object('fullName', m.full_name, 'gender', m.gender) order by m.status, m.full_name, m.id), '[]')
                         from mediator m where m.team_id = t.id ${mediatorsAlso})
       ) order by t.name, t.id), '[]'))::text
  from (select id, name from mediation_team ${where} order by name, id limit 50) t`;

// W5 as a hand-written grouped query: Sóc Trăng (2021) and its first 20 districts in code order,
// each with the figures of its subtree at the end of 2022 (the definitions of indicator.repository.ts:
// a team and its mediators under the unit they belonged to that day, their former commune for
// those that moved with their hamlet at the 2025 reform).
const W5_SQL = `
with p as (select id, path from admin_unit where code = '94' and level = 'PROVINCE' and valid_from <= '2021-11-01'
             and (valid_to is null or valid_to >= '2021-11-01') order by code, id limit 25),
d as (select c.id, c.name, c.code, c.path from admin_unit c join p on c.parent_id = p.id order by c.code, c.id limit 20),
roots as (select id, path from p union all select id, path from d),
member as materialized (select r.id as root_id, u.id as unit_id from roots r join admin_unit u on u.path <@ r.path),
ids as (select array_agg(distinct unit_id) as ids from member),
tm as (select a.unit_id, count(*) as teams, count(*) filter (where r.reviewed and r.compliant_after) as consolidated
         from mediation_team t
         cross join lateral (select case when t.moved_on > '2022-12-31' then t.moved_from_unit_id else t.unit_id end as unit_id) a
         left join team_review r on r.team_id = t.id and r.year = 2022 and r.unit_id = any ((select ids from ids)::int[])
        where (t.unit_id = any ((select ids from ids)::int[]) or t.moved_from_unit_id = any ((select ids from ids)::int[]))
          and a.unit_id = any ((select ids from ids)::int[])
          and (t.established_on is null or t.established_on <= '2022-12-31') and (t.dissolved_on is null or t.dissolved_on > '2022-12-31')
        group by a.unit_id),
md as (select a.unit_id, count(*) as mediators, count(*) filter (where m.trained_on <= '2022-12-31') as trained
         from mediator m
         cross join lateral (select case when m.moved_on > '2022-12-31' then m.moved_from_unit_id else m.unit_id end as unit_id) a
        where (m.unit_id = any ((select ids from ids)::int[]) or m.moved_from_unit_id = any ((select ids from ids)::int[]))
          and a.unit_id = any ((select ids from ids)::int[])
          and (m.elected_on is null or m.elected_on <= '2022-12-31') and (m.left_on is null or m.left_on > '2022-12-31')
        group by a.unit_id),
cs as (select c.unit_id, count(*) filter (where c.outcome = 'SETTLED' and c.closed_on <= '2022-12-31') as settled,
              count(*) filter (where c.outcome = 'NOT_SETTLED' and c.closed_on <= '2022-12-31') as not_settled
         from mediation_case c
        where c.unit_id = any ((select ids from ids)::int[]) and c.received_on between '2022-01-01' and '2022-12-31'
        group by c.unit_id),
cy as (select y.unit_id, sum(y.settled) as settled, sum(y.not_settled) as not_settled
         from case_yearly_count y where y.unit_id = any ((select ids from ids)::int[]) and y.year = 2022 group by y.unit_id),
f as (select m.root_id, coalesce(sum(tm.teams), 0) as teams, coalesce(sum(tm.consolidated), 0) as consolidated,
             coalesce(sum(md.mediators), 0) as mediators, coalesce(sum(md.trained), 0) as trained,
             coalesce(sum(cs.settled), 0) + coalesce(sum(cy.settled), 0) as settled,
             coalesce(sum(cs.not_settled), 0) + coalesce(sum(cy.not_settled), 0) as not_settled
        from member m left join tm using (unit_id) left join md using (unit_id) left join cs using (unit_id) left join cy using (unit_id)
       group by m.root_id)
select json_build_object('allAdministrativeUnits', coalesce(json_agg(json_build_object(
         'indicators', json_build_object('teams', pf.teams, 'teamsConsolidated', pf.consolidated, 'mediators', pf.mediators,
                                         'settlementRate', case when pf.settled + pf.not_settled > 0 then (100 * pf.settled)::float8 / (pf.settled + pf.not_settled) end),
         'children', (select coalesce(json_agg(json_build_object('name', d.name, 'indicators', json_build_object(
                         'teams', df.teams, 'teamsConsolidated', df.consolidated, 'mediators', df.mediators, 'mediatorsTrained', df.trained,
                         'settlementRate', case when df.settled + df.not_settled > 0 then (100 * df.settled)::float8 / (df.settled + df.not_settled) end))
                       order by d.code, d.id), '[]') from d join f df on df.root_id = d.id)
       )), '[]'))::text
  from p join f pf on pf.root_id = p.id`;

export const workloads: Workload[] = [
  {
    id: 'W1',
    name: '100 districts, each with its parent and 5 children (analyst)',
    account: ANALYST,
    query: '{ allAdministrativeUnits(perPage: 100, filter: { level: DISTRICT }) { name parent { name } children(perPage: 5) { name } } }',
    variables: () => ({}),
    floorSql: W1_SQL,
    floorParams: () => [],
  },
  {
    id: 'W2',
    name: '50 hamlets with their commune, and the count (province admin)',
    account: SOC_TRANG_ADMIN,
    query: '{ allHamlets(perPage: 50) { id name unit { name } } _allHamletsMeta { count } }',
    variables: () => ({}),
    floorSql: hamletsSql(''),
    floorParams: () => [],
    // The rows the policies let a 2021-era reader see: its subtree, and the rows that left it at the reform (issue 8).
    ownerSql: hamletsSql('where unit_path <@ any ($1::ltree[]) or moved_from_path <@ any ($1::ltree[])'),
  },
  {
    id: 'W3',
    name: 'plan 127/KH-UBND with its tasks, targets and budget (district staff)',
    account: MY_TU_STAFF,
    query: `query ($id: ID!) { Plan(id: $id) { id number title tasks { code title targets { id value } }
      budgetLines { code title amount } budgetTotal } }`,
    variables: (known) => ({ id: String(known.plan127) }),
    floorSql: W3_SQL,
    floorParams: (known) => [known.plan127],
  },
  {
    id: 'W4',
    name: '50 mediation teams with their mediators (province admin)',
    account: SOC_TRANG_ADMIN,
    query: '{ allMediationTeams(perPage: 50) { name mediators { fullName gender } } }',
    variables: () => ({}),
    floorSql: teamsSql('', ''),
    floorParams: () => [],
    ownerSql: teamsSql('where unit_path <@ any ($1::ltree[]) or moved_from_path <@ any ($1::ltree[])',
      'and (m.unit_path <@ any ($1::ltree[]) or m.moved_from_path <@ any ($1::ltree[]))'),
  },
  {
    id: 'W5',
    name: 'Sóc Trăng and its 11 districts with their 2022 indicators (analyst)',
    account: ANALYST,
    query: `{ allAdministrativeUnits(filter: { code: "94", level: PROVINCE, validOn: "2021-11-01" }) {
      indicators(year: 2022) { teams teamsConsolidated mediators settlementRate }
      children(perPage: 20) { name indicators(year: 2022) { teams teamsConsolidated mediators mediatorsTrained settlementRate } } } }`,
    variables: () => ({}),
    floorSql: W5_SQL,
    floorParams: () => [],
  },
];
