-- What each unit owes, found from the rules instead of unit by unit. The previous body read every
-- rule the caller may see once per unit (a lateral subquery, its policies checked again each time):
-- the system administrator's 3,355 units of 2026 took 490 ms at national scale, and the 10,000
-- units of 2022 740 ms, for 35 rules (docs/performance.md, twelfth round). Now the rules of the
-- year are read once; each meets the units on its plan's branch of the tree (the plan's unit and
-- those above and below it, from the admin_unit path index) and the first rule by the same
-- precedence governs each unit: 51 and 14 ms. The answers are the same (tests/reports/obligations-grouped.test.ts
-- compares the two bodies on every unit and year, as the owner and under row-level security).

create or replace function app.report_obligations(unit_ids integer[], report_year integer)
  returns table (unit_id integer, reporting_rule_id integer, plan_id integer, due_date date, due_before boolean, basis report_basis)
  language sql stable as $$
  with rules as materialized (
    select r.id, r.plan_id, r.due_month, r.due_day, r.due_before, r.reporter_levels, r.position,
           p.unit_id as plan_unit_id, p.unit_path as plan_path, p.year_from
      from reporting_rule r
      join plan p on p.id = r.plan_id
     where r.frequency = 'YEARLY'
       and p.status <> 'DRAFT'
       and p.year_from <= report_year
       and (p.period_to is null or p.period_to >= report_year)
  ), governing as (
    select distinct on (u.id)
           u.id as unit_id, u.valid_from, u.valid_to, r.id as rule_id, r.plan_id,
           make_date(report_year, r.due_month, r.due_day) as due_date, r.due_before, b.basis
      from rules r
      join admin_unit u on u.path <@ r.plan_path or u.path @> r.plan_path
      cross join lateral (select case
          when r.plan_path @> u.path and r.plan_unit_id <> u.id and u.level = any (r.reporter_levels) then 'REPORTER_LEVEL'::report_basis
          when r.plan_unit_id = u.id then 'PLAN_OWNER'::report_basis
          when r.plan_path <@ u.path and r.plan_unit_id <> u.id then 'CONSOLIDATING'::report_basis
        end as basis) b
     where u.id = any (unit_ids)
       and b.basis is not null
     order by u.id, b.basis,
              case when b.basis = 'REPORTER_LEVEL' then -nlevel(r.plan_path) else 0 end,
              case when b.basis = 'CONSOLIDATING' then -(r.due_month * 100 + r.due_day) else 0 end,
              r.year_from desc, r.plan_id, r.position
  )
  select g.unit_id, g.rule_id, g.plan_id, g.due_date, g.due_before, g.basis
    from governing g
   -- The first tree's units existed before its date (2021-11-01 is when the list was taken):
   -- only a unit that succeeded others (the 2025 units) has a known first day.
   where (g.due_date >= g.valid_from or not exists (select 1 from unit_succession s where s.successor_id = g.unit_id))
     and (g.valid_to is null or g.due_date <= g.valid_to)
$$;
comment on function app.report_obligations is 'For each unit and a year: the YEARLY reporting rule that governs its report and the due date it gives (make_date(year, due_month, due_day)), for units in force on that day (a unit abolished before the due date owes nothing: its successor reports). A plan counts for a year when it is not a DRAFT, starts on or before the year (year_from) and has no period end before it. Order of precedence: REPORTER_LEVEL (nearest plan above), PLAN_OWNER, CONSOLIDATING (latest due day among the plans below). Units no rule reaches are absent: they owe no report. Runs as the caller: only rules the caller may read count. The rules of the year are read once and meet the units on their plan''s branch of the tree.';
