-- The rows of a plan: tasks, the agencies tasks and responsibilities name, targets from an
-- indicator catalogue, the budget appendix as a tree, reporting rules, task criteria, and the
-- amendments of issued plans. Every table takes its plan's unit and path by trigger
-- (app.set_plan_tenant, migration 0300) and the same read / write policies as the plan:
-- readable in the owner's subtree and below it, written only inside the write scope.

-- Tasks -----------------------------------------------------------------------------------------

create table plan_task (
  id                 serial primary key,
  plan_id            integer not null references plan (id) on delete cascade,
  unit_id            integer not null,
  unit_path          ltree not null,
  province_code      text not null,
  code               text not null check (code ~ '^[0-9]{1,3}(\.[0-9]{1,3}){0,3}$'),
  sort_key           integer[] generated always as (string_to_array(code, '.')::integer[]) stored,
  title              text not null check (length(btrim(title)) between 1 and 1000),
  description        text check (length(description) <= 20000),
  lead_text          text check (length(lead_text) <= 1000),
  coordinating_text  text check (length(coordinating_text) <= 1000),
  schedule_kind      schedule_kind,
  schedule_year      smallint check (schedule_year between 1945 and 2200),
  schedule_dates     date[],
  schedule_note      text check (length(schedule_note) <= 500),
  implements_task_id integer references plan_task (id) on delete set null,
  version            integer not null default 1,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  constraint plan_task_code_unique unique (plan_id, code),
  constraint plan_task_plan_row unique (plan_id, id),
  constraint plan_task_schedule check (
    (schedule_kind is null and schedule_year is null and schedule_dates is null)
    or (schedule_kind = 'YEARLY' and schedule_year is null and schedule_dates is null)
    or (schedule_kind = 'ONCE' and schedule_year is not null and schedule_dates is null)
    or (schedule_kind = 'DATES' and schedule_year is null and cardinality(schedule_dates) > 0))
);
comment on table plan_task is 'A task of a plan (code 1, 2, 2.1 ...), in code order. schedule: YEARLY ("Hàng năm"), ONCE in schedule_year ("Năm 2025"), DATES, or none when the document states no timing; schedule_note keeps the document''s words. lead_text/coordinating_text keep the agency lines verbatim; plan_agency holds them as data. implements_task_id links a cascaded task to the parent plan''s task.';
create index plan_task_implements_idx on plan_task (implements_task_id);

-- Responsibilities (section III.1 of a plan) -----------------------------------------------------

create table responsibility (
  id            serial primary key,
  plan_id       integer not null references plan (id) on delete cascade,
  unit_id       integer not null,
  unit_path     ltree not null,
  province_code text not null,
  position      smallint not null check (position > 0),
  text          text not null check (length(btrim(text)) between 1 and 5000),
  is_request    boolean not null default false,
  version       integer not null default 1,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  constraint responsibility_position_unique unique (plan_id, position),
  constraint responsibility_plan_row unique (plan_id, id)
);
comment on table responsibility is 'What each agency takes on in carrying out the plan ("Phân công nhiệm vụ"), in order, verbatim. is_request: addressed as "Đề nghị" to bodies the committee cannot direct (the Fatherland Front, the court).';

-- Agencies named by tasks and responsibilities -------------------------------------------------

create table plan_agency (
  id                serial primary key,
  plan_id           integer not null references plan (id) on delete cascade,
  unit_id           integer not null,
  unit_path         ltree not null,
  province_code     text not null,
  task_id           integer,
  responsibility_id integer,
  role              agency_role not null,
  position          smallint not null check (position > 0),
  agency_id         integer references agency (id),
  agency_kind       agency_kind,
  agency_level      agency_level,
  label             text not null check (length(btrim(label)) between 1 and 300),
  constraint plan_agency_owner check ((task_id is null) <> (responsibility_id is null)),
  constraint plan_agency_target check ((agency_id is not null and agency_kind is null and agency_level is null)
                                       or (agency_id is null and (agency_kind is not null or agency_level is not null))),
  constraint plan_agency_role check ((task_id is not null and role in ('LEAD', 'COORDINATING')) or (responsibility_id is not null and role = 'RESPONSIBLE')),
  constraint plan_agency_task_fkey foreign key (plan_id, task_id) references plan_task (plan_id, id) on delete cascade,
  constraint plan_agency_responsibility_fkey foreign key (plan_id, responsibility_id) references responsibility (plan_id, id) on delete cascade
);
comment on table plan_agency is 'An agency a plan names: a task''s lead (chủ trì / thực hiện) or coordinating (phối hợp) agency, or the subject of a responsibility. Either one Agency, or a kind of agency at a level ("UBND cấp xã" = PEOPLES_COMMITTEE at COMMUNE: every commune''s committee; "Các cơ quan, ban, ngành huyện" = any kind at DISTRICT). label keeps the document''s words.';
create index plan_agency_task_idx on plan_agency (task_id);
create index plan_agency_responsibility_idx on plan_agency (responsibility_id);
create index plan_agency_agency_idx on plan_agency (agency_id);
create index plan_agency_plan_idx on plan_agency (plan_id);

