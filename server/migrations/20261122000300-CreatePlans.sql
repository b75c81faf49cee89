-- Plans as data, part 1: legal documents and the chain of implementation (plan → plan →
-- directive, plan → scheme → decision) and plans themselves. Their rows (tasks, targets, budget,
-- reporting rules, criteria, amendments) follow in 20261122000310-CreatePlanRows.sql.
--
-- Tenancy: a plan belongs to the unit that issues it. Its rows (tasks, targets, budget lines ...)
-- copy the plan's unit and path by trigger, never from the client. A plan is addressed downward:
-- units below its owner read it and everything in it, never write it; a sibling never sees it.
-- Hence the read policy of every plan table:
--     unit_path <@ any(read scope)   -- the caller's own subtree
--  or unit_path @> any(read scope)   -- an ancestor's plan, addressed to the caller's unit

create type legal_document_kind as enum ('DIRECTIVE', 'PLAN', 'DECISION', 'SCHEME');
create type plan_status as enum ('DRAFT', 'ISSUED', 'IN_PROGRESS', 'CLOSED');
create type schedule_kind as enum ('YEARLY', 'ONCE', 'DATES');
create type agency_role as enum ('LEAD', 'COORDINATING', 'RESPONSIBLE');
create type agency_level as enum ('PROVINCE', 'DISTRICT', 'COMMUNE', 'SAME_LEVEL', 'EVERY_LEVEL');
create type target_comparator as enum ('GT', 'GTE', 'EQ', 'LTE');
create type target_unit as enum ('PERCENT', 'COUNT');
create type target_applies as enum ('EVERY_YEAR', 'BY_YEAR');
create type report_frequency as enum ('YEARLY', 'HALF_YEARLY', 'QUARTERLY', 'MONTHLY', 'ONCE');
create type task_criterion_kind as enum ('TRAINER_POOL', 'TRAINER_TRAINING', 'PILOT_SELECTION', 'MEDIATOR_WORKFORCE', 'MEDIATOR_TRAINING');
comment on type agency_level is 'Where a task names a kind of agency rather than one agency: "UBND cấp xã" is PEOPLES_COMMITTEE at COMMUNE; "cùng cấp" is SAME_LEVEL (the level of each lead agency); "các cấp" is EVERY_LEVEL.';
comment on type plan_status is 'DRAFT → ISSUED → IN_PROGRESS → CLOSED, forward only. From ISSUED on, number and issue date are locked and edits are recorded as amendments; CLOSED refuses edits.';

-- Legal documents -------------------------------------------------------------------------------

create table legal_document (
  id            serial primary key,
  kind          legal_document_kind not null,
  number_symbol text check (number_symbol is null or length(btrim(number_symbol)) between 1 and 60),
  issuing_body  text not null check (length(btrim(issuing_body)) between 1 and 300),
  unit_id       integer references admin_unit (id),
  unit_path     ltree not null,
  province_code text,
  issued_on     date,
  issued_year   smallint check (issued_year between 1945 and 2200),
  title         text not null check (length(btrim(title)) between 1 and 1000),
  implements_id integer references legal_document (id),
  content_known boolean not null default true,
  search        text generated always as (app.search_text(coalesce(number_symbol, '') || ' ' || title)) stored,
  version       integer not null default 1,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  constraint legal_document_year_matches check (issued_on is null or issued_year = extract(year from issued_on)),
  constraint legal_document_not_self check (implements_id <> id)
);
comment on table legal_document is 'The register of documents in the chain of implementation: directives, plans, decisions, schemes. issuing_body is the words of the document (a Party committee or the Prime Minister is no unit of the tenant tree); unit_id is the issuing unit where there is one, null for national documents (path ""). A document we know only by reference is stored with what we know and content_known = false. A plan''s own document is maintained from the plan row by trigger.';
comment on column legal_document.implements_id is 'The document this one implements; for a scheme, the decision that approved it.';
comment on column legal_document.issued_year is 'Set from issued_on; given alone when only the year is known (Decision 428/QĐ-TTg, 2019).';
create unique index legal_document_number_unique on legal_document (coalesce(unit_id, 0), number_symbol, issued_year) where number_symbol is not null;
create index legal_document_path_idx on legal_document using gist (unit_path);
create index legal_document_unit_idx on legal_document (unit_id);
create index legal_document_implements_idx on legal_document (implements_id);
create index legal_document_search_idx on legal_document using gin (search gin_trgm_ops);
create index legal_document_kind_idx on legal_document (kind);

create function app.set_document_year() returns trigger language plpgsql as $$
begin
  if new.issued_on is not null then
    new.issued_year := extract(year from new.issued_on)::smallint;
  end if;
  return new;
end $$;

