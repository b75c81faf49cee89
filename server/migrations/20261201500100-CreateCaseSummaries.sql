-- The case book records what a dispute is about (issue 9, section 7): a short description, kept
-- like the parties' names. It tells who quarrelled over what ("Ông A và bà B tranh chấp ranh giới
-- thửa đất ..."), so it is personal data: it lives in its own table under the same rule as
-- mediation_case_parties (the commune's own staff only; see app.personal_data_scope), and never
-- in mediation_case, aggregates or the audit log.

create table mediation_case_summary (
  case_id       integer primary key,
  unit_id       integer not null references admin_unit (id),
  unit_path     ltree not null,
  province_code text not null,
  summary       text not null check (length(btrim(summary)) between 1 and 500),
  constraint mediation_case_summary_case_fkey foreign key (case_id, unit_id) references mediation_case (id, unit_id) on delete cascade
);
comment on table mediation_case_summary is 'PERSONAL DATA: what a case is about, in a sentence or two, stored only if entered. Readable and writable only by the commune''s own staff (policy mediation_case_summary_own_commune), like mediation_case_parties; never by analysts, higher units or other communes, never in aggregates, never in the audit log.';
create index mediation_case_summary_path_idx on mediation_case_summary using gist (unit_path);
create index mediation_case_summary_province_idx on mediation_case_summary (province_code);
create trigger mediation_case_summary_unit_path before insert or update of unit_id on mediation_case_summary
  for each row execute function app.set_unit_path();

grant select, insert, update, delete on mediation_case_summary to hoagiai_app;

alter table mediation_case_summary enable row level security;
alter table mediation_case_summary force row level security;
create policy mediation_case_summary_own_commune on mediation_case_summary for all
  using (unit_path = any (app.personal_data_scope()))
  with check (unit_path = any (app.personal_data_scope()));
comment on policy mediation_case_summary_own_commune on mediation_case_summary is 'Personal data: the commune''s own staff only (see app.personal_data_scope); equality, not <@, so no unit above the commune qualifies.';
