-- The work on the ground, part 4 (issue 4): yearly access-to-law assessments of communes
-- (xã đạt chuẩn tiếp cận pháp luật, Decision 25/2021/QĐ-TTg), and the record of synthetic data runs.

create table access_to_law_assessment (
  id                      serial primary key,
  unit_id                 integer not null references admin_unit (id),
  unit_path               ltree not null,
  province_code           text not null,
  year                    integer not null check (year between 2000 and 2100),
  met_standard            boolean not null,
  met_mediation_criterion boolean not null,
  note                    text check (length(note) <= 2000),
  synthetic               boolean not null default false,
  version                 integer not null default 1,
  created_at              timestamptz not null default now(),
  updated_at              timestamptz not null default now(),
  constraint access_to_law_assessment_unit_year_unique unique (unit_id, year)
);
comment on table access_to_law_assessment is 'Whether a commune met the access-to-law standard in a year, and whether it met the standard''s grassroots-mediation criterion (pilot communes are chosen among those that did not).';
create index access_to_law_assessment_path_idx on access_to_law_assessment using gist (unit_path);
create index access_to_law_assessment_year_idx on access_to_law_assessment (year);
create trigger access_to_law_assessment_level before insert or update of unit_id on access_to_law_assessment
  for each row execute function app.require_unit_level('COMMUNE');
create trigger access_to_law_assessment_unit_path before insert or update of unit_id on access_to_law_assessment
  for each row execute function app.set_unit_path();

grant select, delete on access_to_law_assessment to hoagiai_app;
grant insert (unit_id, year, met_standard, met_mediation_criterion, note) on access_to_law_assessment to hoagiai_app;
grant update (met_standard, met_mediation_criterion, note, version, updated_at) on access_to_law_assessment to hoagiai_app;
grant usage on sequence access_to_law_assessment_id_seq to hoagiai_app;

alter table access_to_law_assessment enable row level security;
alter table access_to_law_assessment force row level security;
create policy access_to_law_assessment_read on access_to_law_assessment for select using (unit_path <@ any ((select app.read_scope())));
create policy access_to_law_assessment_insert on access_to_law_assessment for insert with check (unit_path <@ any ((select app.write_scope())));
create policy access_to_law_assessment_update on access_to_law_assessment for update
  using (unit_path <@ any ((select app.write_scope()))) with check (unit_path <@ any ((select app.write_scope())));
create policy access_to_law_assessment_delete on access_to_law_assessment for delete using (unit_path <@ any ((select app.write_scope())));
comment on policy access_to_law_assessment_read on access_to_law_assessment is 'A unit''s subtree only.';

-- Synthetic data ---------------------------------------------------------------------------------------

create table synthetic_run (
  province_code text primary key,
  seed          bigint not null,
  generator     text not null,
  counts        jsonb not null,
  checksum      text not null,
  seconds       numeric(10, 2) not null,
  generated_at  timestamptz not null default now()
);
comment on table synthetic_run is 'One row per province filled by the synthetic demo-data generator (server/src/seeds/synthetic): seed, row counts and the checksum of what was generated, so a run is reproducible and a province is never generated twice. Every generated row also carries synthetic = true. Owner only: not granted to the server''s role.';