create trigger legal_document_10_unit_path before insert or update of unit_id on legal_document
  for each row execute function app.set_optional_unit_path();
create trigger legal_document_20_year before insert or update on legal_document
  for each row execute function app.set_document_year();

grant select, insert, update, delete on legal_document to hoagiai_app;
grant usage on sequence legal_document_id_seq to hoagiai_app;
alter table legal_document enable row level security;
alter table legal_document force row level security;
create policy legal_document_read on legal_document for select
  using (unit_path <@ any ((select app.read_scope()))
         or (nlevel(unit_path) > 0 and unit_path @> any ((select app.read_scope())))
         or (nlevel(unit_path) = 0 and app.user_id() is not null));
create policy legal_document_insert on legal_document for insert with check (unit_path <@ any ((select app.write_scope())));
create policy legal_document_update on legal_document for update
  using (unit_path <@ any ((select app.write_scope()))) with check (unit_path <@ any ((select app.write_scope())));
create policy legal_document_delete on legal_document for delete using (unit_path <@ any ((select app.write_scope())));
comment on policy legal_document_read on legal_document is 'A unit''s own documents and its ancestors'' (addressed downward), never a sibling''s; national documents (no issuing unit) are public to every signed-in caller, and to no one without a user id.';
comment on policy legal_document_insert on legal_document is 'Written inside the write scope only; a national document (path "") only by the system administrator.';

-- Plans -----------------------------------------------------------------------------------------

create table plan (
  id                       serial primary key,
  unit_id                  integer not null references admin_unit (id),
  unit_path                ltree not null,
  province_code            text not null,
  document_id              integer not null unique references legal_document (id),
  number                   text check (number is null or length(btrim(number)) between 1 and 60),
  title                    text not null check (length(btrim(title)) between 1 and 1000),
  issued_on                date,
  issuing_body             text check (issuing_body is null or length(btrim(issuing_body)) between 1 and 300),
  period_from              smallint check (period_from between 1945 and 2200),
  period_to                smallint check (period_to between 1945 and 2200),
  status                   plan_status not null default 'DRAFT',
  parent_plan_id           integer references plan (id),
  implements_document_id   integer references legal_document (id),
  content_known            boolean not null default true,
  source_note              text,
  preamble                 text,
  purposes                 text[] not null default '{}',
  requirements             text[] not null default '{}',
  objectives               text[] not null default '{}',
  responsibilities_preamble text,
  funding_source           text,
  signer_name              text,
  signer_capacity          text,
  signer_on_behalf_of      text,
  recipients               text[] not null default '{}',
  year_from                smallint generated always as (coalesce(period_from, extract(year from issued_on)::smallint)) stored,
  year_to                  smallint generated always as (coalesce(period_to, period_from, extract(year from issued_on)::smallint)) stored,
  search                   text generated always as (app.search_text(coalesce(number, '') || ' ' || title)) stored,
  version                  integer not null default 1,
  created_at               timestamptz not null default now(),
  updated_at               timestamptz not null default now(),
  constraint plan_period_order check (period_from is null or period_to is null or period_from <= period_to),
  constraint plan_issued_has_number check (status = 'DRAFT' or (number is not null and issued_on is not null)),
  constraint plan_not_own_parent check (parent_plan_id <> id)
);
comment on table plan is 'A plan (kế hoạch) of a unit: tenant data, addressed to the units below its owner. Ordered text items (purposes, requirements, objectives, recipients incl. the archive line "Lưu: VT, NC") are arrays: they are edited and amended with the plan.';
comment on column plan.document_id is 'The plan''s own entry in legal_document, created and kept in step by trigger (number, title, date, issuer, implements).';
comment on column plan.parent_plan_id is 'The plan this one implements (Mỹ Tú 127/KH-UBND → Sóc Trăng 156/KH-UBND); implements_document_id then follows it.';
comment on column plan.implements_document_id is 'The document implemented when it is not a plan of the tree (Bạc Liêu 21/KH-UBND → the 2019–2022 scheme).';
comment on column plan.year_from is 'First year the plan covers: its period, else the year it was issued. The year filter and budgetTotal(year) read it.';
comment on column plan.content_known is 'false for a plan known only by reference (Sóc Trăng 156/KH-UBND): its tasks are not stored because we do not have them.';
create unique index plan_one_per_parent_and_unit on plan (parent_plan_id, unit_id) where parent_plan_id is not null;
create index plan_path_idx on plan using gist (unit_path);
create index plan_unit_idx on plan (unit_id);
create index plan_province_idx on plan (province_code);
create index plan_implements_document_idx on plan (implements_document_id);
create index plan_status_idx on plan (status);
create index plan_years_idx on plan (year_from, year_to);
create index plan_search_idx on plan using gin (search gin_trgm_ops);

