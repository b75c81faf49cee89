-- Issue 7 (part b): the responsibilities, reporting rules and task criteria of a plan become
-- editable in order, and a pilot criterion may choose mediation teams instead of communes.

-- Ordered parts -----------------------------------------------------------------------------------
-- Moving a row shifts its neighbours in one UPDATE (position = position + 1 ...). A unique
-- constraint that is not deferrable is checked row by row and refuses such a shift half way;
-- DEFERRABLE INITIALLY IMMEDIATE checks it at the end of the statement, as the shift needs.
alter table responsibility drop constraint responsibility_position_unique,
  add constraint responsibility_position_unique unique (plan_id, position) deferrable initially immediate;
alter table reporting_rule drop constraint reporting_rule_position_unique,
  add constraint reporting_rule_position_unique unique (plan_id, position) deferrable initially immediate;
alter table task_criterion drop constraint task_criterion_position_unique,
  add constraint task_criterion_position_unique unique (task_id, position) deferrable initially immediate;

create index responsibility_plan_idx on responsibility (plan_id, position);
create index reporting_rule_plan_idx on reporting_rule (plan_id, position);

-- Pilot teams ---------------------------------------------------------------------------------------
-- A district's "exemplary mediation team" model chooses teams, not communes. The selection says which
-- (candidate_level); chosen teams are flagged in pilot_team, read like pilot_unit: by the selecting
-- unit's readers and by the team's own commune.
alter table pilot_selection add column candidate_level text not null default 'COMMUNE'
  constraint pilot_selection_candidate_level check (candidate_level in ('COMMUNE', 'TEAM'));
comment on column pilot_selection.candidate_level is 'COMMUNE: the candidates (ranking[].unitId) are communes, chosen ones in pilot_unit; TEAM: they are mediation teams (ranking[].teamId, unitId their commune), chosen ones in pilot_team.';
grant insert (candidate_level) on pilot_selection to hoagiai_app;

create table pilot_team (
  selection_id   integer not null references pilot_selection (id) on delete cascade,
  team_id        integer not null references mediation_team (id),
  unit_id        integer not null references admin_unit (id),
  unit_path      ltree not null,
  province_code  text not null,
  selection_path ltree not null,
  year           integer not null,
  rank           integer not null check (rank > 0),
  primary key (selection_id, team_id),
  constraint pilot_team_within_selection check (unit_path <@ selection_path)
);
comment on table pilot_team is 'A mediation team chosen by a team-level pilot selection (a district''s exemplary-team model): the "pilot" flag of the team. unit_* are the team''s commune in the selection''s year (copied by trigger); selection_path and year are the selection''s.';
create index pilot_team_path_idx on pilot_team using gist (unit_path);
create index pilot_team_selection_path_idx on pilot_team using gist (selection_path);
create index pilot_team_team_idx on pilot_team (team_id);

create function app.pilot_team_check() returns trigger language plpgsql as $$
begin
  select s.unit_path, s.year into new.selection_path, new.year from pilot_selection s where s.id = new.selection_id;
  if new.selection_path is null then
    raise foreign_key_violation using message = 'unknown pilot selection', column = 'selection_id';
  end if;
  -- The team's commune in the selection's year: a team that moved on 1 July 2025 belonged to its
  -- former commune before.
  select u.id, u.path, u.province_code into new.unit_id, new.unit_path, new.province_code
    from mediation_team t
    join admin_unit u on u.id = case when t.moved_on > make_date(new.year, 12, 31) then t.moved_from_unit_id else t.unit_id end
   where t.id = new.team_id;
  if new.unit_id is null then
    raise foreign_key_violation using message = 'unknown mediation team', column = 'team_id';
  end if;
  return new;
end $$;
comment on function app.pilot_team_check is 'Copies the selection''s path and year, and the team''s commune in that year, into a pilot_team row.';
create trigger pilot_team_10_check before insert on pilot_team
  for each row execute function app.pilot_team_check();

grant execute on function app.pilot_team_check() to hoagiai_app;
grant select, insert (selection_id, team_id, rank) on pilot_team to hoagiai_app;

alter table pilot_team enable row level security;
alter table pilot_team force row level security;
create policy pilot_team_read on pilot_team for select
  using (selection_path <@ any (app.read_scope()) or unit_path <@ any (app.read_scope()));
create policy pilot_team_insert on pilot_team for insert with check (selection_path <@ any (app.write_scope()));
comment on policy pilot_team_read on pilot_team is 'The selecting unit''s readers, and the chosen team''s commune and the units above it: a commune sees that its team is a pilot, never the ranking.';
comment on policy pilot_team_insert on pilot_team is 'Written with its selection, inside the write scope.';
