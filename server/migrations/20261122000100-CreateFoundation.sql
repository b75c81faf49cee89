-- Foundation: extensions, the tenancy functions every policy uses, administrative units (reference
-- data, shared by every tenant), users and memberships, and the audit log.
--
-- Tenancy in one paragraph: every tenant row carries the ltree path of the unit it belongs to.
-- The server sets three transaction-local settings per request from the verified token:
--   app.scope        the paths the caller may read (a subtree each),
--   app.write_scope  the paths the caller may write,
--   app.admin_scope  the paths where the caller administers users.
-- An empty or missing setting is an empty array and matches nothing. The system administrator's
-- scope is {""}: the empty path is the ancestor of every path.

create extension if not exists ltree;
create extension if not exists pg_trgm;
create extension if not exists unaccent;

create schema app;
grant usage on schema app to hoagiai_app;

create function app.paths_setting(name text) returns ltree[]
  language sql stable parallel safe
  as $$ select coalesce(nullif(current_setting(name, true), '')::ltree[], '{}'::ltree[]) $$;
comment on function app.paths_setting is 'Reads a transaction-local scope setting; empty or unset is an empty array, which matches nothing.';

create function app.read_scope() returns ltree[] language sql stable parallel safe
  as $$ select app.paths_setting('app.scope') $$;
create function app.write_scope() returns ltree[] language sql stable parallel safe
  as $$ select app.paths_setting('app.write_scope') $$;
create function app.admin_scope() returns ltree[] language sql stable parallel safe
  as $$ select app.paths_setting('app.admin_scope') $$;
create function app.user_id() returns integer language sql stable parallel safe
  as $$ select nullif(current_setting('app.user_id', true), '')::integer $$;
create function app.is_system_admin() returns boolean language sql stable parallel safe
  as $$ select ''::ltree = any (app.admin_scope()) $$;

-- unaccent is only STABLE (its dictionary could change); we pin the dictionary, so the wrapper
-- is safe to use in generated columns and indexes.
create function app.search_text(value text) returns text
  language sql immutable parallel safe
  as $$ select lower(public.unaccent('public.unaccent'::regdictionary, coalesce(value, ''))) $$;
comment on function app.search_text is 'Lower-case text without Vietnamese diacritics (đ → d): "Mỹ Tú" → "my tu".';

grant execute on all functions in schema app to hoagiai_app;

-- Administrative units ------------------------------------------------------------------------

create type unit_level as enum ('PROVINCE', 'DISTRICT', 'COMMUNE');

create table admin_unit (
  id            serial primary key,
  code          text not null,
  level         unit_level not null,
  type          text not null,
  name          text not null,
  valid_from    date not null,
  valid_to      date,
  parent_id     integer references admin_unit (id),
  province_code text not null,
  path          ltree not null unique,
  search        text not null,
  unique (code, valid_from),
  check (valid_to is null or valid_to >= valid_from)
);
comment on table admin_unit is 'Official administrative units, versioned by era: codes repeat across eras, (code, valid_from) does not. name/type are the ones in force today; admin_unit_name keeps the history.';
create index admin_unit_parent_idx on admin_unit (parent_id);
create index admin_unit_path_idx on admin_unit using gist (path);
create index admin_unit_search_idx on admin_unit using gin (search gin_trgm_ops);
create index admin_unit_level_idx on admin_unit (level, valid_from);
create index admin_unit_code_idx on admin_unit (code);

create table admin_unit_name (
  unit_id    integer not null references admin_unit (id),
  valid_from date not null,
  name       text not null,
  type       text not null,
  primary key (unit_id, valid_from)
);
comment on table admin_unit_name is 'Name changes in force from a date (e.g. the 2026-04-30 respellings), not new units.';

create type succession_kind as enum ('FULL', 'PARTIAL', 'UNMAPPED');

create table unit_succession (
  id             serial primary key,
  predecessor_id integer not null references admin_unit (id),
  successor_id   integer references admin_unit (id),
  kind           succession_kind not null,
  source         text not null,
  correction_id  integer,
  check ((kind = 'UNMAPPED') = (successor_id is null))
);
create unique index unit_succession_pair_idx on unit_succession (predecessor_id, coalesce(successor_id, 0));
create index unit_succession_successor_idx on unit_succession (successor_id);
comment on table unit_succession is 'Old unit → new unit (merge, split, rename), FULL or PARTIAL; UNMAPPED records a unit the source mapping does not cover, so it is reported, never guessed.';

