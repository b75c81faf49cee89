-- The first tenant-owned resources: hamlets of a commune and agencies (offices) of a unit.

create type hamlet_kind as enum ('THON', 'AP', 'KHOM', 'TO_DAN_PHO', 'BAN', 'BUON', 'LANG', 'PHUM', 'SOC', 'OTHER');

create table hamlet (
  id            serial primary key,
  unit_id       integer not null references admin_unit (id),
  unit_path     ltree not null,
  province_code text not null,
  name          text not null check (length(btrim(name)) between 1 and 200),
  kind          hamlet_kind not null,
  search        text generated always as (app.search_text(name)) stored,
  version       integer not null default 1,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  constraint hamlet_name_unique unique (unit_id, name)
);
comment on table hamlet is 'Thôn / ấp / khóm / tổ dân phố of a commune: below the official codes, each commune keeps its own list.';
create index hamlet_path_idx on hamlet using gist (unit_path);
create index hamlet_search_idx on hamlet using gin (search gin_trgm_ops);
create index hamlet_province_idx on hamlet (province_code);
create trigger hamlet_unit_path before insert or update of unit_id on hamlet
  for each row execute function app.set_unit_path();

grant select, insert, update, delete on hamlet to hoagiai_app;
grant usage on sequence hamlet_id_seq to hoagiai_app;
alter table hamlet enable row level security;
alter table hamlet force row level security;
create policy hamlet_read on hamlet for select using (unit_path <@ any ((select app.read_scope())));
create policy hamlet_insert on hamlet for insert with check (unit_path <@ any ((select app.write_scope())));
create policy hamlet_update on hamlet for update
  using (unit_path <@ any ((select app.write_scope()))) with check (unit_path <@ any ((select app.write_scope())));
create policy hamlet_delete on hamlet for delete using (unit_path <@ any ((select app.write_scope())));
comment on policy hamlet_read on hamlet is 'A unit''s subtree only: a sibling''s hamlets are invisible.';

create type agency_kind as enum (
  'PEOPLES_COMMITTEE', 'PEOPLES_COUNCIL', 'PARTY_COMMITTEE', 'JUSTICE', 'FINANCE', 'FATHERLAND_FRONT',
  'MASS_ORGANISATION', 'COURT', 'PROCURACY', 'POLICE', 'JURISTS_ASSOCIATION', 'BAR_ASSOCIATION', 'MEDIA', 'OTHER'
);

create table agency (
  id            serial primary key,
  unit_id       integer not null references admin_unit (id),
  unit_path     ltree not null,
  province_code text not null,
  name          text not null check (length(btrim(name)) between 1 and 300),
  kind          agency_kind not null,
  search        text generated always as (app.search_text(name)) stored,
  version       integer not null default 1,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  constraint agency_name_unique unique (unit_id, name)
);
comment on table agency is 'An office of a unit (Phòng Tư pháp, Ủy ban MTTQ, Tòa án nhân dân, UBND xã ...): the lead and coordinating agencies of plan tasks.';
create index agency_path_idx on agency using gist (unit_path);
create index agency_search_idx on agency using gin (search gin_trgm_ops);
create index agency_province_idx on agency (province_code);
create index agency_kind_idx on agency (kind);
create trigger agency_unit_path before insert or update of unit_id on agency
  for each row execute function app.set_unit_path();

grant select, insert, update, delete on agency to hoagiai_app;
grant usage on sequence agency_id_seq to hoagiai_app;
alter table agency enable row level security;
alter table agency force row level security;
create policy agency_read on agency for select
  using (unit_path <@ any ((select app.read_scope())) or unit_path @> any ((select app.read_scope())));
create policy agency_insert on agency for insert with check (unit_path <@ any ((select app.write_scope())));
create policy agency_update on agency for update
  using (unit_path <@ any ((select app.write_scope()))) with check (unit_path <@ any ((select app.write_scope())));
create policy agency_delete on agency for delete using (unit_path <@ any ((select app.write_scope())));
comment on policy agency_read on agency is 'A unit''s subtree, plus the agencies of its ancestors (named by the plans those ancestors address downward); never a sibling''s.';
