-- Issue 7 (part a): every part of a plan editable by its users, and documents as they really are.
--
-- * Documents: Decree 30 kinds (previous migration); a number is unique per issuing body, kind and
--   year (a plan issued with Decision 12/QĐ-UBND may carry the decision's number); a document may
--   amend another (amends_id) and be issued as the attachment of a decision (issued_with_id).
-- * Plans: a period for every plan (NOT NULL; a plan given none covers the year it is issued, else
--   the year it is created); issued by a decision; succeeding or replacing an earlier plan; the place
--   of issue; the signer's lines kept apart (TM. = signer_on_behalf_of, KT./Q./TL. = signer_signs_for,
--   the capacity, the name); recipients without the archive line, which is its own column.
-- * Tasks: the document's own label style ("1.", "a)", "Một là"), and timing every year from a
--   year, over a span of years, or in a part of the year ("trong quý I", "trước 30/6").
-- * Targets: on a task or on the plan itself (task_id null), and FROM_TO a span of years.
-- * Budget lines: the task a line funds.
-- New enum values are compared as text here: they cannot be cast in the transaction of this
-- migration's predecessor, and text comparison keeps the checks readable either way.

-- Documents -------------------------------------------------------------------------------------

alter table legal_document
  add column amends_id integer references legal_document (id) on delete set null,
  add column issued_with_id integer references legal_document (id) on delete set null,
  add constraint legal_document_not_amending_self check (amends_id <> id),
  add constraint legal_document_not_issued_with_self check (issued_with_id <> id);
comment on column legal_document.amends_id is 'The document this one amends or supplements (sửa đổi, bổ sung).';
comment on column legal_document.issued_with_id is 'The decision this document was issued with ("ban hành kèm theo Quyết định số ..."); a plan''s is kept in step with plan.issued_by_decision_id.';
create index legal_document_amends_idx on legal_document (amends_id);
create index legal_document_issued_with_idx on legal_document (issued_with_id);

drop index legal_document_number_unique;
create unique index legal_document_number_unique on legal_document (issuing_body, kind, number_symbol, issued_year) where number_symbol is not null;
comment on index legal_document_number_unique is 'A number is unique per issuing body, kind and year (Decree 30): a plan issued with a decision may carry the decision''s number.';

-- Plans -----------------------------------------------------------------------------------------

alter table plan
  add column place_of_issue text check (place_of_issue is null or length(btrim(place_of_issue)) between 1 and 100),
  add column signer_signs_for text check (signer_signs_for is null or length(btrim(signer_signs_for)) between 1 and 200),
  add column archive text check (archive is null or length(btrim(archive)) between 1 and 300),
  add column issued_by_decision_id integer references legal_document (id),
  add column predecessor_plan_id integer references plan (id) on delete set null,
  add column predecessor_relation text check (predecessor_relation in ('SUCCEEDS', 'REPLACES')),
  add constraint plan_predecessor_given check ((predecessor_plan_id is null) = (predecessor_relation is null)),
  add constraint plan_not_own_predecessor check (predecessor_plan_id <> id);
comment on column plan.place_of_issue is 'Địa danh in the date line ("Mỹ Tú, ngày 16 tháng 11 năm 2021").';
comment on column plan.signer_signs_for is 'The "KT. CHỦ TỊCH" line (also Q., TL., TUQ.): a deputy signing for the head; signer_on_behalf_of keeps the "TM. ỦY BAN NHÂN DÂN" line, signer_capacity the capacity ("PHÓ CHỦ TỊCH").';
comment on column plan.archive is 'The archive line''s content: "VT, NC" of "Lưu: VT, NC". recipients holds the named bodies and references ("Như Điều 3") only.';
comment on column plan.issued_by_decision_id is 'The decision this plan is the attachment of ("ban hành kèm theo Quyết định số ..."); the plan then carries the decision''s number.';
comment on column plan.predecessor_plan_id is 'An earlier plan (for an earlier period) this one succeeds (SUCCEEDS) or replaces (REPLACES), per predecessor_relation.';
create index plan_issued_by_decision_idx on plan (issued_by_decision_id);
create index plan_predecessor_idx on plan (predecessor_plan_id);

-- The signer's lines apart, and the archive line out of the recipients, for rows stored before.
update plan
   set signer_signs_for = btrim(split_part(signer_capacity, '/', 1)),
       signer_capacity = btrim(substr(signer_capacity, strpos(signer_capacity, '/') + 1))
 where signer_capacity ~ '^(KT|Q|TL|TUQ)\.[^/]+/';
update plan
   set archive = (select regexp_replace(r, '^Lưu:\s*', '') from unnest(recipients) r where r like 'Lưu:%' limit 1),
       recipients = array(select r from unnest(recipients) with ordinality u(r, n) where r not like 'Lưu:%' order by n)
 where exists (select from unnest(recipients) r where r like 'Lưu:%');

-- Every plan has a period. Mỹ Tú 127/KH-UBND and Sóc Trăng 156/KH-UBND run to the final review in 2025.
update plan set period_from = 2021, period_to = 2025
 where period_from is null and number in ('127/KH-UBND', '156/KH-UBND') and extract(year from issued_on) = 2021;
update plan set period_from = coalesce(period_from, extract(year from issued_on)::smallint, extract(year from created_at)::smallint)
 where period_from is null;
update plan set period_to = greatest(period_from, coalesce(period_to, period_from)) where period_to is null;