create table unit_succession_correction (
  id             serial primary key,
  predecessor_id integer not null references admin_unit (id),
  reason         text not null,
  legal_basis    text,
  corrected_by   text not null,
  corrected_at   timestamptz not null default now(),
  before         jsonb not null,
  after          jsonb not null
);
comment on table unit_succession_correction is 'Administrator corrections of the compiled 2025 mapping, kept with what they replaced.';
alter table unit_succession add foreign key (correction_id) references unit_succession_correction (id);

create table reference_load (
  name      text primary key,
  rows      integer not null,
  loaded_at timestamptz not null default now()
);
comment on table reference_load is 'One row per reference data set loaded, so a restart loads nothing twice.';

grant select on admin_unit, admin_unit_name, unit_succession, unit_succession_correction, reference_load to hoagiai_app;
-- Only the system administrator corrects the succession (policies below).
grant insert, update, delete on unit_succession to hoagiai_app;
grant insert on unit_succession_correction to hoagiai_app;
grant usage on sequence unit_succession_id_seq, unit_succession_correction_id_seq to hoagiai_app;

alter table unit_succession enable row level security;
alter table unit_succession force row level security;
create policy unit_succession_read on unit_succession for select using (true);
create policy unit_succession_insert on unit_succession for insert with check (app.is_system_admin());
create policy unit_succession_update on unit_succession for update using (app.is_system_admin());
create policy unit_succession_delete on unit_succession for delete using (app.is_system_admin());
alter table unit_succession_correction enable row level security;
alter table unit_succession_correction force row level security;
create policy unit_succession_correction_read on unit_succession_correction for select using (true);
create policy unit_succession_correction_insert on unit_succession_correction for insert with check (app.is_system_admin());

-- Tenant rows get their unit's path and province from the unit itself, never from the client.
create function app.set_unit_path() returns trigger language plpgsql as $$
begin
  select u.path, u.province_code into new.unit_path, new.province_code
    from admin_unit u where u.id = new.unit_id;
  if new.unit_path is null then
    raise foreign_key_violation using message = 'unknown unit', column = 'unit_id';
  end if;
  return new;
end $$;
comment on function app.set_unit_path is 'BEFORE trigger of every tenant table: copies path and province code from admin_unit; row-level security then checks the copied path.';

-- Users and memberships ------------------------------------------------------------------------

create type member_role as enum ('SYSTEM_ADMIN', 'PROVINCE_ADMIN', 'DISTRICT_STAFF', 'COMMUNE_STAFF', 'ANALYST');

create table app_user (
  id            serial primary key,
  email         text not null unique check (email = lower(email) and email like '%_@_%'),
  full_name     text not null,
  password_hash text not null,
  active        boolean not null default true,
  unit_id       integer references admin_unit (id),
  unit_path     ltree not null,
  province_code text,
  version       integer not null default 1,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now()
);
comment on table app_user is 'A person who signs in. unit_path is the unit that manages the account (the empty path: the system).';
create index app_user_path_idx on app_user using gist (unit_path);

create table membership (
  id            serial primary key,
  user_id       integer not null references app_user (id) on delete cascade,
  role          member_role not null,
  unit_id       integer references admin_unit (id),
  unit_path     ltree not null,
  province_code text,
  version       integer not null default 1,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  check ((role = 'SYSTEM_ADMIN') = (unit_id is null))
);
create unique index membership_unique_idx on membership (user_id, role, coalesce(unit_id, 0));
create index membership_path_idx on membership using gist (unit_path);
create index membership_user_idx on membership (user_id);
comment on table membership is 'Ties a user, a role and a unit; the scope of every request is computed from these.';

-- The same lookup, for rows whose unit is optional (the system administrator has none).
create function app.set_optional_unit_path() returns trigger language plpgsql as $$
begin
  if new.unit_id is null then
    new.unit_path := ''; new.province_code := null;
  else
    select u.path, u.province_code into new.unit_path, new.province_code from admin_unit u where u.id = new.unit_id;
    if new.unit_path is null then
      raise foreign_key_violation using message = 'unknown unit', column = 'unit_id';
    end if;
  end if;
  return new;
