-- Today's Vietnam (issue 8): the work on the ground crosses the reform of 1 July 2025 as data.
-- See docs/two-level-government.md. What lives on (a hamlet, its teams, their mediators) moves to
-- the new commune as a dated record; what happened (cases, counts, reviews, trainings ...) stays
-- with the unit it was made under. This migration adds the columns and tables; the functions that
-- move hamlets follow in 20261201400100-MoveHamletFunctions.sql.

-- Where a moved row was before ----------------------------------------------------------------------
-- One reform, one move: a hamlet moves at most once (hamlet_move is unique per hamlet), so the
-- former unit and the move date fit in three columns. They let the readers of the former unit
-- keep reading the row (policy <table>_read_former) and let a count at a date put the row under
-- the unit it belonged to then (indicators, trainer pools).

do $$
declare
  t text;
begin
  foreach t in array array['hamlet', 'mediation_team', 'mediator'] loop
    execute format('alter table %I add column moved_from_unit_id integer, add column moved_from_path ltree, add column moved_on date', t);
    execute format('alter table %I add constraint %I check ((moved_on is null) = (moved_from_unit_id is null) and (moved_on is null) = (moved_from_path is null))', t, t || '_moved_check');
    execute format('create index %I on %I using gist (moved_from_path) where moved_from_path is not null', t || '_moved_from_path_idx', t);
    execute format('comment on column %I.moved_from_unit_id is %L', t,
      'The unit the row belonged to before it moved with its hamlet at the 2025 reform (hamlet_move); null if it never moved. Written only by app.move_hamlets.');
    execute format('comment on column %I.moved_on is %L', t, 'The day the row passed to its current unit (2025-07-01 for the reform); before it, it belonged to moved_from_unit_id.');
    execute format('create policy %I on %I for select using (moved_from_path <@ any (app.read_scope()))', t || '_read_former', t);
    execute format('comment on policy %I on %I is %L', t || '_read_former', t,
      'Read only: the readers of the unit a row left at the reform keep reading it (their history); they never write it, and rows made after the move are not theirs.');
  end loop;
end $$;
-- The hamlet names the unit it left; its teams and mediators moved with it (PERF: no key check per
-- mediator when ~10,000 of them move in one statement).
alter table hamlet add constraint hamlet_moved_from_unit_id_fkey foreign key (moved_from_unit_id) references admin_unit (id);

-- The server's role writes the hamlet's own columns only; the move columns and unit_id belong to
-- app.move_hamlets (the other two tables already grant column lists).
revoke insert, update on hamlet from hoagiai_app;
grant insert (unit_id, name, kind) on hamlet to hoagiai_app;
grant update (name, kind, version, updated_at) on hamlet to hoagiai_app;

-- Hamlets of several old communes meet in one new commune, and "Ấp 1" may come from two of them:
-- a name is unique among the hamlets of a commune that came from the same place.
alter table hamlet drop constraint hamlet_name_unique;
create unique index hamlet_name_unique on hamlet (unit_id, coalesce(moved_from_unit_id, 0), name);
comment on index hamlet_name_unique is 'A hamlet name is unique within a commune among the hamlets of the same origin (moved hamlets keep their names; two "Ấp 1" of two merged communes may coexist).';

-- The units a team has belonged to ------------------------------------------------------------------
-- A team's records keep the unit they were made under, so after a move its records name two
-- units. The composite foreign keys (team_id, unit_id) of its records, which prove a record and its
-- team agree (foreign-key checks bypass row-level security), now point at this table: every
-- (team, unit) pair the team has had. Maintained by triggers on mediation_team, never by clients.

