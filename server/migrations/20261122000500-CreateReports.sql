-- The work on the ground, reports (issue 4, item 5): each commune's, district's and province's
-- yearly report, generated from the plans' reporting rules, with its figures kept as a snapshot,
-- corrections with reasons, and the DRAFT → SUBMITTED → APPROVED workflow on record.
--
-- Tenancy: a report is tenant data of the reporting unit (unit_path = the unit's path, by trigger).
-- It is read in the unit's subtree (the unit itself and every unit above it) and written in the
-- write scope. Approving and reopening belong to the level above: the trigger app.report_guard
-- refuses them unless the write scope covers the parent of the report's unit, so a district
-- cannot approve its own report and a commune never approves.

-- The plans migration (issue 3) has landed: training events can now point at the task they
-- implement (the training migration left plan_task_id a bare integer for this migration to key).
do $$
begin
  if not exists (select 1 from pg_constraint where conname = 'training_event_plan_task_fkey') then
    alter table training_event add constraint training_event_plan_task_fkey
      foreign key (plan_task_id) references plan_task (id) on delete set null;
  end if;
end $$;

create type report_status as enum ('DRAFT', 'SUBMITTED', 'APPROVED');
create type report_event_kind as enum ('GENERATED', 'REFRESHED', 'CORRECTED', 'SUBMITTED', 'APPROVED', 'REOPENED');
create type report_basis as enum ('REPORTER_LEVEL', 'PLAN_OWNER', 'CONSOLIDATING');
comment on type report_status is 'DRAFT → SUBMITTED → APPROVED. The level above reopens a SUBMITTED or APPROVED report back to DRAFT, with a reason. APPROVED is locked.';
comment on type report_basis is 'Why a unit owes a report under a rule: REPORTER_LEVEL (its level is named by the rule of a plan above it: the communes of Mỹ Tú), PLAN_OWNER (it owns the plan and reports on it upward), CONSOLIDATING (no rule names it, but rules of plans below it do: it consolidates their reports).';

-- Which rule governs a unit's report of a year ---------------------------------------------------

create function app.report_obligations(unit_ids integer[], report_year integer)
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
                -- a reporter follows the nearest plan above it; a consolidating unit the latest day below it
                case when b.basis = 'REPORTER_LEVEL' then -nlevel(p.unit_path) else 0 end,
                case when b.basis = 'CONSOLIDATING' then -(r.due_month * 100 + r.due_day) else 0 end,
                p.year_from desc, p.id, r.position
       limit 1) r
   where u.id = any (unit_ids)
$$;
comment on function app.report_obligations is 'For each unit and a year: the YEARLY reporting rule that governs its report and the due date it gives (make_date(year, due_month, due_day)). A plan counts for a year when it is not a DRAFT, starts on or before the year (year_from) and has no period end before it. Order of precedence: REPORTER_LEVEL (nearest plan above), PLAN_OWNER, CONSOLIDATING (latest due day among the plans below). Units no rule reaches are absent: they owe no report. Runs as the caller: only rules the caller may read count.';

-- Reports ----------------------------------------------------------------------------------------

