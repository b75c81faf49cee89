-- Today's Vietnam (issue 8): reports and trainer pools in the two-level tree of 1 July 2025.

-- Reports: a unit owes a yearly report only while it exists -------------------------------------------
-- Units abolished on 30 June 2025 owe nothing for 2025 (due 15 November 2025, when their successors
-- report); 2025 communes report to their province, the level above them in the path, which approves.

create or replace function app.report_obligations(unit_ids integer[], report_year integer)
  returns table (unit_id integer, reporting_rule_id integer, plan_id integer, due_date date, due_before boolean, basis report_basis)
  language sql stable as $$
  select u.id, r.id, r.plan_id, make_date(report_year, r.due_month, r.due_day), r.due_before, r.basis
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
         and p.year_from <= report_year
         and (p.period_to is null or p.period_to >= report_year)
       order by b.basis,
                case when b.basis = 'REPORTER_LEVEL' then -nlevel(p.unit_path) else 0 end,
                case when b.basis = 'CONSOLIDATING' then -(r.due_month * 100 + r.due_day) else 0 end,
                p.year_from desc, p.id, r.position
       limit 1) r
   where u.id = any (unit_ids)
     -- The first tree's units existed before its date (2021-11-01 is when the list was taken):
     -- only a unit that succeeded others (the 2025 units) has a known first day.
     and (make_date(report_year, r.due_month, r.due_day) >= u.valid_from
          or not exists (select 1 from unit_succession s where s.successor_id = u.id))
     and (u.valid_to is null or make_date(report_year, r.due_month, r.due_day) <= u.valid_to)
$$;
comment on function app.report_obligations is 'For each unit and a year: the YEARLY reporting rule that governs its report and the due date it gives (make_date(year, due_month, due_day)), for units in force on that day (a unit abolished before the due date owes nothing: its successor reports). A plan counts for a year when it is not a DRAFT, starts on or before the year (year_from) and has no period end before it. Order of precedence: REPORTER_LEVEL (nearest plan above), PLAN_OWNER, CONSOLIDATING (latest due day among the plans below). Units no rule reaches are absent: they owe no report. Runs as the caller: only rules the caller may read count.';

-- Trainer pools: the ratio is data, and pools follow their unit's life ----------------------------------
-- Decision 315/QĐ-TTg asks ≥ 1 district trainer per 80 teams and ≥ 1 provincial trainer per 100.
-- Since 1 July 2025 there are no districts: the ratio is kept on each pool (defaulting by level)
-- so a province may record the one it applies, and no pool starts after its unit ended.

alter table trainer_pool add column teams_per_trainer integer constraint trainer_pool_teams_per_trainer_check check (teams_per_trainer between 1 and 10000);
update trainer_pool p set teams_per_trainer = case when u.level = 'PROVINCE' then 100 else 80 end from admin_unit u where u.id = p.unit_id;
alter table trainer_pool alter column teams_per_trainer set not null;
comment on column trainer_pool.teams_per_trainer is 'At least one trainer of the pool per this many active teams under its unit (Decision 315/QĐ-TTg: 80 for a district pool, 100 for a provincial one; the default by level when not given).';

create function app.trainer_pool_defaults() returns trigger language plpgsql as $$
declare
  unit admin_unit;
begin
  select * into unit from admin_unit u where u.id = new.unit_id;
  if new.teams_per_trainer is null then
    new.teams_per_trainer := case when unit.level = 'PROVINCE' then 100 else 80 end;
  end if;
  if unit.valid_to is not null and new.period_from > unit.valid_to then
    raise check_violation using message = format('%s ended on %s: a pool cannot start after it', unit.name, unit.valid_to), constraint = 'trainer_pool_unit_in_force';
  end if;
  return new;
end $$;
comment on function app.trainer_pool_defaults is 'BEFORE INSERT or UPDATE of a trainer pool: the ratio defaults by the unit''s level; a pool cannot start after its unit was abolished (after the 2025 reform, pools are provincial).';
create trigger trainer_pool_defaults before insert or update of unit_id, period_from, teams_per_trainer on trainer_pool
  for each row execute function app.trainer_pool_defaults();

grant insert (teams_per_trainer), update (teams_per_trainer) on trainer_pool to hoagiai_app;

-- Teams under a pool, on the pool's last day in force: today for a current pool, the end of its
-- period or of its unit otherwise. A team counts under the unit it belonged to that day (moved
-- teams: their former unit before the move), so a 2019–2022 district pool keeps its requirement
-- after the district's teams moved to the 2025 communes.
create or replace function app.active_teams_under_pools(pool_ids integer[]) returns table (pool_id integer, teams integer)
  language sql stable security definer set search_path = public, pg_temp as $$
  select p.id,
         (select count(*)::int from mediation_team t
           where ((t.unit_path <@ p.unit_path and (t.moved_on is null or t.moved_on <= d.day))
                  or (t.moved_from_path <@ p.unit_path and t.moved_on > d.day))
             and (t.established_on is null or t.established_on <= d.day)
             and (t.dissolved_on is null or t.dissolved_on > d.day))
    from trainer_pool p
    join admin_unit u on u.id = p.unit_id
    cross join lateral (select least(current_date, coalesce(p.period_to, current_date), coalesce(u.valid_to, current_date)) as day) d
   where p.id = any (pool_ids)
     and (p.unit_path <@ any (app.read_scope()) or p.unit_path @> any (app.read_scope()))
$$;
comment on function app.active_teams_under_pools is 'Mediation teams in force under each pool''s unit on the pool''s last day in force (today, the end of its period or the end of its unit, whichever comes first), counted under the unit each team belonged to that day; for the pools the caller may read (same rule as trainer_pool_read). SECURITY DEFINER because a commune reading its province''s pool must see the province''s requirement, not the share of teams it may read itself. Returns counts only, never rows.';