create table mediation_team_tenure (
  team_id       integer not null references mediation_team (id) on delete cascade,
  unit_id       integer not null references admin_unit (id),
  unit_path     ltree not null,
  province_code text not null,
  primary key (team_id, unit_id)
);
comment on table mediation_team_tenure is 'Every unit a mediation team has belonged to (its commune, then the commune it moved to at the 2025 reform): the target of the composite foreign keys (team_id, unit_id) of its cases, counts, reviews and case mediators, so records made under the former commune stay valid after the team moves. Written by triggers only.';
create index mediation_team_tenure_path_idx on mediation_team_tenure using gist (unit_path);
create index mediation_team_tenure_unit_idx on mediation_team_tenure (unit_id);
create trigger mediation_team_tenure_unit_path before insert or update of unit_id on mediation_team_tenure
  for each row execute function app.set_unit_path();

insert into mediation_team_tenure (team_id, unit_id) select id, unit_id from mediation_team;

create function app.record_team_tenure() returns trigger
  language plpgsql security definer set search_path = public, pg_temp as $$
begin
  insert into mediation_team_tenure (team_id, unit_id) values (new.id, new.unit_id) on conflict do nothing;
  return null;
end $$;
comment on function app.record_team_tenure is 'AFTER INSERT or UPDATE OF unit_id on mediation_team: adds the (team, unit) pair to mediation_team_tenure. SECURITY DEFINER: the tenure table is written by nobody else.';
revoke all on function app.record_team_tenure() from public;
create trigger mediation_team_tenure after insert or update of unit_id on mediation_team
  for each row execute function app.record_team_tenure();

alter table mediation_case drop constraint mediation_case_team_fkey,
  add constraint mediation_case_team_fkey foreign key (team_id, unit_id) references mediation_team_tenure (team_id, unit_id);
alter table case_yearly_count drop constraint case_yearly_count_team_fkey,
  add constraint case_yearly_count_team_fkey foreign key (team_id, unit_id) references mediation_team_tenure (team_id, unit_id);
alter table team_review drop constraint team_review_team_fkey,
  add constraint team_review_team_fkey foreign key (team_id, unit_id) references mediation_team_tenure (team_id, unit_id) on delete cascade;
alter table case_mediator drop constraint case_mediator_team_fkey,
  add constraint case_mediator_team_fkey foreign key (team_id, unit_id) references mediation_team_tenure (team_id, unit_id);

grant select on mediation_team_tenure to hoagiai_app;
alter table mediation_team_tenure enable row level security;
alter table mediation_team_tenure force row level security;
create policy mediation_team_tenure_read on mediation_team_tenure for select using (unit_path <@ any (app.read_scope()));
comment on policy mediation_team_tenure_read on mediation_team_tenure is 'The readers of the unit: a commune sees which teams were ever its own, never a sibling''s.';

-- The dated record of a move ------------------------------------------------------------------------

create type hamlet_move_basis as enum ('FULL_MAPPING', 'ASSIGNED', 'GENERATED');
comment on type hamlet_move_basis is 'Why a hamlet moved where it did: FULL_MAPPING (its old commune went wholly into the new one; moved automatically), ASSIGNED (the old commune was split or is missing from the mapping and the admin of the new province chose), GENERATED (the synthetic demo generator chose, for a split commune).';

create table hamlet_move (
  id               serial primary key,
  hamlet_id        integer not null,
  unit_id          integer not null references admin_unit (id),
  unit_path        ltree not null,
  province_code    text not null,
  from_unit_id     integer not null references admin_unit (id),
  from_path        ltree not null,
  moved_on         date not null,
  basis            hamlet_move_basis not null,
  succession_kind  succession_kind not null,
  teams            integer not null default 0 check (teams >= 0),
  mediators        integer not null default 0 check (mediators >= 0),
  note             text check (length(note) <= 2000),
  moved_by         integer references app_user (id) on delete set null,
  version          integer not null default 1,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  constraint hamlet_move_hamlet_fkey foreign key (hamlet_id, unit_id) references hamlet (id, unit_id) on delete cascade,
  constraint hamlet_move_once unique (hamlet_id),
  constraint hamlet_move_elsewhere check (unit_id <> from_unit_id)
);
comment on table hamlet_move is 'A hamlet (with its teams and their mediators) passing from an abolished commune to its 2025 commune on moved_on: the dated record of the reform on the ground. unit_* are the destination''s (by trigger), from_path the origin''s. succession_kind is the old commune''s mapping when the move was made (FULL, PARTIAL or UNMAPPED); teams and mediators how many rows moved with the hamlet. Written only by app.move_hamlets; never updated.';
create index hamlet_move_path_idx on hamlet_move using gist (unit_path);
create index hamlet_move_from_path_idx on hamlet_move using gist (from_path);
create index hamlet_move_from_unit_idx on hamlet_move (from_unit_id);
create index hamlet_move_unit_idx on hamlet_move (unit_id);

