-- The work on the ground, part 2 (issue 4): trainer pools (tập huấn viên) of provinces and
-- districts, training events, who taught them and who attended. A mediator's (and a trainer's)
-- trained status follows from attendance, maintained by triggers in the writing transaction.

create type training_audience as enum ('MEDIATORS', 'TRAINERS', 'COMMUNE_JUSTICE_OFFICERS');

-- Trainer pools and trainers -----------------------------------------------------------------------

create table trainer_pool (
  id                    serial primary key,
  unit_id               integer not null references admin_unit (id),
  unit_path             ltree not null,
  province_code         text not null,
  name                  text not null check (length(btrim(name)) between 1 and 300),
  period_from           date not null,
  period_to             date,
  required_agency_kinds agency_kind[] not null default '{}',
  note                  text check (length(note) <= 2000),
  synthetic             boolean not null default false,
  version               integer not null default 1,
  created_at            timestamptz not null default now(),
  updated_at            timestamptz not null default now(),
  constraint trainer_pool_period_check check (period_to is null or period_to >= period_from),
  constraint trainer_pool_id_unit_unique unique (id, unit_id),
  -- One pool per unit at a time: same path (= same unit) and overlapping periods are refused.
  constraint trainer_pool_no_overlap exclude using gist (unit_path with =, daterange(period_from, period_to, '[]') with &&)
);
comment on table trainer_pool is 'The trainers of a province or district for a period. required_agency_kinds is the composition rule as data: the kinds of agency that must be represented among its trainers (Bạc Liêu 2022 task 3; e.g. justice, Fatherland Front, court, procuracy, police, bar). The required size follows Decision 315/QĐ-TTg from live team counts (see app.active_teams_under_pools).';
create index trainer_pool_path_idx on trainer_pool using gist (unit_path);
create index trainer_pool_unit_idx on trainer_pool (unit_id);
create trigger trainer_pool_level before insert or update of unit_id on trainer_pool
  for each row execute function app.require_unit_level('PROVINCE', 'DISTRICT');
create trigger trainer_pool_unit_path before insert or update of unit_id on trainer_pool
  for each row execute function app.set_unit_path();

create table trainer (
  id                   serial primary key,
  pool_id              integer not null,
  unit_id              integer not null references admin_unit (id),
  unit_path            ltree not null,
  province_code        text not null,
  full_name            text not null check (length(btrim(full_name)) between 1 and 200),
  gender               gender not null,
  agency_id            integer references agency (id),
  agency_kind          agency_kind not null,
  position             text check (length(position) <= 300),
  expertise            text check (length(expertise) <= 1000),
  trained_elsewhere_on date,
  trained              boolean not null default false,
  trained_on           date,
  search               text generated always as (app.search_text(full_name)) stored,
  synthetic            boolean not null default false,
  version              integer not null default 1,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now(),
  constraint trainer_pool_fkey foreign key (pool_id, unit_id) references trainer_pool (id, unit_id),
  constraint trainer_trained_check check (trained = (trained_on is not null))
);
comment on table trainer is 'A member of a trainer pool. agency_kind is kept even when the agency is not registered (a lawyer of the bar); agency_id, when set, names the office. trained_elsewhere_on records training outside the platform''s events (e.g. by the Ministry of Justice); trained/trained_on are derived from it and from attendance of TRAINERS events.';
create index trainer_pool_idx on trainer (pool_id, agency_kind);
create index trainer_agency_idx on trainer (agency_id);
create index trainer_path_idx on trainer using gist (unit_path);
create index trainer_search_idx on trainer using gin (search gin_trgm_ops);
create trigger trainer_unit_path before insert or update of unit_id on trainer
  for each row execute function app.set_unit_path();

-- Training events ------------------------------------------------------------------------------

