import type { Context } from '../../core/context';
import type { UnitLevel } from '../units/unit.type';
import type { ReportStatus } from '../reports/report.type';
import type { ComplianceCode } from '../workforce/mediation-team.type';

/**
 * The statements of a unit's dashboard. Each answers every unit directly below the dashboard's unit
 * (or its whole subtree) at once, grouped in SQL: the number of statements of a dashboard does not
 * depend on the number of units below it (tests/dashboard). Tenant tables are selected by
 * `unit_id = any(<ids from admin_unit>)` (an index the policies can use, see indicator.repository.ts)
 * and read under the caller's row-level security like everything else.
 */

export type UnitRowSql = {
  id: number; code: string; name: string; type: string; level: UnitLevel; valid_from: string; valid_to: string | null; parent_id: number | null; path: string;
};

/** The unit and the units directly below it that were in force during the year (public reference data). */
export const unitAndChildren = (ctx: Context, unitId: number, year: number) => ctx.tx.query<UnitRowSql>(
  `select u.id, u.code, u.name, u.type, u.level::text as level, u.valid_from::text as valid_from, u.valid_to::text as valid_to, u.parent_id, u.path::text as path
     from admin_unit u
    where u.id = $1
       or (u.parent_id = $1 and u.valid_from <= make_date($2, 12, 31) and (u.valid_to is null or u.valid_to >= make_date($2, 1, 1)))
    order by u.id <> $1, u.code, u.id
    limit 1001`,
  [unitId, year],
);

export type TargetSql = {
  id: number; indicator: string; comparator: string; value: string; per_quantity: number | null; applies: string; year: number | null;
  from_year: number | null; to_year: number | null; implements_target_id: number | null;
  /** The catalogue's word on the indicator: COMPUTED by `measure`, or REPORTED in the reports (in `unit`). */
  measurement: 'COMPUTED' | 'REPORTED'; measure: string | null; unit: string;
};
export type PlanSql = {
  id: number; number: string | null; title: string; unit_id: number; parent_plan_id: number | null; status: string; in_force: boolean; targets: TargetSql[];
};

const TARGETS_JSON = `coalesce((select json_agg(json_build_object('id', t.id, 'indicator', t.indicator, 'comparator', t.comparator, 'value', t.value::text,
         'per_quantity', t.per_quantity, 'applies', t.applies, 'year', t.year, 'from_year', t.from_year, 'to_year', t.to_year,
         'implements_target_id', t.implements_target_id, 'measurement', i.measurement, 'measure', i.measure, 'unit', i.unit) order by t.position, t.id)
    from target t join target_indicator i on i.code = t.indicator where t.plan_id = p.id), '[]'::json) as targets`;

/**
 * Plans of the unit and the units above it in force in the year (not DRAFT), and the plans of the
 * units below it that implement one of those or are themselves in force in the year, with their
 * targets: one statement.
 */
export const plansAround = (ctx: Context, unitPath: string, unitId: number, year: number) => ctx.tx.query<PlanSql>(
  `with up as (
     select p.id from plan p
      where p.unit_id = any (array(select a.id from admin_unit a where a.path @> $1::ltree))
        and p.status <> 'DRAFT' and p.year_from <= $2 and (p.period_to is null or p.period_to >= $2)
   )
   select p.id, p.number, p.title, p.unit_id, p.parent_plan_id, p.status::text as status,
          (p.status <> 'DRAFT' and p.year_from <= $2 and (p.period_to is null or p.period_to >= $2)) as in_force, ${TARGETS_JSON}
     from plan p
    where p.id in (select id from up)
       or (p.unit_id = any (array(select c.id from admin_unit c where c.parent_id = $3))
           and (p.parent_plan_id in (select id from up)
                or (p.status <> 'DRAFT' and p.year_from <= $2 and (p.period_to is null or p.period_to >= $2))))
    order by nlevel(p.unit_path), p.year_from, p.id`,
  [unitPath, year, unitId],
);

export type ObligationSql = {
  unit_id: number; code: string; name: string; level: UnitLevel; parent_id: number | null; path: string; due_date: string; due_before: boolean;
  report_id: number | null; status: ReportStatus | null; first_submitted_at: Date | null; submitted_at: Date | null;
};

/** What every unit of the subtree (the unit included) in force during the year owes, and its report. */
export const obligationsUnder = (ctx: Context, unitPath: string, year: number) => ctx.tx.query<ObligationSql>(
  `select o.unit_id, a.code, a.name, a.level::text as level, a.parent_id, a.path::text as path, o.due_date::text as due_date, o.due_before,
          r.id as report_id, r.status::text as status, r.first_submitted_at, r.submitted_at
     from app.report_obligations(array(
            select u.id from admin_unit u
             where u.path <@ $1::ltree and u.valid_from <= make_date($2, 12, 31) and (u.valid_to is null or u.valid_to >= make_date($2, 1, 1))), $2) o
     join admin_unit a on a.id = o.unit_id
     left join report r on r.unit_id = o.unit_id and r.year = $2
    order by a.path`,
  [unitPath, year],
);

