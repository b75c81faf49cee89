-- The work on the ground, part 1 (issue 4): commune profiles, mediation teams (tổ hòa giải), their
-- mediators (hòa giải viên) and the yearly consolidation review (kiện toàn).
--
-- Conventions of every tenant table of the 0400 series:
--   * unit_id is the commune (or, for trainer pools and events, the unit) the row belongs to;
--     unit_path and province_code are copied from admin_unit by a BEFORE trigger, never sent.
--   * A child row repeats its parent's unit_id, and a composite foreign key (parent_id, unit_id)
--     proves they agree. Foreign key checks bypass row-level security, so a plain key would let a
--     caller point at another tenant's row by id; the composite key cannot be satisfied that way,
--     because the child's own unit_id is checked by the write policy.
--   * Row-level security is enabled and forced; read = the caller's subtrees, write = write scope.
--   * The server's role gets column lists: unit_path, province_code, synthetic and derived columns
--     (trained, trained_on) are never written by it.
--   * synthetic marks rows made by the demo-data generator (server/src/seeds/synthetic).

-- Generated hamlets are marked like every generated row below.
alter table hamlet add column synthetic boolean not null default false;
comment on column hamlet.synthetic is 'Made by the synthetic demo-data generator (server/src/seeds/synthetic), not by a user.';
-- Lets mediation_team reference (hamlet, commune) together; id alone is already unique.
alter table hamlet add constraint hamlet_id_unit_unique unique (id, unit_id);

create function app.require_unit_level() returns trigger language plpgsql as $$
begin
  if not exists (select 1 from admin_unit u where u.id = new.unit_id and u.level::text = any (tg_argv)) then
    raise check_violation using
      message = format('%s belongs to a unit of level %s', tg_table_name, array_to_string(tg_argv, ' or ')),
      constraint = tg_table_name || '_unit_level';
  end if;
  return new;
end $$;
comment on function app.require_unit_level is 'BEFORE trigger: the row''s unit must be of one of the levels given as trigger arguments (raises constraint <table>_unit_level).';
grant execute on function app.require_unit_level() to hoagiai_app;

create type gender as enum ('FEMALE', 'MALE');
create type team_status as enum ('ACTIVE', 'DISSOLVED');
create type mediator_status as enum ('ACTIVE', 'LEFT');

-- Commune profile --------------------------------------------------------------------------------

create table commune_profile (
  id               serial primary key,
  unit_id          integer not null references admin_unit (id),
  unit_path        ltree not null,
  province_code    text not null,
  minority_area    boolean not null default false,
  difficulties     text check (length(difficulties) <= 2000),
  difficulty_score integer check (difficulty_score between 0 and 10),
  synthetic        boolean not null default false,
  version          integer not null default 1,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  constraint commune_profile_unit_unique unique (unit_id)
);
comment on table commune_profile is 'What a commune records about itself: whether it is an area with many ethnic-minority residents (then each team needs an ethnic-minority mediator, Law 35/2013 art. 12) and its difficulties (score 0-10, used to rank pilot candidates).';
create index commune_profile_path_idx on commune_profile using gist (unit_path);
create trigger commune_profile_level before insert or update of unit_id on commune_profile
  for each row execute function app.require_unit_level('COMMUNE');
create trigger commune_profile_unit_path before insert or update of unit_id on commune_profile
  for each row execute function app.set_unit_path();

-- Mediation teams and mediators -------------------------------------------------------------------

create table mediation_team (
  id                 serial primary key,
  unit_id            integer not null references admin_unit (id),
  unit_path          ltree not null,
  province_code      text not null,
  hamlet_id          integer not null,
  name               text not null check (length(btrim(name)) between 1 and 200),
  leader_mediator_id integer,
  established_on     date,
  status             team_status not null default 'ACTIVE',
  dissolved_on       date,
  search             text generated always as (app.search_text(name)) stored,
  synthetic          boolean not null default false,
  version            integer not null default 1,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  constraint mediation_team_hamlet_fkey foreign key (hamlet_id, unit_id) references hamlet (id, unit_id),
  constraint mediation_team_id_unit_unique unique (id, unit_id),
  constraint mediation_team_dissolved_check check ((status = 'DISSOLVED') = (dissolved_on is not null)),
  constraint mediation_team_dates_check check (dissolved_on is null or established_on is null or dissolved_on >= established_on)
);
comment on table mediation_team is 'Tổ hòa giải: one active team per hamlet (thôn, ấp, khóm, tổ dân phố); unit_id is the hamlet''s commune. A dissolved team is kept with its history.';
create unique index mediation_team_hamlet_active_idx on mediation_team (hamlet_id) where status = 'ACTIVE';
create index mediation_team_hamlet_idx on mediation_team (hamlet_id);
create index mediation_team_path_idx on mediation_team using gist (unit_path);
create index mediation_team_unit_idx on mediation_team (unit_id, status);
create index mediation_team_leader_idx on mediation_team (leader_mediator_id);
create index mediation_team_search_idx on mediation_team using gin (search gin_trgm_ops);
create trigger mediation_team_unit_path before insert or update of unit_id on mediation_team
  for each row execute function app.set_unit_path();