create table training_event (
  id            serial primary key,
  unit_id       integer not null references admin_unit (id),
  unit_path     ltree not null,
  province_code text not null,
  title         text not null check (length(btrim(title)) between 1 and 300),
  starts_on     date not null,
  ends_on       date not null,
  audience      training_audience not null,
  location      text check (length(location) <= 300),
  cost          numeric(12, 3) not null default 0 check (cost >= 0),
  participants  integer check (participants >= 0),
  -- The plan task the event implements. The foreign key to plan_task is added by the reports
  -- migration once the plans migration (issue 3) has landed; until then it is a bare integer.
  plan_task_id  integer,
  search        text generated always as (app.search_text(title)) stored,
  synthetic     boolean not null default false,
  version       integer not null default 1,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  constraint training_event_dates_check check (ends_on >= starts_on)
);
comment on table training_event is 'A training (tập huấn) organised by a unit for mediators, trainers or commune justice officers; cost in million VND. participants is a head count for audiences whose attendees are not listed one by one.';
create index training_event_path_idx on training_event using gist (unit_path);
create index training_event_unit_idx on training_event (unit_id, starts_on);
create index training_event_starts_idx on training_event (starts_on);
create index training_event_plan_task_idx on training_event (plan_task_id);
create index training_event_search_idx on training_event using gin (search gin_trgm_ops);
create trigger training_event_unit_path before insert or update of unit_id on training_event
  for each row execute function app.set_unit_path();

-- Who taught: the row belongs to the event's unit; the trainer may come from a pool above it (a
-- provincial trainer teaching a district course) or below it.
create table training_trainer (
  event_id      integer not null references training_event (id) on delete cascade,
  trainer_id    integer not null references trainer (id) on delete cascade,
  unit_id       integer not null references admin_unit (id),
  unit_path     ltree not null,
  province_code text not null,
  primary key (event_id, trainer_id)
);
comment on table training_trainer is 'The trainers who taught an event. unit_* are the event''s.';
create index training_trainer_trainer_idx on training_trainer (trainer_id);
create index training_trainer_path_idx on training_trainer using gist (unit_path);

-- Who attended: the row belongs to the attendee's unit, so a commune reads its own mediators'
-- attendance of a district course, and a district reads its communes' attendance of a provincial one.
create table training_attendance (
  id            serial primary key,
  event_id      integer not null references training_event (id) on delete cascade,
  mediator_id   integer references mediator (id) on delete cascade,
  trainer_id    integer references trainer (id) on delete cascade,
  unit_id       integer not null references admin_unit (id),
  unit_path     ltree not null,
  province_code text not null,
  synthetic     boolean not null default false,
  constraint training_attendance_one_attendee check (num_nonnulls(mediator_id, trainer_id) = 1),
  constraint training_attendance_mediator_unique unique (event_id, mediator_id),
  constraint training_attendance_trainer_unique unique (event_id, trainer_id)
);
comment on table training_attendance is 'One attendee (a mediator or a trainer) of an event; unit_* are the attendee''s. Rows are inserted and deleted, never updated: the trained status triggers rely on it.';
create index training_attendance_mediator_idx on training_attendance (mediator_id);
create index training_attendance_trainer_idx on training_attendance (trainer_id);
create index training_attendance_path_idx on training_attendance using gist (unit_path);

-- The event's unit and path on "who taught"; the trainer must be visible to the writer and from a
-- pool on the same branch of the tree as the event.
create function app.training_trainer_check() returns trigger language plpgsql as $$
declare
  event_path ltree;
  trainer_path ltree;
begin
  select e.unit_id, e.unit_path, e.province_code, e.unit_path into new.unit_id, new.unit_path, new.province_code, event_path
    from training_event e where e.id = new.event_id;
  if event_path is null then
    raise foreign_key_violation using message = 'unknown training event', constraint = 'training_trainer_event_id_fkey';
  end if;
  select t.unit_path into trainer_path from trainer t where t.id = new.trainer_id;
  if trainer_path is null then
    raise foreign_key_violation using message = 'unknown trainer', constraint = 'training_trainer_trainer_id_fkey';
  end if;
  if not (trainer_path <@ event_path or trainer_path @> event_path) then
    raise check_violation using message = 'the trainer''s pool is not above or below the event''s unit', constraint = 'training_trainer_branch_check';
  end if;
  return new;
end $$;
create trigger training_trainer_check before insert or update on training_trainer
  for each row execute function app.training_trainer_check();