export type ComplianceCountSql = { child_id: number; teams: number; compliant: number };

/** Active teams under each unit directly below, and how many of them meet the law today. */
export const complianceByChild = (ctx: Context, unitId: number) => ctx.tx.query<ComplianceCountSql>(
  `select c.id as child_id, count(*)::int as teams, count(*) filter (where v.compliant)::int as compliant
     from admin_unit c
     join admin_unit u on u.path <@ c.path
     join mediation_team t on t.unit_id = u.id and t.status = 'ACTIVE'
     join mediation_team_compliance v on v.team_id = t.id
    where c.parent_id = $1 and t.unit_id = any (array(select u2.id from admin_unit p join admin_unit u2 on u2.path <@ p.path where p.id = $1))
    group by c.id`,
  [unitId],
);

export type AttentionSql = { team_id: number; name: string; unit_id: number; reasons: ComplianceCode[]; active_mediators: number; total: number };

/** Active teams of the subtree that do not meet the law today: the first 100, and how many there are. */
export const teamsNeedingAttention = (ctx: Context, unitPath: string) => ctx.tx.query<AttentionSql>(
  `select t.id as team_id, t.name, t.unit_id, v.reasons, v.active_mediators, count(*) over ()::int as total
     from mediation_team t
     join mediation_team_compliance v on v.team_id = t.id
    where t.unit_id = any (array(select u.id from admin_unit u where u.path <@ $1::ltree)) and t.status = 'ACTIVE' and not v.compliant
    order by t.name, t.id
    limit 100`,
  [unitPath],
);

export type UntrainedSql = { mediator_id: number; full_name: string; team_id: number; team_name: string; elected_on: string | null; total: number };

/** Active mediators of the subtree not trained yet: the first 200, and how many there are. */
export const untrainedMediators = (ctx: Context, unitPath: string) => ctx.tx.query<UntrainedSql>(
  `select m.id as mediator_id, m.full_name, m.team_id, t.name as team_name, m.elected_on::text as elected_on, count(*) over ()::int as total
     from mediator m
     join mediation_team t on t.id = m.team_id
    where m.unit_id = any (array(select u.id from admin_unit u where u.path <@ $1::ltree)) and m.status = 'ACTIVE' and not m.trained
    order by t.name, m.full_name, m.id
    limit 200`,
  [unitPath],
);

export type PoolFiguresSql = { pool_id: number; unit_id: number; level: 'PROVINCE' | 'DISTRICT'; teams_per_trainer: number; teams: number; actual: number; trained: number; missing: string[] };

/**
 * The trainer pools of the given units in force during the year, with their live figures: the same
 * columns as trainingLoaders.figuresByPool (toShortfall applies Decision 315's ratio to both), but
 * selected by unit, so pools and figures are one statement.
 */
export const poolFiguresOf = (ctx: Context, unitIds: number[], year: number) => ctx.tx.query<PoolFiguresSql>(
  `with pools as (
     select p.id from trainer_pool p
      where p.unit_id = any ($1) and p.period_from <= make_date($2, 12, 31) and (p.period_to is null or p.period_to >= make_date($2, 1, 1))
   )
   select p.id as pool_id, p.unit_id, u.level::text as level, p.teams_per_trainer, c.teams,
          (select count(*)::int from trainer t where t.pool_id = p.id) as actual,
          (select count(*)::int from trainer t where t.pool_id = p.id and t.trained) as trained,
          array(select k::text from unnest(p.required_agency_kinds) k
                 where not exists (select 1 from trainer t where t.pool_id = p.id and t.agency_kind = k)
                 order by k) as missing
     from trainer_pool p
     join admin_unit u on u.id = p.unit_id
     join app.active_teams_under_pools(array(select id from pools)) c on c.pool_id = p.id
    where p.id in (select id from pools)
    order by p.id`,
  [unitIds, year],
);

/** Pilot communes under the unit (of the selections the caller may read), as units. */
export const pilotsUnder = (ctx: Context, unitPath: string) => ctx.tx.query<UnitRowSql>(
  `select u.id, u.code, u.name, u.type, u.level::text as level, u.valid_from::text as valid_from, u.valid_to::text as valid_to, u.parent_id, u.path::text as path
     from admin_unit u
    where u.id in (select p.unit_id from pilot_unit p where p.unit_path <@ $1::ltree)
    order by u.path`,
  [unitPath],
);
