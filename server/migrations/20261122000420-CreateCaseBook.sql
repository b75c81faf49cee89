-- The work on the ground, part 3 (issue 4): the case book (Sổ theo dõi hoạt động hòa giải ở cơ sở)
-- of each team, the parties' personal data kept apart under a stricter policy, and the yearly
-- counts of communes that keep the book on paper.

create type case_category as enum ('LAND', 'MARRIAGE_FAMILY', 'CIVIL', 'NEIGHBOURHOOD', 'OTHER');
create type case_outcome as enum ('SETTLED', 'NOT_SETTLED', 'IN_PROGRESS');

create table mediation_case (
  id            serial primary key,
  team_id       integer not null,
  unit_id       integer not null references admin_unit (id),
  unit_path     ltree not null,
  province_code text not null,
  received_on   date not null,
  category      case_category not null,
  outcome       case_outcome not null default 'IN_PROGRESS',
  closed_on     date,
  synthetic     boolean not null default false,
  version       integer not null default 1,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  constraint mediation_case_team_fkey foreign key (team_id, unit_id) references mediation_team (id, unit_id),
  constraint mediation_case_id_unit_unique unique (id, unit_id),
  constraint mediation_case_id_team_unique unique (id, team_id),
  constraint mediation_case_closed_check check ((outcome = 'IN_PROGRESS') = (closed_on is null)),
  constraint mediation_case_dates_check check (closed_on is null or closed_on >= received_on)
);
comment on table mediation_case is 'One entry of a team''s case book: received on, category, outcome (settled / not settled / in progress) and closing date. Holds no personal data: the parties are in mediation_case_parties. A case counts in the year it was received.';
create index mediation_case_team_idx on mediation_case (team_id, received_on);
create index mediation_case_unit_idx on mediation_case (unit_id, received_on);
create index mediation_case_path_idx on mediation_case using gist (unit_path);
create trigger mediation_case_unit_path before insert or update of unit_id on mediation_case
  for each row execute function app.set_unit_path();

-- Personal data --------------------------------------------------------------------------------------
-- Decision: a separate table with its own, stricter policy rather than a column of mediation_case.
-- Row-level security filters rows, not columns, and a column grant cannot depend on the row's unit;
-- a security-barrier view would leave the base table readable by the role. Keeping the parties in
-- their own table means every query, list, join and aggregate over mediation_case is free of
-- personal data by construction, and the rule below is the only way to them.
-- The rule: only the commune's own staff read or write them, i.e. the caller holds a COMMUNE_STAFF
-- membership of exactly that commune and the request's write scope contains exactly its path.
-- Analysts (no write scope), districts and provinces reading down, a province admin who narrows
-- its scope to the commune (x-unit-id), and the system administrator never see them. Mediation
-- keeps the parties' private information confidential (Law 35/2013 art. 4: "giữ bí mật thông tin
-- đời tư của các bên"); the district needs counts, not names.

create function app.personal_data_scope() returns ltree[] language sql stable parallel safe as $$
  select coalesce(array_agg(m.unit_path), '{}')
    from membership m
   where m.user_id = app.user_id() and m.role = 'COMMUNE_STAFF' and m.unit_path = any (app.write_scope())
$$;
comment on function app.personal_data_scope is 'The communes whose personal data (case parties) the caller may read and write: its own COMMUNE_STAFF memberships that are in the request''s write scope. Reads membership under the caller''s own row-level security (a user sees their memberships).';
grant execute on function app.personal_data_scope() to hoagiai_app;

create table mediation_case_parties (
  case_id       integer primary key,
  unit_id       integer not null references admin_unit (id),
  unit_path     ltree not null,
  province_code text not null,
  parties       text not null check (length(btrim(parties)) between 1 and 2000),
  constraint mediation_case_parties_case_fkey foreign key (case_id, unit_id) references mediation_case (id, unit_id) on delete cascade
);
comment on table mediation_case_parties is 'PERSONAL DATA: the names and addresses of a case''s parties, stored only if entered. Readable and writable only by the commune''s own staff (policy mediation_case_parties_own_commune); never by analysts, higher units or other communes, never in aggregates, never in the audit log.';
create index mediation_case_parties_path_idx on mediation_case_parties using gist (unit_path);
create trigger mediation_case_parties_unit_path before insert or update of unit_id on mediation_case_parties
  for each row execute function app.set_unit_path();

create table case_mediator (
  case_id       integer not null,
  mediator_id   integer not null,
  team_id       integer not null,
  unit_id       integer not null references admin_unit (id),
  unit_path     ltree not null,
  province_code text not null,
  primary key (case_id, mediator_id),
  constraint case_mediator_case_fkey foreign key (case_id, team_id) references mediation_case (id, team_id) on delete cascade,
  constraint case_mediator_mediator_fkey foreign key (mediator_id, team_id) references mediator (id, team_id),
  constraint case_mediator_team_fkey foreign key (team_id, unit_id) references mediation_team (id, unit_id)
);
comment on table case_mediator is 'The mediators who handled a case: members of the case''s team (composite keys).';
create index case_mediator_mediator_idx on case_mediator (mediator_id);
create index case_mediator_team_idx on case_mediator (team_id, unit_id);
create index case_mediator_path_idx on case_mediator using gist (unit_path);
create trigger case_mediator_unit_path before insert or update of unit_id on case_mediator
  for each row execute function app.set_unit_path();