create function app.plan_default_period() returns trigger language plpgsql as $$
begin
  new.period_from := coalesce(new.period_from, new.period_to, extract(year from new.issued_on)::smallint,
    (select extract(year from least(current_date, coalesce(u.valid_to, current_date)))::smallint from admin_unit u where u.id = new.unit_id),
    extract(year from current_date)::smallint);
  new.period_to := coalesce(new.period_to, new.period_from);
  return new;
end $$;
comment on function app.plan_default_period is 'A plan given no period covers one year: the year it is issued, else the current year (the last year of its unit, for a unit abolished since, such as a district after 1 July 2025). Writers that know the period send it.';
create trigger plan_05_default_period before insert on plan
  for each row execute function app.plan_default_period();
grant execute on function app.plan_default_period() to hoagiai_app;

alter table plan alter column period_from set not null, alter column period_to set not null;

-- The plan's own document follows the decision it was issued with, as it follows the rest.
create or replace function app.plan_document() returns trigger language plpgsql as $$
begin
  if new.parent_plan_id is not null then
    select p.document_id into new.implements_document_id from plan p where p.id = new.parent_plan_id;
  end if;
  if new.issuing_body is null then
    select 'Ủy ban nhân dân ' || lower(left(u.name, 1)) || substr(u.name, 2) into new.issuing_body from admin_unit u where u.id = new.unit_id;
  end if;
  if tg_op = 'INSERT' then
    insert into legal_document (kind, number_symbol, issuing_body, unit_id, issued_on, title, implements_id, content_known, issued_with_id)
      values ('PLAN', new.number, new.issuing_body, new.unit_id, new.issued_on, new.title, new.implements_document_id, new.content_known,
              new.issued_by_decision_id)
      returning id into new.document_id;
  elsif (new.number, new.title, new.issued_on, new.issuing_body, new.implements_document_id, new.content_known, new.issued_by_decision_id)
        is distinct from (old.number, old.title, old.issued_on, old.issuing_body, old.implements_document_id, old.content_known, old.issued_by_decision_id) then
    update legal_document
       set number_symbol = new.number, title = new.title, issued_on = new.issued_on, issuing_body = new.issuing_body,
           implements_id = new.implements_document_id, content_known = new.content_known, issued_with_id = new.issued_by_decision_id,
           version = version + 1, updated_at = now()
     where id = new.document_id;
  end if;
  return new;
end $$;

-- Tasks -----------------------------------------------------------------------------------------

alter table plan_task
  add column label_style text not null default 'ARABIC' check (label_style in ('ARABIC', 'LETTER', 'ORDINAL_WORDS')),
  add column schedule_year_to smallint check (schedule_year_to between 1945 and 2200),
  add column schedule_quarter smallint check (schedule_quarter between 1 and 4),
  add column schedule_before_day smallint check (schedule_before_day between 1 and 31),
  add column schedule_before_month smallint check (schedule_before_month between 1 and 12);
comment on column plan_task.label_style is 'How the document numbers the task: ARABIC "1.", LETTER "a)", ORDINAL_WORDS "Một là,". code keeps the position in the tree.';
alter table plan_task drop constraint plan_task_schedule;
alter table plan_task add constraint plan_task_schedule check (
  case coalesce(schedule_kind::text, '')
    when '' then schedule_year is null and schedule_dates is null
    when 'YEARLY' then schedule_year is null and schedule_dates is null
    when 'YEARLY_FROM' then schedule_year is not null and schedule_dates is null
    when 'ONCE' then schedule_year is not null and schedule_dates is null
    when 'SPAN' then schedule_year is not null and schedule_year_to >= schedule_year and schedule_dates is null
    when 'DATES' then schedule_year is null and cardinality(schedule_dates) > 0
    when 'PART_OF_YEAR' then schedule_dates is null
      and ((schedule_quarter is not null) <> (schedule_before_month is not null))
    else false
  end
  and (schedule_year_to is null or schedule_kind::text = 'SPAN')
  and ((schedule_quarter is null and schedule_before_month is null and schedule_before_day is null) or schedule_kind::text = 'PART_OF_YEAR')
  and ((schedule_before_day is null) = (schedule_before_month is null))
);
comment on constraint plan_task_schedule on plan_task is 'YEARLY; YEARLY_FROM schedule_year; ONCE in schedule_year; SPAN schedule_year..schedule_year_to; DATES; PART_OF_YEAR: a quarter or a "before day/month", every year or in schedule_year; or none.';

-- Targets ---------------------------------------------------------------------------------------

alter table target
  alter column task_id drop not null,
  add column from_year smallint check (from_year between 1945 and 2200),
  add column to_year smallint check (to_year between 1945 and 2200);
alter table target drop constraint target_year_given;
alter table target add constraint target_year_given check (
  case applies::text
    when 'EVERY_YEAR' then year is null and from_year is null and to_year is null
    when 'BY_YEAR' then year is not null and from_year is null and to_year is null
    when 'FROM_TO' then year is null and from_year is not null and to_year >= from_year
    else false
  end);
comment on column target.task_id is 'The task the target belongs to; null for a target of the plan itself (its "Mục tiêu").';
comment on column target.from_year is 'First year of a FROM_TO target ("giai đoạn 2021 - 2025"): due in each year from_year..to_year, and only then.';
create unique index target_plan_position_unique on target (plan_id, position) where task_id is null;

-- Budget lines ----------------------------------------------------------------------------------

alter table budget_line add column task_id integer references plan_task (id) on delete set null;
comment on column budget_line.task_id is 'The task this line funds (a task of the same plan; the service checks it).';
create index budget_line_task_idx on budget_line (task_id);