end $$;

create trigger app_user_unit_path before insert or update of unit_id on app_user
  for each row execute function app.set_optional_unit_path();
create trigger membership_unit_path before insert or update of unit_id on membership
  for each row execute function app.set_optional_unit_path();

grant select, insert, update, delete on app_user, membership to hoagiai_app;
grant usage on sequence app_user_id_seq, membership_id_seq to hoagiai_app;

alter table app_user enable row level security;
alter table app_user force row level security;
create policy app_user_read on app_user for select
  using (id = app.user_id() or unit_path <@ any ((select app.admin_scope())));
create policy app_user_insert on app_user for insert
  with check (unit_path <@ any ((select app.admin_scope())));
create policy app_user_update on app_user for update
  using (unit_path <@ any ((select app.admin_scope())))
  with check (unit_path <@ any ((select app.admin_scope())));
create policy app_user_delete on app_user for delete
  using (unit_path <@ any ((select app.admin_scope())));
comment on policy app_user_read on app_user is 'A user sees themself; administrators see the accounts their units manage.';

alter table membership enable row level security;
alter table membership force row level security;
create policy membership_read on membership for select
  using (user_id = app.user_id() or unit_path <@ any ((select app.admin_scope())));
create policy membership_insert on membership for insert
  with check (unit_path <@ any ((select app.admin_scope())));
create policy membership_update on membership for update
  using (unit_path <@ any ((select app.admin_scope())))
  with check (unit_path <@ any ((select app.admin_scope())));
create policy membership_delete on membership for delete
  using (unit_path <@ any ((select app.admin_scope())));
comment on policy membership_insert on membership is 'Administrators grant roles only on units inside their own scope; only the system scope ("") can grant SYSTEM_ADMIN.';

-- Sign-in happens before any scope exists, so these two read past row-level security and return
-- only what sign-in needs. They run as the owner (SECURITY DEFINER) with a fixed search_path.
create function app.login_lookup(login_email text)
  returns table (id integer, password_hash text, active boolean)
  language sql stable security definer set search_path = public, pg_temp
  as $$ select u.id, u.password_hash, u.active from app_user u where u.email = lower(login_email) $$;

create function app.memberships_of(member_id integer)
  returns table (id integer, role member_role, unit_id integer, unit_path ltree)
  language sql stable security definer set search_path = public, pg_temp
  as $$ select m.id, m.role, m.unit_id, m.unit_path from membership m
        join app_user u on u.id = m.user_id
        where m.user_id = member_id and u.active $$;
revoke all on function app.login_lookup(text), app.memberships_of(integer) from public;
grant execute on function app.login_lookup(text), app.memberships_of(integer) to hoagiai_app;

-- Audit -----------------------------------------------------------------------------------------

create table audit_log (
  id            bigserial primary key,
  at            timestamptz not null default now(),
  user_id       integer references app_user (id) on delete set null,
  unit_id       integer references admin_unit (id),
  unit_path     ltree not null,
  province_code text,
  entity        text not null,
  entity_id     text not null,
  action        text not null check (action in ('CREATE', 'UPDATE', 'DELETE', 'CORRECT', 'CASCADE', 'TRANSITION')),
  before        jsonb,
  after         jsonb
);
comment on table audit_log is 'Who changed what, where, before and after; written in the same transaction as the change. Append-only for the server.';
create index audit_log_path_idx on audit_log using gist (unit_path);
create index audit_log_entity_idx on audit_log (entity, entity_id);

grant select, insert on audit_log to hoagiai_app;
grant usage on sequence audit_log_id_seq to hoagiai_app;
alter table audit_log enable row level security;
alter table audit_log force row level security;
create policy audit_log_read on audit_log for select
  using (unit_path <@ any ((select app.read_scope())) or unit_path <@ any ((select app.admin_scope())));
create policy audit_log_insert on audit_log for insert
  with check (user_id = app.user_id()
    and (unit_path <@ any ((select app.write_scope())) or unit_path <@ any ((select app.admin_scope()))));