-- Targets -----------------------------------------------------------------------------------------

create table target_indicator (
  code        text primary key check (code ~ '^[A-Z_]+$'),
  name        text not null,
  name_en     text not null,
  unit        target_unit not null,
  description text not null
);
comment on table target_indicator is 'The catalogue of indicators a target may measure; reference data, the same for every tenant. The workforce and report modules compute them.';
insert into target_indicator (code, name, name_en, unit, description) values
  ('TEAMS_CONSOLIDATED_SHARE', 'Tỷ lệ tổ hòa giải được củng cố, kiện toàn', 'Share of mediation teams consolidated', 'PERCENT', 'Teams brought to the legal size and composition in the year / all teams'),
  ('SETTLEMENT_RATE', 'Tỷ lệ hòa giải thành', 'Settlement rate', 'PERCENT', 'Cases settled (hòa giải thành) / cases mediated in the period'),
  ('SECRETARY_LED_SHARE', 'Tỷ lệ Bí thư chi bộ ấp, khóm được bầu làm Tổ trưởng tổ hòa giải', 'Share of teams led by the hamlet Party-cell secretary', 'PERCENT', 'Teams whose leader is the hamlet''s Party-cell secretary / all teams'),
  ('MEDIATORS_TRAINED_SHARE', 'Tỷ lệ hòa giải viên được tập huấn, bồi dưỡng', 'Share of mediators trained', 'PERCENT', 'Mediators trained / all mediators'),
  ('NEW_MEDIATORS_TRAINED_SHARE', 'Tỷ lệ hòa giải viên mới được bầu được tập huấn, bồi dưỡng', 'Share of newly elected mediators trained', 'PERCENT', 'Mediators elected in the year and trained / mediators elected in the year'),
  ('TRAINERS_PER_TEAMS', 'Số tập huấn viên trên số tổ hòa giải', 'Trainers per number of teams', 'COUNT', 'Trainers of a pool per per_quantity teams (≥ 1 district trainer per 80 teams)'),
  ('TRAINERS_TRAINED_SHARE', 'Tỷ lệ tập huấn viên được tập huấn', 'Share of trainers trained', 'PERCENT', 'Trainers trained / all trainers of the pool'),
  ('TEAMS_LEGAL_SUPPORT_SHARE', 'Tỷ lệ tổ hòa giải được hỗ trợ bởi người có chuyên môn pháp luật', 'Share of teams supported by legal professionals', 'PERCENT', 'Teams supported by legal professionals / all teams');
grant select on target_indicator to hoagiai_app;

create table target (
  id                   serial primary key,
  plan_id              integer not null references plan (id) on delete cascade,
  unit_id              integer not null,
  unit_path            ltree not null,
  province_code        text not null,
  task_id              integer not null,
  position             smallint not null check (position > 0),
  indicator            text not null references target_indicator (code),
  comparator           target_comparator not null,
  value                numeric(14, 3) not null,
  value_unit           target_unit not null,
  per_quantity         integer check (per_quantity > 0),
  applies              target_applies not null,
  year                 smallint check (year between 1945 and 2200),
  note                 text check (length(note) <= 2000),
  implements_target_id integer references target (id) on delete set null,
  version              integer not null default 1,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now(),
  constraint target_task_fkey foreign key (plan_id, task_id) references plan_task (plan_id, id) on delete cascade,
  constraint target_percent_range check (value_unit <> 'PERCENT' or value between 0 and 100),
  constraint target_value_positive check (value >= 0),
  constraint target_year_given check ((applies = 'BY_YEAR') = (year is not null)),
  constraint target_per_quantity_count check (per_quantity is null or value_unit = 'COUNT')
);
comment on table target is 'A target of a task: indicator, comparator, value and unit, every year or by a given year (Mỹ Tú: > 95% consolidated every year; ≥ 85% settled every year; = 100% secretary-led by 2025). A percent lies in 0–100. note keeps the document''s words.';
create index target_task_idx on target (task_id);
create index target_plan_idx on target (plan_id);
create index target_indicator_idx on target (indicator);
create index target_implements_idx on target (implements_target_id);

-- Budget appendix ---------------------------------------------------------------------------------