create table report (
  id                 serial primary key,
  unit_id            integer not null references admin_unit (id),
  unit_path          ltree not null,
  province_code      text not null,
  year               integer not null check (year between 2000 and 2100),
  reporting_rule_id  integer references reporting_rule (id) on delete set null,
  plan_id            integer references plan (id) on delete set null,
  basis              report_basis not null,
  due_date           date not null,
  due_before         boolean not null,
  status             report_status not null default 'DRAFT',
  figures            jsonb not null check (jsonb_typeof(figures) = 'object'),
  task_progress      jsonb not null default '[]' check (jsonb_typeof(task_progress) = 'array'),
  overrides          jsonb not null default '{}' check (jsonb_typeof(overrides) = 'object'),
  computed_at        timestamptz not null default now(),
  first_submitted_at timestamptz,
  submitted_at       timestamptz,
  submitted_by       integer references app_user (id) on delete set null,
  approved_at        timestamptz,
  approved_by        integer references app_user (id) on delete set null,
  version            integer not null default 1,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  constraint report_unit_year_unique unique (unit_id, year),
  constraint report_submitted_check check (status = 'DRAFT' or (submitted_at is not null and first_submitted_at is not null)),
  constraint report_approved_check check ((status = 'APPROVED') = (approved_at is not null))
);
comment on table report is 'The yearly report (báo cáo kết quả) of a commune, district or province: one per unit and year. figures is the snapshot computed from the data below the unit when the report was generated, refreshed or submitted (never recomputed afterwards); overrides holds the corrected values by field (history in report_correction); task_progress is one text per task of the plan reported on. due_date/due_before come from the governing reporting rule (app.report_obligations).';
comment on column report.figures is 'Counts at the end of the year (31 Dec): teams and mediators in force, teams consolidated (team_review of the year, reviewed and compliant_after), women, ethnic minority, trained, newly elected (elected in the year) and of them trained, secretary-led teams, cases received in the year by their outcome at the year end (case book rows plus paper yearly counts). See server/src/modules/indicators/indicator.repository.ts.';
comment on column report.first_submitted_at is 'The first submission: on time or late is judged on it, so a report the level above reopens for correction does not turn late.';
create index report_path_idx on report using gist (unit_path);
create index report_year_idx on report (year, status);
create index report_province_idx on report (province_code);
create index report_rule_idx on report (reporting_rule_id);
create index report_plan_idx on report (plan_id);
create trigger report_10_unit_path before insert or update of unit_id on report
  for each row execute function app.set_unit_path();

-- The workflow as the last line of defence; the service refuses the same things first, naming the field.
create function app.report_guard() returns trigger language plpgsql as $$
declare
  parent_path ltree := case when nlevel(new.unit_path) > 1 then subpath(new.unit_path, 0, nlevel(new.unit_path) - 1) end;
begin
  if new.unit_id <> old.unit_id or new.year <> old.year then
    raise check_violation using message = 'A report stays with its unit and year', constraint = 'report_identity_fixed';
  end if;
  if old.status = 'APPROVED' and new.status = 'APPROVED' then
    raise check_violation using message = 'An approved report is locked; the level above reopens it', constraint = 'report_locked';
  end if;
  if not ((old.status, new.status) in (('DRAFT', 'DRAFT'), ('DRAFT', 'SUBMITTED'), ('SUBMITTED', 'APPROVED'), ('SUBMITTED', 'DRAFT'), ('APPROVED', 'DRAFT'))) then
    raise check_violation using message = format('A report does not go from %s to %s', old.status, new.status), constraint = 'report_status_transition';
  end if;
  if old.status <> 'DRAFT' and (new.status = 'APPROVED' or new.status = 'DRAFT')
     and not (parent_path is not null and parent_path <@ any (app.write_scope())) then
    raise insufficient_privilege using message = 'Only the level above approves or reopens a report';
  end if;
  return new;
end $$;
comment on function app.report_guard is 'BEFORE UPDATE of report: unit and year fixed; APPROVED locked; only DRAFT→DRAFT, DRAFT→SUBMITTED, SUBMITTED→APPROVED and SUBMITTED/APPROVED→DRAFT (reopen); approve and reopen need a write scope covering the parent of the report''s unit (for a province: the system administrator).';
create trigger report_20_guard before update on report
  for each row execute function app.report_guard();

-- Corrections and the workflow record ------------------------------------------------------------

create table report_correction (
  id            serial primary key,
  report_id     integer not null references report (id) on delete cascade,
  unit_id       integer not null,
  unit_path     ltree not null,
  province_code text not null,
  field         text not null check (field ~ '^[a-zA-Z]{1,40}(\.[0-9]{1,10})?$'),
  computed      jsonb,
  previous      jsonb,
  value         jsonb not null,
  reason        text not null check (length(btrim(reason)) between 5 and 2000),
  corrected_by  integer references app_user (id) on delete set null,
  corrected_at  timestamptz not null default now()
);
comment on table report_correction is 'A figure (or a task''s progress text, field "taskProgress.<taskId>") corrected by hand, with the computed value, the value it replaced, the new value and why. Append-only; only a DRAFT report is corrected.';
create index report_correction_report_idx on report_correction (report_id, id);
create index report_correction_path_idx on report_correction using gist (unit_path);