-- Number, date and unit of an issued plan are locked; status only moves forward. The services
-- refuse these first with a named field; the trigger is the last line for any other writer.
create function app.plan_guard() returns trigger language plpgsql as $$
begin
  if new.unit_id <> old.unit_id then
    raise exception 'A plan stays with the unit that issued it' using errcode = 'check_violation', constraint = 'plan_unit_fixed';
  end if;
  if new.status < old.status then
    raise exception 'A plan''s status only moves forward' using errcode = 'check_violation', constraint = 'plan_status_forward';
  end if;
  if old.status <> 'DRAFT' and new.number is distinct from old.number then
    raise exception 'An issued plan keeps its number' using errcode = 'check_violation', constraint = 'plan_number_locked';
  end if;
  if old.status <> 'DRAFT' and new.issued_on is distinct from old.issued_on then
    raise exception 'An issued plan keeps its date' using errcode = 'check_violation', constraint = 'plan_issued_on_locked';
  end if;
  return new;
end $$;

-- Keeps the plan's own legal_document in step: created with the plan, updated with it. Runs as the
-- caller, so the document passes the same row-level security as the plan.
create function app.plan_document() returns trigger language plpgsql as $$
begin
  if new.parent_plan_id is not null then
    select p.document_id into new.implements_document_id from plan p where p.id = new.parent_plan_id;
  end if;
  if new.issuing_body is null then
    select 'Ủy ban nhân dân ' || lower(left(u.name, 1)) || substr(u.name, 2) into new.issuing_body from admin_unit u where u.id = new.unit_id;
  end if;
  if tg_op = 'INSERT' then
    insert into legal_document (kind, number_symbol, issuing_body, unit_id, issued_on, title, implements_id, content_known)
      values ('PLAN', new.number, new.issuing_body, new.unit_id, new.issued_on, new.title, new.implements_document_id, new.content_known)
      returning id into new.document_id;
  elsif (new.number, new.title, new.issued_on, new.issuing_body, new.implements_document_id, new.content_known)
        is distinct from (old.number, old.title, old.issued_on, old.issuing_body, old.implements_document_id, old.content_known) then
    update legal_document
       set number_symbol = new.number, title = new.title, issued_on = new.issued_on, issuing_body = new.issuing_body,
           implements_id = new.implements_document_id, content_known = new.content_known,
           version = version + 1, updated_at = now()
     where id = new.document_id;
  end if;
  return new;
end $$;

create function app.drop_plan_document() returns trigger language plpgsql as $$
begin
  delete from legal_document where id = old.document_id;
  return old;
end $$;

create trigger plan_10_unit_path before insert or update of unit_id on plan
  for each row execute function app.set_unit_path();
create trigger plan_20_guard before update on plan
  for each row execute function app.plan_guard();
create trigger plan_30_document before insert or update on plan
  for each row execute function app.plan_document();
create trigger plan_40_drop_document after delete on plan
  for each row execute function app.drop_plan_document();

grant select, insert, update, delete on plan to hoagiai_app;
grant usage on sequence plan_id_seq to hoagiai_app;
alter table plan enable row level security;
alter table plan force row level security;
create policy plan_read on plan for select
  using (unit_path <@ any ((select app.read_scope())) or unit_path @> any ((select app.read_scope())));
create policy plan_insert on plan for insert with check (unit_path <@ any ((select app.write_scope())));
create policy plan_update on plan for update
  using (unit_path <@ any ((select app.write_scope()))) with check (unit_path <@ any ((select app.write_scope())));
create policy plan_delete on plan for delete using (unit_path <@ any ((select app.write_scope())));
comment on policy plan_read on plan is 'A unit''s own plans and its subtree''s, plus its ancestors'' plans (addressed downward); never a sibling''s.';
comment on policy plan_update on plan is 'Only inside the write scope: district staff read the province''s plan, never change it.';

-- The rows of a plan take the plan's unit and path; the plan must be readable to be found.
create function app.set_plan_tenant() returns trigger language plpgsql as $$
begin
  select p.unit_id, p.unit_path, p.province_code into new.unit_id, new.unit_path, new.province_code
    from plan p where p.id = new.plan_id;
  if new.unit_path is null then
    raise foreign_key_violation using message = 'unknown plan', column = 'plan_id';
  end if;
  return new;
end $$;
comment on function app.set_plan_tenant is 'BEFORE trigger of every plan row: copies unit, path and province from the plan (which row-level security must let the caller read); the write policy then checks the copied path.';

grant execute on function app.set_document_year(), app.plan_guard(), app.plan_document(), app.drop_plan_document(), app.set_plan_tenant() to hoagiai_app;