-- The attendee's unit and path on attendance; the audience must match (mediators attend MEDIATORS
-- courses, trainers TRAINERS courses) and the attendee must be at or below the event's unit.
create function app.training_attendance_check() returns trigger language plpgsql as $$
declare
  event_path ltree;
  event_audience training_audience;
begin
  select e.unit_path, e.audience into event_path, event_audience from training_event e where e.id = new.event_id;
  if event_path is null then
    raise foreign_key_violation using message = 'unknown training event', constraint = 'training_attendance_event_id_fkey';
  end if;
  if new.mediator_id is not null then
    if event_audience <> 'MEDIATORS' then
      raise check_violation using message = 'only a MEDIATORS event lists mediators as attendees', constraint = 'training_attendance_audience_check';
    end if;
    select m.unit_id, m.unit_path, m.province_code into new.unit_id, new.unit_path, new.province_code from mediator m where m.id = new.mediator_id;
  else
    if event_audience <> 'TRAINERS' then
      raise check_violation using message = 'only a TRAINERS event lists trainers as attendees', constraint = 'training_attendance_audience_check';
    end if;
    select t.unit_id, t.unit_path, t.province_code into new.unit_id, new.unit_path, new.province_code from trainer t where t.id = new.trainer_id;
  end if;
  if new.unit_path is null then
    raise foreign_key_violation using message = 'unknown attendee', constraint = 'training_attendance_attendee_fkey';
  end if;
  if not new.unit_path <@ event_path then
    raise check_violation using message = 'the attendee is not at or below the event''s unit', constraint = 'training_attendance_subtree_check';
  end if;
  return new;
end $$;
create trigger training_attendance_check before insert or update on training_attendance
  for each row execute function app.training_attendance_check();

