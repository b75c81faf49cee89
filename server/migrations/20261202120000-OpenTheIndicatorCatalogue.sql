-- Issue 7, section 2: the indicators a target measures become data, not an enum only code changes.
--
-- target_indicator keeps its built-in rows and their codes (targets, seeds and reports name them),
-- and gains: an id (the console's record id), the owner (a province, or nobody: national), how the
-- indicator is measured (COMPUTED by one of the built-in measures, or REPORTED: each reporting unit
-- enters the value in its yearly report), a version, and a search column.
--
-- Tenancy: an indicator added by a province admin belongs to the province (owner_path = the
-- province's path); the system admin adds national ones (no owner, owner_path ''). National
-- indicators and those of a unit's ancestors are readable in the unit's subtree (a commune enters
-- its province's REPORTED indicators); another province's are invisible. Writing needs the admin
-- scope (province and system admins), and the built-in rows are read-only for everyone.
--
-- The column is owner_path, not unit_path, on purpose: national rows belong to no tenant, so the
-- table is reference data with owned rows, not a tenant table (tests/foundation/isolation.test.ts
-- holds every tenant table to "nothing under a foreign scope", which national rows must not obey).
-- The service audits its changes (app.audit_event) and refuses targets and report values on an
-- indicator the caller cannot read; the foreign keys keep the codes whole.

create type indicator_measurement as enum ('COMPUTED', 'REPORTED');
comment on type indicator_measurement is 'COMPUTED: by one of the built-in measures from the platform''s rows (measure names it); REPORTED: each reporting unit enters the value (for a percent: numerator and denominator) in its yearly report, summed up the tree.';

-- Amounts in million VND (kinh phí) become a unit of targets; not used in this transaction.
alter type target_unit add value if not exists 'MILLION_VND';

alter table target drop constraint target_indicator_fkey;
alter table target_indicator drop constraint target_indicator_pkey;
alter table target_indicator
  add column id            serial primary key,
  add column unit_id       integer references admin_unit (id),
  add column owner_path    ltree not null default '',
  add column province_code text,
  add column measurement   indicator_measurement not null default 'COMPUTED',
  add column measure       text,
  add column builtin       boolean not null default false,
  add column version       integer not null default 1,
  add column created_at    timestamptz not null default now(),
  add column updated_at    timestamptz not null default now(),
  add column search        text generated always as (app.search_text(code || ' ' || name || ' ' || name_en)) stored;
alter table target_indicator add constraint target_indicator_code_unique unique (code);
alter table target_indicator drop constraint target_indicator_code_check;
alter table target_indicator add constraint target_indicator_code_check check (code ~ '^[A-Z][A-Z0-9_]{1,59}$');
alter table target_indicator add constraint target_indicator_name_check check (length(btrim(name)) between 1 and 300 and length(btrim(name_en)) between 1 and 300);
alter table target_indicator add constraint target_indicator_description_check check (length(description) <= 2000);
alter table target add constraint target_indicator_fkey foreign key (indicator) references target_indicator (code);

-- The built-in rows: national, read-only, measured by themselves. The legal-support share has no
-- rows to compute it from (the platform records no legal professionals' support of teams): it is
-- REPORTED, so it is no longer always null.
update target_indicator set builtin = true, measure = code where code <> 'TEAMS_LEGAL_SUPPORT_SHARE';
update target_indicator set builtin = true, measurement = 'REPORTED', measure = null,
       description = 'Teams supported by legal professionals / all teams, as each reporting unit enters them in its yearly report'
 where code = 'TEAMS_LEGAL_SUPPORT_SHARE';
alter table target_indicator add constraint target_indicator_measure_check check (
  (measurement = 'COMPUTED') = (measure is not null)
  and (measure is null or measure in ('TEAMS_CONSOLIDATED_SHARE', 'SETTLEMENT_RATE', 'SECRETARY_LED_SHARE', 'MEDIATORS_TRAINED_SHARE',
                                      'NEW_MEDIATORS_TRAINED_SHARE', 'TRAINERS_PER_TEAMS', 'TRAINERS_TRAINED_SHARE')));

comment on table target_indicator is 'The indicator catalogue targets choose from: the built-in ones (national, read-only), national ones the system admin adds (unit_id null), and those a province admin adds for its province (readable in the province''s subtree only). COMPUTED by a built-in measure, or REPORTED in the yearly reports. code is the stable key targets and report values reference.';
comment on column target_indicator.owner_path is 'The owning province''s path (copied from unit_id by trigger), '''' for a national indicator. Not unit_path: national rows belong to no tenant.';
comment on column target_indicator.measure is 'For COMPUTED: the built-in measure (target-measure.ts) that computes it.';
create index target_indicator_owner_idx on target_indicator using gist (owner_path);
create index target_indicator_search_idx on target_indicator using gin (search gin_trgm_ops);

create function app.set_indicator_owner() returns trigger language plpgsql as $$
begin
  if new.unit_id is null then
    new.owner_path := '';
    new.province_code := null;
    return new;
  end if;
  select u.path, u.province_code into new.owner_path, new.province_code from admin_unit u where u.id = new.unit_id;
  if new.owner_path is null then
    raise foreign_key_violation using message = 'unknown unit', column = 'unit_id';
  end if;
  return new;
end $$;
comment on function app.set_indicator_owner is 'BEFORE trigger of target_indicator: the owner''s path and province from admin_unit ('''' and null for a national indicator).';
create trigger target_indicator_10_owner before insert or update of unit_id on target_indicator
  for each row execute function app.set_indicator_owner();

grant insert (code, name, name_en, unit, description, unit_id, measurement, measure) on target_indicator to hoagiai_app;
grant update (name, name_en, unit, description, measurement, measure, version, updated_at) on target_indicator to hoagiai_app;
grant delete on target_indicator to hoagiai_app;
grant usage on sequence target_indicator_id_seq to hoagiai_app;
grant execute on function app.set_indicator_owner() to hoagiai_app;

alter table target_indicator enable row level security;
alter table target_indicator force row level security;
create policy target_indicator_read on target_indicator for select
  using (owner_path <@ any (app.read_scope()) or owner_path @> any (app.read_scope()));
create policy target_indicator_insert on target_indicator for insert
  with check (not builtin and owner_path <@ any (app.admin_scope()));
create policy target_indicator_update on target_indicator for update
  using (not builtin and owner_path <@ any (app.admin_scope())) with check (not builtin and owner_path <@ any (app.admin_scope()));
create policy target_indicator_delete on target_indicator for delete
  using (not builtin and owner_path <@ any (app.admin_scope()));
comment on policy target_indicator_read on target_indicator is 'National indicators (owner_path '''' is above every path) and those of the caller''s units, their ancestors and their subtrees; never another province''s.';
comment on policy target_indicator_update on target_indicator is 'Province and system admins (admin scope) change their own indicators; the built-in ones are read-only for everyone.';

-- Values of REPORTED indicators in the yearly reports ------------------------------------------

create table report_indicator_value (
  id            serial primary key,
  report_id     integer not null references report (id) on delete cascade,
  unit_id       integer not null,
  unit_path     ltree not null,
  province_code text not null,
  year          integer not null,
  indicator     text not null references target_indicator (code),
  numerator     numeric(14, 3) not null check (numerator >= 0),
  denominator   numeric(14, 3) check (denominator >= 0),
  version       integer not null default 1,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  constraint report_indicator_value_unique unique (report_id, indicator),
  constraint report_indicator_value_share check (denominator is null or numerator <= denominator)
);
comment on table report_indicator_value is 'The value a reporting unit enters in its yearly report for a REPORTED indicator: its own share only (for a percent, numerator and denominator; otherwise numerator alone). A unit''s actual value is the sum over the reports of the unit and every unit below it, numerators and denominators summed apart. Written only while the report is a DRAFT.';
create index report_indicator_value_path_idx on report_indicator_value using gist (unit_path);
create index report_indicator_value_province_idx on report_indicator_value (province_code);
create index report_indicator_value_lookup_idx on report_indicator_value (indicator, year);

create function app.set_report_value_tenant() returns trigger language plpgsql as $$
declare
  report_status report_status;
begin
  select r.unit_id, r.unit_path, r.province_code, r.year, r.status into new.unit_id, new.unit_path, new.province_code, new.year, report_status
    from report r where r.id = new.report_id;
  if new.unit_path is null then
    raise foreign_key_violation using message = 'unknown report', column = 'report_id';
  end if;
  if report_status <> 'DRAFT' then
    raise check_violation using message = 'Values are entered in a draft report only', constraint = 'report_indicator_value_draft_only';
  end if;
  return new;
end $$;
comment on function app.set_report_value_tenant is 'BEFORE INSERT OR UPDATE of report_indicator_value: the report''s unit, path, province and year (the report must be readable), and only while it is a DRAFT.';
create trigger report_indicator_value_10_tenant before insert or update on report_indicator_value
  for each row execute function app.set_report_value_tenant();

create function app.guard_report_value_delete() returns trigger language plpgsql as $$
begin
  if exists (select from report r where r.id = old.report_id and r.status <> 'DRAFT') then
    raise check_violation using message = 'Values are cleared in a draft report only', constraint = 'report_indicator_value_draft_only';
  end if;
  return old;
end $$;
create trigger report_indicator_value_20_delete before delete on report_indicator_value
  for each row execute function app.guard_report_value_delete();

grant select, delete on report_indicator_value to hoagiai_app;
grant insert (report_id, indicator, numerator, denominator) on report_indicator_value to hoagiai_app;
grant update (numerator, denominator, version, updated_at) on report_indicator_value to hoagiai_app;
grant usage on sequence report_indicator_value_id_seq to hoagiai_app;
grant execute on function app.set_report_value_tenant(), app.guard_report_value_delete() to hoagiai_app;

alter table report_indicator_value enable row level security;
alter table report_indicator_value force row level security;
create policy report_indicator_value_read on report_indicator_value for select using (unit_path <@ any (app.read_scope()));
create policy report_indicator_value_insert on report_indicator_value for insert with check (unit_path <@ any (app.write_scope()));
create policy report_indicator_value_update on report_indicator_value for update
  using (unit_path <@ any (app.write_scope())) with check (unit_path <@ any (app.write_scope()));
create policy report_indicator_value_delete on report_indicator_value for delete using (unit_path <@ any (app.write_scope()));
comment on policy report_indicator_value_read on report_indicator_value is 'Like its report: the reporting unit and every unit above it; never a sibling.';