create table budget_line (
  id                 serial primary key,
  plan_id            integer not null references plan (id) on delete cascade,
  unit_id            integer not null,
  unit_path          ltree not null,
  province_code      text not null,
  parent_id          integer,
  code               text not null check (code ~ '^[0-9]{1,3}(\.[0-9]{1,3}){0,3}$'),
  sort_key           integer[] generated always as (string_to_array(code, '.')::integer[]) stored,
  title              text not null check (length(btrim(title)) between 1 and 2000),
  amount             numeric(14, 3) not null default 0 constraint budget_line_amount_positive check (amount >= 0),
  schedule_kind      schedule_kind check (schedule_kind is null or schedule_kind in ('YEARLY', 'ONCE')),
  schedule_year      smallint check (schedule_year between 1945 and 2200),
  schedule_note      text check (length(schedule_note) <= 500),
  implements_line_id integer references budget_line (id) on delete set null,
  version            integer not null default 1,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  constraint budget_line_code_unique unique (plan_id, code),
  constraint budget_line_plan_row unique (plan_id, id),
  constraint budget_line_parent_fkey foreign key (plan_id, parent_id) references budget_line (plan_id, id),
  constraint budget_line_schedule check ((schedule_kind is not distinct from 'ONCE') = (schedule_year is not null))
);
comment on table budget_line is 'A line of the budget appendix (kinh phí), in million VND per year as an exact decimal. The code places it in the tree (1.2 is a line of 1); a parent equals the sum of its lines (checked by the service after every write, app.budget_mismatches). schedule: YEARLY, ONCE in schedule_year, or none (inherits the parent''s; a top-level line without one applies every year).';
comment on column budget_line.amount is 'Million VND (triệu đồng), numeric(14,3): exact, never a float.';
create index budget_line_parent_idx on budget_line (parent_id);
create index budget_line_implements_idx on budget_line (implements_line_id);

create function app.budget_mismatches(target_plan_id integer)
  returns table (code text, amount numeric, children_sum numeric, children text[])
  language sql stable
  as $$
    select p.code, p.amount, sum(c.amount), array_agg(c.code order by c.sort_key)
      from budget_line p join budget_line c on c.parent_id = p.id
     where p.plan_id = target_plan_id
     group by p.id, p.code, p.amount, p.sort_key
    having p.amount <> sum(c.amount)
     order by p.sort_key
  $$;
comment on function app.budget_mismatches is 'The budget lines of a plan whose amount differs from the sum of their lines, in code order: empty when the tree is consistent.';

-- Reporting rules ---------------------------------------------------------------------------------

create table reporting_rule (
  id                  serial primary key,
  plan_id             integer not null references plan (id) on delete cascade,
  unit_id             integer not null,
  unit_path           ltree not null,
  province_code       text not null,
  position            smallint not null default 1 check (position > 0),
  frequency           report_frequency not null,
  due_month           smallint check (due_month between 1 and 12),
  due_day             smallint check (due_day between 1 and 31),
  due_before          boolean not null default true,
  reporter_levels     unit_level[] not null default '{}',
  reporters           text check (length(reporters) <= 1000),
  receiving_agency_id integer references agency (id),
  receiving_label     text check (length(receiving_label) <= 300),
  forwarded_to        text check (length(forwarded_to) <= 1000),
  note                text check (length(note) <= 5000),
  version             integer not null default 1,
  created_at          timestamptz not null default now(),
  updated_at          timestamptz not null default now(),
  constraint reporting_rule_position_unique unique (plan_id, position),
  constraint reporting_rule_yearly_due check (frequency <> 'YEARLY' or (due_month is not null and due_day is not null)),
  constraint reporting_rule_real_day check (due_day is null or due_month is null
    or due_day <= case when due_month = 2 then 29 when due_month in (4, 6, 9, 11) then 30 else 31 end)
);
comment on table reporting_rule is 'Who reports, how often, by when and to whom (Mỹ Tú: yearly, before 15/11, to Phòng Tư pháp). due_before: due strictly before the day ("trước ngày 15/11"). reporter_levels: every unit of those levels below the plan''s unit owes a report each period (COMMUNE: each commune''s committee), so the report module can generate each unit''s yearly obligations; reporters keeps the document''s words.';
create index reporting_rule_agency_idx on reporting_rule (receiving_agency_id);

-- Task criteria -----------------------------------------------------------------------------------