create table mediator (
  id                          serial primary key,
  team_id                     integer not null,
  unit_id                     integer not null references admin_unit (id),
  unit_path                   ltree not null,
  province_code               text not null,
  full_name                   text not null check (length(btrim(full_name)) between 1 and 200),
  gender                      gender not null,
  birth_year                  integer check (birth_year between 1900 and 2100),
  ethnicity                   text check (length(ethnicity) <= 100),
  ethnic_minority             boolean not null default false,
  party_cell_secretary        boolean not null default false,
  elected_on                  date,
  vote_share                  numeric(5, 2) not null,
  recognition_decision_number text check (length(recognition_decision_number) <= 100),
  recognition_decision_date   date,
  trained                     boolean not null default false,
  trained_on                  date,
  status                      mediator_status not null default 'ACTIVE',
  left_on                     date,
  search                      text generated always as (app.search_text(full_name)) stored,
  synthetic                   boolean not null default false,
  version                     integer not null default 1,
  created_at                  timestamptz not null default now(),
  updated_at                  timestamptz not null default now(),
  constraint mediator_team_fkey foreign key (team_id, unit_id) references mediation_team (id, unit_id),
  constraint mediator_id_team_unique unique (id, team_id),
  constraint mediator_vote_share_check check (vote_share > 50 and vote_share <= 100),
  constraint mediator_left_check check ((status = 'LEFT') = (left_on is not null)),
  constraint mediator_trained_check check (trained = (trained_on is not null))
);
comment on table mediator is 'Hòa giải viên: elected by more than 50% of the hamlet''s household representatives (vote_share, percent) and recognised by the commune chairman (Law 35/2013 art. 8). trained/trained_on are derived from training_attendance by triggers in the same transaction (first attended event''s end date); nobody writes them directly.';
comment on column mediator.vote_share is 'Share of household representatives who voted for the mediator, in percent; must exceed 50.';
create index mediator_team_idx on mediator (team_id, status);
create index mediator_path_idx on mediator using gist (unit_path);
create index mediator_unit_idx on mediator (unit_id);
create index mediator_search_idx on mediator using gin (search gin_trgm_ops);
create trigger mediator_unit_path before insert or update of unit_id on mediator
  for each row execute function app.set_unit_path();

-- The leader is one of the team's own mediators: (leader, team) must be a (mediator, its team).
-- That the leader is still ACTIVE is a service rule (it spans rows), refused with BAD_USER_INPUT.
alter table mediation_team add constraint mediation_team_leader_fkey
  foreign key (leader_mediator_id, id) references mediator (id, team_id);

-- Yearly consolidation review ---------------------------------------------------------------------

create table team_review (
  id              serial primary key,
  team_id         integer not null,
  unit_id         integer not null references admin_unit (id),
  unit_path       ltree not null,
  province_code   text not null,
  year            integer not null check (year between 2000 and 2100),
  reviewed        boolean not null,
  compliant_after boolean not null default false,
  note            text check (length(note) <= 2000),
  synthetic       boolean not null default false,
  version         integer not null default 1,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  constraint team_review_team_fkey foreign key (team_id, unit_id) references mediation_team (id, unit_id) on delete cascade,
  constraint team_review_team_year_unique unique (team_id, year),
  constraint team_review_compliant_check check (reviewed or not compliant_after)
);
comment on table team_review is 'Kiện toàn, củng cố: whether the team was reviewed in the year and brought to the legal size and composition. A team counts as consolidated in a year when reviewed and compliant_after.';
create index team_review_path_idx on team_review using gist (unit_path);
create index team_review_year_idx on team_review (year, unit_id);
create trigger team_review_unit_path before insert or update of unit_id on team_review
  for each row execute function app.set_unit_path();

-- Compliance: one definition, used by the API (badges, the compliant filter) and by reports ---------

create view mediation_team_compliance with (security_invoker = true) as
select t.id as team_id,
       t.unit_id,
       t.unit_path,
       s.active_mediators,
       s.women,
       s.ethnic_minority,
       coalesce(p.minority_area, false) as minority_area,
       r.reasons,
       cardinality(r.reasons) = 0 as compliant
  from mediation_team t
  left join commune_profile p on p.unit_id = t.unit_id
  cross join lateral (
    select count(*) filter (where m.status = 'ACTIVE')::int as active_mediators,
           count(*) filter (where m.status = 'ACTIVE' and m.gender = 'FEMALE')::int as women,
           count(*) filter (where m.status = 'ACTIVE' and m.ethnic_minority)::int as ethnic_minority
      from mediator m
     where m.team_id = t.id) s
  cross join lateral (
    select array_remove(array[
             case when not exists (select 1 from mediator l where l.id = t.leader_mediator_id and l.status = 'ACTIVE') then 'NO_LEADER' end,
             case when s.active_mediators < 3 then 'FEWER_THAN_3_MEDIATORS' end,
             case when s.women = 0 then 'NO_WOMAN' end,
             case when coalesce(p.minority_area, false) and s.ethnic_minority = 0 then 'NO_ETHNIC_MINORITY' end
           ], null) as reasons) r;