create table report_event (
  id            serial primary key,
  report_id     integer not null references report (id) on delete cascade,
  unit_id       integer not null,
  unit_path     ltree not null,
  province_code text not null,
  kind          report_event_kind not null,
  at            timestamptz not null default now(),
  user_id       integer references app_user (id) on delete set null,
  reason        text check (length(reason) <= 2000),
  on_time       boolean,
  constraint report_event_reopen_reason check (kind <> 'REOPENED' or length(btrim(reason)) >= 5)
);
comment on table report_event is 'The record of a report''s life: generated, refreshed, corrected, submitted (with on_time against the due date), approved, reopened (with the reason). Append-only.';
create index report_event_report_idx on report_event (report_id, id);
create index report_event_path_idx on report_event using gist (unit_path);

-- Rows of a report take the report's unit and path; the report must be readable to be found, and
-- a correction is refused once the report has left DRAFT.
create function app.set_report_tenant() returns trigger language plpgsql as $$
declare
  report_status report_status;
begin
  select r.unit_id, r.unit_path, r.province_code, r.status into new.unit_id, new.unit_path, new.province_code, report_status
    from report r where r.id = new.report_id;
  if new.unit_path is null then
    raise foreign_key_violation using message = 'unknown report', column = 'report_id';
  end if;
  if tg_table_name = 'report_correction' and report_status <> 'DRAFT' then
    raise check_violation using message = 'Only a draft report is corrected', constraint = 'report_correction_draft_only';
  end if;
  return new;
end $$;
create trigger report_correction_10_tenant before insert on report_correction
  for each row execute function app.set_report_tenant();
create trigger report_event_10_tenant before insert on report_event
  for each row execute function app.set_report_tenant();

-- Grants and row-level security --------------------------------------------------------------------

grant execute on function app.report_obligations(integer[], integer), app.report_guard(), app.set_report_tenant() to hoagiai_app;
grant select on report, report_correction, report_event to hoagiai_app;
grant insert (unit_id, year, reporting_rule_id, plan_id, basis, due_date, due_before, figures, task_progress, computed_at) on report to hoagiai_app;
grant update (reporting_rule_id, plan_id, basis, due_date, due_before, status, figures, task_progress, overrides, computed_at,
              first_submitted_at, submitted_at, submitted_by, approved_at, approved_by, version, updated_at) on report to hoagiai_app;
grant insert (report_id, field, computed, previous, value, reason, corrected_by) on report_correction to hoagiai_app;
grant insert (report_id, kind, user_id, reason, on_time) on report_event to hoagiai_app;
grant usage on sequence report_id_seq, report_correction_id_seq, report_event_id_seq to hoagiai_app;

alter table report enable row level security;
alter table report force row level security;
create policy report_read on report for select using (unit_path <@ any ((select app.read_scope())));
create policy report_insert on report for insert with check (unit_path <@ any ((select app.write_scope())));
create policy report_update on report for update
  using (unit_path <@ any ((select app.write_scope()))) with check (unit_path <@ any ((select app.write_scope())));
comment on policy report_read on report is 'The reporting unit and every unit above it (and analysts granted them); never a sibling, never a unit below (a commune does not read its district''s report).';
comment on policy report_update on report is 'Inside the write scope; app.report_guard adds that approving and reopening need the parent''s scope. No delete: a report is kept.';

alter table report_correction enable row level security;
alter table report_correction force row level security;
create policy report_correction_read on report_correction for select using (unit_path <@ any ((select app.read_scope())));
create policy report_correction_insert on report_correction for insert
  with check (corrected_by = app.user_id() and unit_path <@ any ((select app.write_scope())));
comment on policy report_correction_insert on report_correction is 'Written by the caller who corrects, inside the write scope; never updated or deleted.';

alter table report_event enable row level security;
alter table report_event force row level security;
create policy report_event_read on report_event for select using (unit_path <@ any ((select app.read_scope())));
create policy report_event_insert on report_event for insert
  with check (user_id = app.user_id() and unit_path <@ any ((select app.write_scope())));
comment on policy report_event_insert on report_event is 'Written by the caller who acts, inside the write scope; never updated or deleted.';