create table task_criterion (
  id                      serial primary key,
  plan_id                 integer not null references plan (id) on delete cascade,
  unit_id                 integer not null,
  unit_path               ltree not null,
  province_code           text not null,
  task_id                 integer not null,
  position                smallint not null check (position > 0),
  kind                    task_criterion_kind not null,
  text                    text not null check (length(btrim(text)) between 1 and 5000),
  parameters              jsonb not null default '{}' check (jsonb_typeof(parameters) = 'object'),
  implements_criterion_id integer references task_criterion (id) on delete set null,
  version                 integer not null default 1,
  created_at              timestamptz not null default now(),
  updated_at              timestamptz not null default now(),
  constraint task_criterion_task_fkey foreign key (plan_id, task_id) references plan_task (plan_id, id) on delete cascade,
  constraint task_criterion_position_unique unique (task_id, position)
);
comment on table task_criterion is 'Criteria of a task as data, for the workforce and pilot modules (Bạc Liêu 21/KH-UBND tasks 3, 4, 5). text is the document''s words; parameters has one documented shape per kind (server/src/modules/plans/task-criterion.shape.ts), e.g. PILOT_SELECTION {"selectedBy": {"agencyKind": "JUSTICE", "level": "PROVINCE"}, "together": {...}, "unitLevel": "COMMUNE", "count": 3, "priorities": ["LOW_SETTLEMENT_RATE", "MANY_DIFFICULTIES"], "priorityMode": "ANY"}.';
create index task_criterion_plan_idx on task_criterion (plan_id);
create index task_criterion_implements_idx on task_criterion (implements_criterion_id);

-- Row-level security of the plan rows ---------------------------------------------------------------
-- The same four policies on every table that holds rows of a plan: read the own subtree or an
-- ancestor's plan, write only inside the write scope. Written as a loop so they cannot drift.

do $$
declare
  t text;
begin
  foreach t in array array['plan_task', 'responsibility', 'plan_agency', 'target', 'budget_line', 'reporting_rule', 'task_criterion'] loop
    execute format('create trigger %I before insert or update of plan_id on %I for each row execute function app.set_plan_tenant()', t || '_10_plan_tenant', t);
    execute format('create index %I on %I using gist (unit_path)', t || '_path_idx', t);
    execute format('grant select, insert, update, delete on %I to hoagiai_app', t);
    execute format('grant usage on sequence %I to hoagiai_app', t || '_id_seq');
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy %I on %I for select using (unit_path <@ any ((select app.read_scope())) or unit_path @> any ((select app.read_scope())))', t || '_read', t);
    execute format('create policy %I on %I for insert with check (unit_path <@ any ((select app.write_scope())))', t || '_insert', t);
    execute format('create policy %I on %I for update using (unit_path <@ any ((select app.write_scope()))) with check (unit_path <@ any ((select app.write_scope())))', t || '_update', t);
    execute format('create policy %I on %I for delete using (unit_path <@ any ((select app.write_scope())))', t || '_delete', t);
    execute format('comment on policy %I on %I is %L', t || '_read', t,
      'Rows of a plan: readable in the owner''s subtree and below it (the plan is addressed downward), never by a sibling.');
    execute format('comment on policy %I on %I is %L', t || '_insert', t,
      'Only inside the write scope; the path comes from the plan (app.set_plan_tenant), never from the client.');
  end loop;
end $$;

-- Amendments ---------------------------------------------------------------------------------------

create table plan_amendment (
  id            serial primary key,
  plan_id       integer not null references plan (id) on delete cascade,
  unit_id       integer not null,
  unit_path     ltree not null,
  province_code text not null,
  amended_at    timestamptz not null default now(),
  user_id       integer references app_user (id) on delete set null,
  plan_status   plan_status not null,
  entity        text not null,
  entity_id     integer not null,
  action        text not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
  before        jsonb,
  after         jsonb
);
comment on table plan_amendment is 'Every change to a plan or its rows after it was issued, with before and after: the issued text stays reconstructible. Append-only for the server.';
create index plan_amendment_plan_idx on plan_amendment (plan_id, id);
create index plan_amendment_path_idx on plan_amendment using gist (unit_path);
create trigger plan_amendment_10_plan_tenant before insert on plan_amendment
  for each row execute function app.set_plan_tenant();

grant select, insert on plan_amendment to hoagiai_app;
grant usage on sequence plan_amendment_id_seq to hoagiai_app;
alter table plan_amendment enable row level security;
alter table plan_amendment force row level security;
create policy plan_amendment_read on plan_amendment for select
  using (unit_path <@ any ((select app.read_scope())) or unit_path @> any ((select app.read_scope())));
create policy plan_amendment_insert on plan_amendment for insert
  with check (user_id = app.user_id() and unit_path <@ any ((select app.write_scope())));
comment on policy plan_amendment_read on plan_amendment is 'Read with the plan: its owner''s subtree and the units below it.';
comment on policy plan_amendment_insert on plan_amendment is 'Written by the caller who changes the plan, inside the write scope; never updated or deleted.';

grant execute on function app.budget_mismatches(integer) to hoagiai_app;
