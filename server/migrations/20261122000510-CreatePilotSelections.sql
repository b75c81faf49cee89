-- Pilot direction (chỉ đạo điểm, issue 4 item 8; Bạc Liêu 21/KH-UBND task 4): a unit chooses
-- communes for focused support among candidates ranked by the task's criteria, and the choice is
-- kept as it was made: the criteria and the whole ranking are snapshots, so later data changes
-- re-rank the live candidates but never alter a recorded selection.
--
-- Tenancy: a selection is tenant data of the selecting unit (the province's justice department, or
-- a district for its own communes). Its ranking holds every candidate's figures, so it is read only
-- by the selecting unit's readers (the unit, the units above it, analysts granted it): a district
-- does not see how its neighbours' communes ranked. The chosen communes are flagged through
-- pilot_unit, which the chosen commune and the units above it also read.

create table pilot_selection (
  id            serial primary key,
  unit_id       integer not null references admin_unit (id),
  unit_path     ltree not null,
  province_code text not null,
  plan_task_id  integer not null references plan_task (id) on delete restrict,
  year          integer not null check (year between 2000 and 2100),
  count         integer not null check (count between 1 and 500),
  rationale     text not null check (length(btrim(rationale)) between 10 and 5000),
  priorities    text[] not null,
  criteria      jsonb not null check (jsonb_typeof(criteria) = 'array'),
  ranking       jsonb not null check (jsonb_typeof(ranking) = 'array'),
  chosen_by     integer references app_user (id) on delete set null,
  chosen_by_name text not null,
  chosen_at     timestamptz not null default now(),
  version       integer not null default 1,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now()
);
comment on table pilot_selection is 'A recorded choice of pilot communes for a plan task: the data year ranked, how many were chosen, why (rationale), the task''s criteria as they stood (criteria), the priorities in ranking order, every candidate with its criteria values, rank and whether chosen (ranking), who chose and when. Immutable once recorded (the server role has no UPDATE): a wrong choice is deleted and made again, both audited.';
comment on column pilot_selection.ranking is 'Array of candidates in ranking order: {unitId, code, name, parentName, position, rank, tied, failsMediationCriterion, assessed, settlementRate, casesSettled, casesNotSettled, difficultyScore, difficulties, chosen}.';
create index pilot_selection_path_idx on pilot_selection using gist (unit_path);
create index pilot_selection_task_idx on pilot_selection (plan_task_id, year);
create index pilot_selection_province_idx on pilot_selection (province_code);
create trigger pilot_selection_10_unit_path before insert or update of unit_id on pilot_selection
  for each row execute function app.set_unit_path();

create table pilot_unit (
  selection_id   integer not null references pilot_selection (id) on delete cascade,
  unit_id        integer not null references admin_unit (id),
  unit_path      ltree not null,
  province_code  text not null,
  selection_path ltree not null,
  year           integer not null,
  rank           integer not null check (rank > 0),
  primary key (selection_id, unit_id),
  constraint pilot_unit_within_selection check (unit_path <@ selection_path)
);
comment on table pilot_unit is 'A commune chosen by a pilot selection: the flag "pilot" of a unit and the pilot group of the pilot vs non-pilot comparison. unit_* are the chosen commune''s; selection_path and year are the selection''s (copied by trigger).';
create index pilot_unit_path_idx on pilot_unit using gist (unit_path);
create index pilot_unit_selection_path_idx on pilot_unit using gist (selection_path);
create index pilot_unit_unit_idx on pilot_unit (unit_id);

create function app.pilot_unit_check() returns trigger language plpgsql as $$
begin
  select s.unit_path, s.year into new.selection_path, new.year from pilot_selection s where s.id = new.selection_id;
  if new.selection_path is null then
    raise foreign_key_violation using message = 'unknown pilot selection', column = 'selection_id';
  end if;
  if not exists (select 1 from admin_unit u where u.id = new.unit_id and u.level = 'COMMUNE') then
    raise check_violation using message = 'A pilot unit is a commune', constraint = 'pilot_unit_unit_level';
  end if;
  return new;
end $$;
create trigger pilot_unit_10_unit_path before insert or update of unit_id on pilot_unit
  for each row execute function app.set_unit_path();
create trigger pilot_unit_20_check before insert on pilot_unit
  for each row execute function app.pilot_unit_check();

grant execute on function app.pilot_unit_check() to hoagiai_app;
grant select, delete on pilot_selection to hoagiai_app;
grant insert (unit_id, plan_task_id, year, count, rationale, priorities, criteria, ranking, chosen_by, chosen_by_name) on pilot_selection to hoagiai_app;
grant select, insert (selection_id, unit_id, rank) on pilot_unit to hoagiai_app;
grant usage on sequence pilot_selection_id_seq to hoagiai_app;

alter table pilot_selection enable row level security;
alter table pilot_selection force row level security;
create policy pilot_selection_read on pilot_selection for select using (unit_path <@ any ((select app.read_scope())));
create policy pilot_selection_insert on pilot_selection for insert
  with check (chosen_by = app.user_id() and unit_path <@ any ((select app.write_scope())));
create policy pilot_selection_delete on pilot_selection for delete using (unit_path <@ any ((select app.write_scope())));
comment on policy pilot_selection_read on pilot_selection is 'The selecting unit''s readers only: the ranking compares every candidate commune, which a district or commune below must not see of its neighbours.';

alter table pilot_unit enable row level security;
alter table pilot_unit force row level security;
create policy pilot_unit_read on pilot_unit for select
  using (selection_path <@ any ((select app.read_scope())) or unit_path <@ any ((select app.read_scope())));
create policy pilot_unit_insert on pilot_unit for insert with check (selection_path <@ any ((select app.write_scope())));
comment on policy pilot_unit_read on pilot_unit is 'The selecting unit''s readers, and the chosen commune''s (the commune, its district): a unit sees that it is a pilot, never its neighbours'' ranks.';
