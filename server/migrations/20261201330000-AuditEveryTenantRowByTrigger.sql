-- Every change of a tenant row is audited by a trigger, so no service can forget: who (the
-- request's user), where (the row's unit and path), what (entity, id, action), before and after.
-- The trigger is added to every table with a unit_path by app_private.harden_tenant_tables
-- (migration 20261201350000), also to tables created by later migrations.
--
-- Services still describe changes in their own words where a row's columns say too little (a plan's
-- TRANSITION, a CASCADE, a training event's attendees, "the parties changed" without the parties):
-- app.audit_event then takes over the row the trigger wrote for that entity in the same transaction
-- (its action and snapshots), so one change stays one audit row; an event without a row change of
-- its own (a succession CORRECTion) is inserted.
--
-- Writes without a user (the owner loading reference, demo or synthetic data, migrations) are not
-- audited: the data loads are recorded in reference_load and synthetic_run.

alter table audit_log add column tx xid8 not null default pg_current_xact_id();
alter table audit_log add column row_change boolean not null default false;
comment on column audit_log.tx is 'The transaction that wrote the row: a service''s description (app.audit_event) takes over the trigger''s row of its own transaction only.';
comment on column audit_log.row_change is 'true: written by the row trigger and not (yet) described by a service.';
create index audit_log_tx_idx on audit_log (tx) where row_change;

create table app_private.audit_setting (
  table_name text primary key,
  entity     text not null,
  redacted   text[] not null default '{}'
);
comment on table app_private.audit_setting is 'Where the audited entity name differs from the table name in PascalCase, and the columns never copied into the audit log (personal data).';
insert into app_private.audit_setting (table_name, entity, redacted) values
  ('app_user', 'User', '{}'),
  ('mediation_case_parties', 'MediationCaseParties', '{parties}');
grant select on app_private.audit_setting to hoagiai_definer;

create function app_private.camel_case(name text) returns text language sql immutable parallel safe as $$
  select string_agg(case when i = 1 then part else initcap(part) end, '' order by i)
    from unnest(string_to_array(name, '_')) with ordinality as t (part, i)
$$;

create function app_private.audit_snapshot(row_data jsonb, hidden text[]) returns jsonb
  language sql immutable parallel safe as $$
  select jsonb_object_agg(app_private.camel_case(e.key), e.value order by e.key)
    from jsonb_each(row_data) e
   where not e.key = any (hidden)
$$;
comment on function app_private.audit_snapshot is 'A row as the audit log keeps it: columns in camelCase (as the API names them), without internal, generated and redacted columns.';

-- Trigger arguments: the entity, the primary-key columns (comma-separated), the hidden columns.
create function app_private.audit_row() returns trigger
  language plpgsql security definer set search_path = public, pg_temp as $$
declare
  key_columns text[] := string_to_array(tg_argv[1], ',');
  hidden text[] := string_to_array(tg_argv[2], ',');
  old_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
  new_row jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
  subject jsonb := coalesce(new_row, old_row);
  before_snapshot jsonb := app_private.audit_snapshot(old_row, hidden);
  after_snapshot jsonb := app_private.audit_snapshot(new_row, hidden);
begin
  if tg_op = 'UPDATE' and before_snapshot is not distinct from after_snapshot then
    return null;
  end if;
  insert into audit_log (user_id, unit_id, unit_path, province_code, entity, entity_id, action, before, after, row_change)
  values (app.user_id(), (subject ->> 'unit_id')::integer, coalesce((subject ->> 'unit_path')::ltree, ''), subject ->> 'province_code',
          tg_argv[0], (select string_agg(subject ->> k, '/' order by i) from unnest(key_columns) with ordinality as c (k, i)),
          case tg_op when 'INSERT' then 'CREATE' else tg_op end, before_snapshot, after_snapshot, true);
  return null;
end $$;
comment on function app_private.audit_row is 'AFTER ROW trigger of every tenant table (when a request''s user is set): one audit row per changed row, in the row''s unit, by the request''s user.';

create function app.audit_event(entity text, entity_id text, action text, unit_id integer, before jsonb, after jsonb) returns void
  language plpgsql volatile security definer set search_path = public, pg_temp as $$
declare
  claimed bigint;
  event_path ltree;
begin
  if app.user_id() is null then
    raise insufficient_privilege using message = 'Only a signed-in request writes the audit log';
  end if;
  update audit_log a
     set action = audit_event.action, before = audit_event.before, after = audit_event.after, row_change = false
   where a.id = (select max(b.id) from audit_log b
                  where b.tx = pg_current_xact_id() and b.row_change
                    and b.entity = audit_event.entity and b.entity_id = audit_event.entity_id)
  returning a.id into claimed;
  if claimed is not null then
    return;
  end if;
  event_path := coalesce((select u.path from admin_unit u where u.id = audit_event.unit_id), '');
  if not (event_path <@ any (app.write_scope()) or event_path <@ any (app.admin_scope())) then
    raise insufficient_privilege using message = 'An audit event outside the caller''s write scope';
  end if;
  insert into audit_log (user_id, unit_id, unit_path, province_code, entity, entity_id, action, before, after)
  select app.user_id(), audit_event.unit_id, event_path, u.province_code, audit_event.entity, audit_event.entity_id, audit_event.action,
         audit_event.before, audit_event.after
    from (select 1) one left join admin_unit u on u.id = audit_event.unit_id;
end $$;
comment on function app.audit_event is 'A service''s description of a change: takes over the row the trigger wrote for the same entity in this transaction (action, before, after), or writes a new row inside the caller''s write or admin scope.';

call app_private.give_to_definer('app_private.audit_row()');
call app_private.give_to_definer('app.audit_event(text, text, text, integer, jsonb, jsonb)');
grant execute on function app_private.audit_snapshot(jsonb, text[]), app_private.camel_case(text) to hoagiai_definer;
revoke all on function app.audit_event(text, text, text, integer, jsonb, jsonb) from public;
grant execute on function app.audit_event(text, text, text, integer, jsonb, jsonb) to hoagiai_app;