create table case_yearly_count (
  id            serial primary key,
  team_id       integer not null,
  unit_id       integer not null references admin_unit (id),
  unit_path     ltree not null,
  province_code text not null,
  year          integer not null check (year between 2000 and 2100),
  received      integer not null check (received >= 0),
  settled       integer not null check (settled >= 0),
  not_settled   integer not null check (not_settled >= 0),
  in_progress   integer not null check (in_progress >= 0),
  note          text check (length(note) <= 2000),
  synthetic     boolean not null default false,
  version       integer not null default 1,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  constraint case_yearly_count_team_fkey foreign key (team_id, unit_id) references mediation_team (id, unit_id),
  constraint case_yearly_count_team_year_unique unique (team_id, year),
  constraint case_yearly_count_sum_check check (received = settled + not_settled + in_progress)
);
comment on table case_yearly_count is 'Yearly totals of a team whose commune keeps the case book on paper. A team-year has either case rows or a yearly count, never both (service rule), so figures are count(mediation_case) + sum(case_yearly_count).';
create index case_yearly_count_path_idx on case_yearly_count using gist (unit_path);
create index case_yearly_count_year_idx on case_yearly_count (year, unit_id);
create trigger case_yearly_count_unit_path before insert or update of unit_id on case_yearly_count
  for each row execute function app.set_unit_path();

-- Grants and row-level security ------------------------------------------------------------------

grant select, delete on mediation_case, case_yearly_count to hoagiai_app;
grant select, insert, delete on case_mediator to hoagiai_app;
grant select, insert, update, delete on mediation_case_parties to hoagiai_app;
grant insert (team_id, unit_id, received_on, category, outcome, closed_on) on mediation_case to hoagiai_app;
grant update (received_on, category, outcome, closed_on, version, updated_at) on mediation_case to hoagiai_app;
grant insert (team_id, unit_id, year, received, settled, not_settled, in_progress, note) on case_yearly_count to hoagiai_app;
grant update (received, settled, not_settled, in_progress, note, version, updated_at) on case_yearly_count to hoagiai_app;
grant usage on sequence mediation_case_id_seq, case_yearly_count_id_seq to hoagiai_app;

alter table mediation_case enable row level security;
alter table mediation_case force row level security;
create policy mediation_case_read on mediation_case for select using (unit_path <@ any ((select app.read_scope())));
create policy mediation_case_insert on mediation_case for insert with check (unit_path <@ any ((select app.write_scope())));
create policy mediation_case_update on mediation_case for update
  using (unit_path <@ any ((select app.write_scope()))) with check (unit_path <@ any ((select app.write_scope())));
create policy mediation_case_delete on mediation_case for delete using (unit_path <@ any ((select app.write_scope())));
comment on policy mediation_case_read on mediation_case is 'A unit''s subtree only. The rows carry no personal data.';

alter table mediation_case_parties enable row level security;
alter table mediation_case_parties force row level security;
create policy mediation_case_parties_own_commune on mediation_case_parties for all
  using (unit_path = any ((select app.personal_data_scope())::ltree[]))
  with check (unit_path = any ((select app.personal_data_scope())::ltree[]));
comment on policy mediation_case_parties_own_commune on mediation_case_parties is 'Personal data: the commune''s own staff only (see app.personal_data_scope); equality, not <@, so no unit above the commune qualifies.';

alter table case_mediator enable row level security;
alter table case_mediator force row level security;
create policy case_mediator_read on case_mediator for select using (unit_path <@ any ((select app.read_scope())));
create policy case_mediator_insert on case_mediator for insert with check (unit_path <@ any ((select app.write_scope())));
create policy case_mediator_delete on case_mediator for delete using (unit_path <@ any ((select app.write_scope())));
comment on policy case_mediator_read on case_mediator is 'Follows the case.';

alter table case_yearly_count enable row level security;
alter table case_yearly_count force row level security;
create policy case_yearly_count_read on case_yearly_count for select using (unit_path <@ any ((select app.read_scope())));
create policy case_yearly_count_insert on case_yearly_count for insert with check (unit_path <@ any ((select app.write_scope())));
create policy case_yearly_count_update on case_yearly_count for update
  using (unit_path <@ any ((select app.write_scope()))) with check (unit_path <@ any ((select app.write_scope())));
create policy case_yearly_count_delete on case_yearly_count for delete using (unit_path <@ any ((select app.write_scope())));
comment on policy case_yearly_count_read on case_yearly_count is 'A unit''s subtree only.';