comment on view mediation_team_compliance is 'Law 35/2013 art. 12 per team, from live data: an active leader, at least 3 active mediators, at least one woman, and at least one ethnic-minority mediator where commune_profile.minority_area. security_invoker: the caller''s row-level security applies inside.';

-- Grants and row-level security ------------------------------------------------------------------

grant select on commune_profile, mediation_team, mediator, team_review, mediation_team_compliance to hoagiai_app;
grant delete on commune_profile, mediation_team, mediator, team_review to hoagiai_app;
grant insert (unit_id, minority_area, difficulties, difficulty_score) on commune_profile to hoagiai_app;
grant update (minority_area, difficulties, difficulty_score, version, updated_at) on commune_profile to hoagiai_app;
grant insert (unit_id, hamlet_id, name, leader_mediator_id, established_on, status, dissolved_on) on mediation_team to hoagiai_app;
grant update (name, leader_mediator_id, established_on, status, dissolved_on, version, updated_at) on mediation_team to hoagiai_app;
grant insert (team_id, unit_id, full_name, gender, birth_year, ethnicity, ethnic_minority, party_cell_secretary, elected_on,
              vote_share, recognition_decision_number, recognition_decision_date, status, left_on) on mediator to hoagiai_app;
grant update (full_name, gender, birth_year, ethnicity, ethnic_minority, party_cell_secretary, elected_on, vote_share,
              recognition_decision_number, recognition_decision_date, status, left_on, version, updated_at) on mediator to hoagiai_app;
grant insert (team_id, unit_id, year, reviewed, compliant_after, note) on team_review to hoagiai_app;
grant update (reviewed, compliant_after, note, version, updated_at) on team_review to hoagiai_app;
grant usage on sequence commune_profile_id_seq, mediation_team_id_seq, mediator_id_seq, team_review_id_seq to hoagiai_app;

alter table commune_profile enable row level security;
alter table commune_profile force row level security;
create policy commune_profile_read on commune_profile for select using (unit_path <@ any ((select app.read_scope())));
create policy commune_profile_insert on commune_profile for insert with check (unit_path <@ any ((select app.write_scope())));
create policy commune_profile_update on commune_profile for update
  using (unit_path <@ any ((select app.write_scope()))) with check (unit_path <@ any ((select app.write_scope())));
create policy commune_profile_delete on commune_profile for delete using (unit_path <@ any ((select app.write_scope())));
comment on policy commune_profile_read on commune_profile is 'The commune''s subtree readers (the commune, its district and province, analysts granted them); never a sibling.';

alter table mediation_team enable row level security;
alter table mediation_team force row level security;
create policy mediation_team_read on mediation_team for select using (unit_path <@ any ((select app.read_scope())));
create policy mediation_team_insert on mediation_team for insert with check (unit_path <@ any ((select app.write_scope())));
create policy mediation_team_update on mediation_team for update
  using (unit_path <@ any ((select app.write_scope()))) with check (unit_path <@ any ((select app.write_scope())));
create policy mediation_team_delete on mediation_team for delete using (unit_path <@ any ((select app.write_scope())));
comment on policy mediation_team_read on mediation_team is 'A unit''s subtree only: a sibling''s teams are invisible.';

alter table mediator enable row level security;
alter table mediator force row level security;
create policy mediator_read on mediator for select using (unit_path <@ any ((select app.read_scope())));
create policy mediator_insert on mediator for insert with check (unit_path <@ any ((select app.write_scope())));
create policy mediator_update on mediator for update
  using (unit_path <@ any ((select app.write_scope()))) with check (unit_path <@ any ((select app.write_scope())));
create policy mediator_delete on mediator for delete using (unit_path <@ any ((select app.write_scope())));
comment on policy mediator_read on mediator is 'A unit''s subtree only. Mediators are public officials of their hamlet; the personal data of the case book lives elsewhere (mediation_case_parties).';

alter table team_review enable row level security;
alter table team_review force row level security;
create policy team_review_read on team_review for select using (unit_path <@ any ((select app.read_scope())));
create policy team_review_insert on team_review for insert with check (unit_path <@ any ((select app.write_scope())));
create policy team_review_update on team_review for update
  using (unit_path <@ any ((select app.write_scope()))) with check (unit_path <@ any ((select app.write_scope())));
create policy team_review_delete on team_review for delete using (unit_path <@ any ((select app.write_scope())));
comment on policy team_review_read on team_review is 'A unit''s subtree only.';