-- Trained status ------------------------------------------------------------------------------------
-- SECURITY DEFINER: the status must count every attendance of the person, including events the
-- writer cannot read (a district removing its course must not forget the province's course). The
-- functions only recompute two derived columns of the given rows from the source of truth, so they
-- reveal and change nothing else. They run as the owner, who bypasses row-level security.

create function app.refresh_mediator_training(ids integer[]) returns void
  language sql security definer set search_path = public, pg_temp as $$
  update mediator m set trained = s.first_on is not null, trained_on = s.first_on
    from (select i.id, (select min(e.ends_on) from training_attendance a join training_event e on e.id = a.event_id
                         where a.mediator_id = i.id) as first_on
            from unnest(ids) as i (id)) s
   where m.id = s.id and m.trained_on is distinct from s.first_on
$$;
comment on function app.refresh_mediator_training is 'Recomputes mediator.trained/trained_on (first attended event''s end date) for the given mediators.';

create function app.refresh_trainer_training(ids integer[]) returns void
  language sql security definer set search_path = public, pg_temp as $$
  update trainer t set trained = s.first_on is not null, trained_on = s.first_on
    from (select i.id, least(t2.trained_elsewhere_on,
                             (select min(e.ends_on) from training_attendance a join training_event e on e.id = a.event_id
                               where a.trainer_id = i.id)) as first_on
            from unnest(ids) as i (id) join trainer t2 on t2.id = i.id) s
   where t.id = s.id and t.trained_on is distinct from s.first_on
$$;
comment on function app.refresh_trainer_training is 'Recomputes trainer.trained/trained_on from trained_elsewhere_on and attended TRAINERS events.';

create function app.training_attendance_changed() returns trigger
  language plpgsql security definer set search_path = public, pg_temp as $$
declare
  mediators integer[] := array(select distinct mediator_id from changed_rows where mediator_id is not null);
  trainers integer[] := array(select distinct trainer_id from changed_rows where trainer_id is not null);
begin
  if cardinality(mediators) > 0 then perform app.refresh_mediator_training(mediators); end if;
  if cardinality(trainers) > 0 then perform app.refresh_trainer_training(trainers); end if;
  return null;
end $$;
create trigger training_attendance_added after insert on training_attendance
  referencing new table as changed_rows for each statement execute function app.training_attendance_changed();
create trigger training_attendance_removed after delete on training_attendance
  referencing old table as changed_rows for each statement execute function app.training_attendance_changed();

-- Moving an event's end date moves its attendees' trained_on. Statement triggers fire even for
-- updates of no rows, so each function acts only on rows whose date really changed (no recursion).
create function app.training_event_dates_changed() returns trigger
  language plpgsql security definer set search_path = public, pg_temp as $$
declare
  moved integer[] := array(select n.id from new_rows n join old_rows o on o.id = n.id where n.ends_on is distinct from o.ends_on);
begin
  if cardinality(moved) > 0 then
    perform app.refresh_mediator_training(array(select distinct a.mediator_id from training_attendance a
                                                 where a.event_id = any (moved) and a.mediator_id is not null));
    perform app.refresh_trainer_training(array(select distinct a.trainer_id from training_attendance a
                                                where a.event_id = any (moved) and a.trainer_id is not null));
  end if;
  return null;
end $$;
create trigger training_event_dates_changed after update on training_event
  referencing old table as old_rows new table as new_rows for each statement execute function app.training_event_dates_changed();

-- A trainer's own training outside the platform counts too.
create function app.trainer_trained_elsewhere() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    new.trained_on := new.trained_elsewhere_on;
    new.trained := new.trained_on is not null;
  end if;
  return new;
end $$;
create trigger trainer_trained_elsewhere before insert on trainer
  for each row execute function app.trainer_trained_elsewhere();
create function app.trainer_trained_elsewhere_changed() returns trigger
  language plpgsql security definer set search_path = public, pg_temp as $$
declare
  changed integer[] := array(select n.id from new_rows n join old_rows o on o.id = n.id
                              where n.trained_elsewhere_on is distinct from o.trained_elsewhere_on);
begin
  if cardinality(changed) > 0 then
    perform app.refresh_trainer_training(changed);
  end if;
  return null;
end $$;
create trigger trainer_trained_elsewhere_changed after update on trainer
  referencing old table as old_rows new table as new_rows for each statement execute function app.trainer_trained_elsewhere_changed();

-- Live team counts under pools, for Decision 315's ratios ---------------------------------------------

create function app.active_teams_under_pools(pool_ids integer[]) returns table (pool_id integer, teams integer)
  language sql stable security definer set search_path = public, pg_temp as $$
  select p.id, (select count(*)::int from mediation_team t where t.unit_path <@ p.unit_path and t.status = 'ACTIVE')
    from trainer_pool p
   where p.id = any (pool_ids)
     and (p.unit_path <@ any (app.read_scope()) or p.unit_path @> any (app.read_scope()))
$$;
comment on function app.active_teams_under_pools is 'Active mediation teams under each pool''s unit, for the pools the caller may read (same rule as trainer_pool_read). SECURITY DEFINER because a commune reading its district''s pool must see the district''s requirement, not the share of teams it may read itself. Returns counts only, never rows.';

-- Grants and row-level security ------------------------------------------------------------------

revoke all on function app.refresh_mediator_training(integer[]), app.refresh_trainer_training(integer[]),
  app.active_teams_under_pools(integer[]) from public;
grant execute on function app.active_teams_under_pools(integer[]) to hoagiai_app;
grant execute on function app.training_trainer_check(), app.training_attendance_check(), app.trainer_trained_elsewhere() to hoagiai_app;

grant select, delete on trainer_pool, trainer, training_event to hoagiai_app;
grant select, insert, delete on training_trainer to hoagiai_app;
grant select, delete on training_attendance to hoagiai_app;
grant insert (event_id, mediator_id, trainer_id) on training_attendance to hoagiai_app;
grant insert (unit_id, name, period_from, period_to, required_agency_kinds, note) on trainer_pool to hoagiai_app;
grant update (name, period_from, period_to, required_agency_kinds, note, version, updated_at) on trainer_pool to hoagiai_app;
grant insert (pool_id, unit_id, full_name, gender, agency_id, agency_kind, position, expertise, trained_elsewhere_on) on trainer to hoagiai_app;
grant update (full_name, gender, agency_id, agency_kind, position, expertise, trained_elsewhere_on, version, updated_at) on trainer to hoagiai_app;
grant insert (unit_id, title, starts_on, ends_on, audience, location, cost, participants, plan_task_id) on training_event to hoagiai_app;
grant update (title, starts_on, ends_on, audience, location, cost, participants, plan_task_id, version, updated_at) on training_event to hoagiai_app;
grant usage on sequence trainer_pool_id_seq, trainer_id_seq, training_event_id_seq, training_attendance_id_seq to hoagiai_app;

-- Pools, trainers and events are read down the tree as well as up: a district picks provincial
-- trainers for its course, a commune sees the district course its mediators attended.
alter table trainer_pool enable row level security;
alter table trainer_pool force row level security;
create policy trainer_pool_read on trainer_pool for select
  using (unit_path <@ any ((select app.read_scope())) or unit_path @> any ((select app.read_scope())));
create policy trainer_pool_insert on trainer_pool for insert with check (unit_path <@ any ((select app.write_scope())));
create policy trainer_pool_update on trainer_pool for update
  using (unit_path <@ any ((select app.write_scope()))) with check (unit_path <@ any ((select app.write_scope())));
create policy trainer_pool_delete on trainer_pool for delete using (unit_path <@ any ((select app.write_scope())));
comment on policy trainer_pool_read on trainer_pool is 'A unit''s subtree, plus the pools of its ancestors (their trainers teach below them); never a sibling''s.';

alter table trainer enable row level security;
alter table trainer force row level security;
create policy trainer_read on trainer for select
  using (unit_path <@ any ((select app.read_scope())) or unit_path @> any ((select app.read_scope())));
create policy trainer_insert on trainer for insert with check (unit_path <@ any ((select app.write_scope())));
create policy trainer_update on trainer for update
  using (unit_path <@ any ((select app.write_scope()))) with check (unit_path <@ any ((select app.write_scope())));
create policy trainer_delete on trainer for delete using (unit_path <@ any ((select app.write_scope())));
comment on policy trainer_read on trainer is 'As trainer_pool_read: the subtree and the ancestors'' pools.';

alter table training_event enable row level security;
alter table training_event force row level security;
create policy training_event_read on training_event for select
  using (unit_path <@ any ((select app.read_scope())) or unit_path @> any ((select app.read_scope())));
create policy training_event_insert on training_event for insert with check (unit_path <@ any ((select app.write_scope())));
create policy training_event_update on training_event for update
  using (unit_path <@ any ((select app.write_scope()))) with check (unit_path <@ any ((select app.write_scope())));
create policy training_event_delete on training_event for delete using (unit_path <@ any ((select app.write_scope())));
comment on policy training_event_read on training_event is 'The subtree''s events and the ancestors'' events (courses addressed downward); never a sibling''s.';

alter table training_trainer enable row level security;
alter table training_trainer force row level security;
create policy training_trainer_read on training_trainer for select
  using (unit_path <@ any ((select app.read_scope())) or unit_path @> any ((select app.read_scope())));
create policy training_trainer_insert on training_trainer for insert with check (unit_path <@ any ((select app.write_scope())));
create policy training_trainer_delete on training_trainer for delete using (unit_path <@ any ((select app.write_scope())));
comment on policy training_trainer_read on training_trainer is 'Follows the event.';

alter table training_attendance enable row level security;
alter table training_attendance force row level security;
create policy training_attendance_read on training_attendance for select using (unit_path <@ any ((select app.read_scope())));
create policy training_attendance_insert on training_attendance for insert
  with check (unit_path <@ any ((select app.write_scope()))
    and exists (select 1 from training_event e where e.id = event_id and e.unit_path <@ any ((select app.write_scope()))));
create policy training_attendance_delete on training_attendance for delete
  using (unit_path <@ any ((select app.write_scope()))
    and exists (select 1 from training_event e where e.id = event_id and e.unit_path <@ any ((select app.write_scope()))));
comment on policy training_attendance_insert on training_attendance is 'Only the organiser of the event (write scope over the event) lists attendees, and only attendees it may write: a commune cannot mark its mediators as having attended the district''s course.';