create function app.set_hamlet_move_origin() returns trigger language plpgsql as $$
begin
  select u.path into new.from_path from admin_unit u where u.id = new.from_unit_id;
  if new.from_path is null then
    raise foreign_key_violation using message = 'unknown unit', column = 'from_unit_id';
  end if;
  return new;
end $$;
create trigger hamlet_move_10_unit_path before insert or update of unit_id on hamlet_move
  for each row execute function app.set_unit_path();
create trigger hamlet_move_20_origin before insert or update of from_unit_id on hamlet_move
  for each row execute function app.set_hamlet_move_origin();

grant select on hamlet_move to hoagiai_app;
alter table hamlet_move enable row level security;
alter table hamlet_move force row level security;
create policy hamlet_move_read on hamlet_move for select using (unit_path <@ any (app.read_scope()));
create policy hamlet_move_read_origin on hamlet_move for select using (from_path <@ any (app.read_scope()));
comment on policy hamlet_move_read on hamlet_move is 'The readers of the destination commune (it, its province, analysts granted them).';
comment on policy hamlet_move_read_origin on hamlet_move is 'The readers of the origin: the old commune, district and province see where their hamlets went; a sibling sees nothing.';

-- Records of a team that moved from a split or unmapped commune ------------------------------------
-- The successor of a whole old commune reads its history through the scope (predecessor paths).
-- A commune that received only some hamlets of a split one must read the records of those
-- hamlets' teams and no others: successor_path is set on exactly those records when the hamlet
-- moves, and a permissive policy lets the successor's readers read (never write) them.

do $$
declare
  t text;
begin
  foreach t in array array['mediation_case', 'case_mediator', 'case_yearly_count', 'team_review', 'training_attendance'] loop
    execute format('alter table %I add column successor_path ltree', t);
    execute format('comment on column %I.successor_path is %L', t,
      'The path of the commune that took the record''s team (or mediator) over when its hamlet moved from a split or unmapped commune; its readers read this record, nobody writes it through this. Set only by app.move_hamlets.');
    execute format('create index %I on %I using gist (successor_path) where successor_path is not null', t || '_successor_path_idx', t);
    execute format('create policy %I on %I for select using (successor_path <@ any (app.read_scope()))', t || '_read_successor', t);
    execute format('comment on policy %I on %I is %L', t || '_read_successor', t,
      'Read only: the commune that continues a team moved from a split or unmapped commune reads the team''s earlier records, and only those.');
  end loop;
end $$;

-- An attendance row takes its attendee's unit when it is written. It fired on every update; setting
-- successor_path must not re-run it (the row would take the mediator's new unit: history rewritten).
drop trigger training_attendance_check on training_attendance;
create trigger training_attendance_check before insert or update of event_id, mediator_id, trainer_id on training_attendance
  for each row execute function app.training_attendance_check();

-- case_mediator was granted whole-table INSERT: narrow it so the client never sets successor_path.
revoke insert on case_mediator from hoagiai_app;
grant insert (case_id, mediator_id, team_id, unit_id) on case_mediator to hoagiai_app;
