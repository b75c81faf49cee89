-- What every table must have, applied by one idempotent function that the server also runs after
-- each batch of migrations (server/src/core/migrate.ts), so tables added later get it too:
--   0. every SECURITY DEFINER function of the schemas app and app_private belongs to hoagiai_definer;
--   1. every table with row-level security: a permissive policy <table>_definer TO hoagiai_definer
--      (the definer functions and the owner pass; the app role's policies are untouched);
--   2. every tenant table (a unit_path column; audit_log excepted): the audit trigger zz_audit;
--   3. every tenant table with a foreign key to another tenant table that does not carry the unit
--      (composite keys with unit_id are proven by the row's own write policy): a BEFORE trigger
--      zz_check_references that looks the referenced row up AS THE CALLER. Foreign keys skip
--      row-level security, so a writer could link a training event to another tenant's plan task,
--      and probe which ids exist from the error; the lookup runs under the caller's policies and
--      answers an invisible row and a missing one alike (constraint tenant_reference:<table>.<column>,
--      which the server answers NOT_FOUND).

create function app_private.tenant_tables() returns setof regclass language sql stable as $$
  select c.oid::regclass
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and c.relkind in ('r', 'p')
     and exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'unit_path' and not a.attisdropped)
     and c.relname <> 'audit_log'
   order by c.relname
$$;
comment on function app_private.tenant_tables is 'Tables whose rows belong to a unit (they carry unit_path), audit_log excepted.';

create function app_private.entity_name(tbl regclass) returns text language sql stable as $$
  select coalesce((select s.entity from app_private.audit_setting s where s.table_name = c.relname),
                  replace(initcap(replace(c.relname, '_', ' ')), ' ', ''))
    from pg_class c where c.oid = tbl
$$;

-- Foreign keys from a tenant table to a tenant table that do not include unit_id on both sides.
create function app_private.tenant_references(tbl regclass)
  returns table (constraint_name name, columns text[], target regclass, target_columns text[])
  language sql stable as $$
  select k.conname,
         array(select a.attname::text from unnest(k.conkey) with ordinality u (n, i) join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.i),
         k.confrelid::regclass,
         array(select a.attname::text from unnest(k.confkey) with ordinality u (n, i) join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.n order by u.i)
    from pg_constraint k
   where k.contype = 'f' and k.conrelid = tbl
     and k.confrelid in (select app_private.tenant_tables())
     and not exists (select from unnest(k.conkey) u (n) join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n where a.attname = 'unit_id')
   order by k.conname
$$;

-- The reference-check trigger function of a table, as source text (static SQL: planned once).
create function app_private.reference_check_source(tbl regclass) returns text language plpgsql stable as $$
declare
  ref record;
  body text := '';
  present text;
  changed text;
  matches text;
begin
  for ref in select * from app_private.tenant_references(tbl) loop
    present := (select string_agg(format('new.%I is not null', c), ' and ') from unnest(ref.columns) c);
    changed := format('(%s) is distinct from (%s)',
      (select string_agg(format('new.%I', c), ', ') from unnest(ref.columns) c),
      (select string_agg(format('old.%I', c), ', ') from unnest(ref.columns) c));
    matches := (select string_agg(format('r.%I = new.%I', ref.target_columns[i], ref.columns[i]), ' and ')
                  from generate_subscripts(ref.columns, 1) i);
    body := body || format($f$
  if %s and (tg_op = 'INSERT' or %s) then
    if not exists (select from %s r where %s) then
      raise foreign_key_violation using message = format('%s %%s was not found', new.%I), constraint = %L;
    end if;
  end if;$f$, present, changed, ref.target, matches, app_private.entity_name(ref.target), ref.columns[1],
      'tenant_reference:' || (select relname from pg_class where oid = tbl) || '.' || ref.columns[1]);
  end loop;
  if body = '' then
    return null;
  end if;
  return format($f$
begin
  -- The definer role and the owner see every row: for them the foreign key says it all.
  if pg_has_role(current_user, 'hoagiai_definer', 'usage') then
    return new;
  end if;%s
  return new;
end $f$, body);
end $$;

-- SECURITY DEFINER functions that do not belong to the definer role yet.
create function app_private.definer_functions_to_hand_over() returns setof regprocedure language sql stable as $$
  select p.oid::regprocedure from pg_proc p join pg_namespace n on n.oid = p.pronamespace
   where n.nspname in ('app', 'app_private') and p.prosecdef and pg_get_userbyid(p.proowner) <> 'hoagiai_definer'
$$;

-- What is missing, one line per gap (empty when everything is in place).
create function app_private.hardening_gaps() returns table (tbl regclass, gap text) language sql stable as $$
  select null::regclass, 'definer function ' || f::text from app_private.definer_functions_to_hand_over() f
  union all
  select c.oid::regclass, 'definer policy'
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and c.relrowsecurity
     and not exists (select from pg_policy p where p.polrelid = c.oid and p.polname = c.relname || '_definer')
  union all
  select t, 'audit trigger' from app_private.tenant_tables() t
   where not exists (select from pg_trigger g where g.tgrelid = t and g.tgname = 'zz_audit')
  union all
  select t, 'reference check' from app_private.tenant_tables() t
   where app_private.reference_check_source(t) is distinct from (
           select p.prosrc from pg_trigger g join pg_proc p on p.oid = g.tgfoid where g.tgrelid = t and g.tgname = 'zz_check_references')
$$;

create function app_private.harden_tenant_tables() returns setof text language plpgsql as $$
declare
  t regclass;
  tname text;
  source text;
  hidden text[];
  key_columns text[];
  checked text[];
  fn regprocedure;
begin
  -- 0. Definer functions run as the definer role, which the policies let through (not as the owner).
  for fn in select * from app_private.definer_functions_to_hand_over() loop
    call app_private.give_to_definer(fn);
    return next format('%s: owned by hoagiai_definer', fn);
  end loop;

  -- 1. The definer role through every table with row-level security.
  for t, tname in select c.oid::regclass, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relrowsecurity
                          and not exists (select from pg_policy p where p.polrelid = c.oid and p.polname = c.relname || '_definer') loop
    execute format('create policy %I on %s to hoagiai_definer using (true) with check (true)', tname || '_definer', t);
    execute format('comment on policy %I on %s is %L', tname || '_definer', t,
      'The definer role (SECURITY DEFINER functions, and the owner through its membership) passes; the server''s role never holds it.');
    execute format('grant select, insert, update, delete on %s to hoagiai_definer', t);
    return next format('%s: definer policy', t);
  end loop;

  for t, tname in select x, c.relname from app_private.tenant_tables() x join pg_class c on c.oid = x loop
    -- 2. The audit trigger.
    if not exists (select from pg_trigger g where g.tgrelid = t and g.tgname = 'zz_audit') then
      hidden := array['unit_path', 'province_code', 'created_at', 'updated_at']
        || array(select a.attname::text from pg_attribute a where a.attrelid = t and a.attgenerated <> '' and not a.attisdropped)
        || coalesce((select s.redacted from app_private.audit_setting s where s.table_name = tname), '{}');
      key_columns := array(select a.attname::text from pg_index i join unnest(i.indkey::int2[]) with ordinality k (n, o) on true
                             join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.n
                            where i.indrelid = t and i.indisprimary order by k.o);
      execute format('create trigger zz_audit after insert or update or delete on %s for each row when (app.user_id() is not null) '
                     'execute function app_private.audit_row(%L, %L, %L)',
                     t, app_private.entity_name(t), array_to_string(key_columns, ','), array_to_string(hidden, ','));
      return next format('%s: audit trigger', t);
    end if;

    -- 3. References to other tenants' rows, looked up as the caller.
    source := app_private.reference_check_source(t);
    if source is distinct from (select p.prosrc from pg_trigger g join pg_proc p on p.oid = g.tgfoid
                                 where g.tgrelid = t and g.tgname = 'zz_check_references') then
      execute format('drop trigger if exists zz_check_references on %s', t);
      if source is null then
        execute format('drop function if exists app.%I()', 'check_references_' || tname);
      else
        execute format('create or replace function app.%I() returns trigger language plpgsql set search_path = public, pg_temp as %L',
                       'check_references_' || tname, source);
        execute format('comment on function app.%I() is %L', 'check_references_' || tname,
          'BEFORE trigger of ' || tname || ': each reference to another tenant row must be visible to the caller (generated by app_private.harden_tenant_tables).');
        checked := array(select distinct unnest(r.columns) from app_private.tenant_references(t) r);
        execute format('create trigger zz_check_references before insert or update of %s on %s for each row execute function app.%I()',
                       (select string_agg(format('%I', c), ', ') from unnest(checked) c), t, 'check_references_' || tname);
      end if;
      return next format('%s: reference check', t);
    end if;
  end loop;
end $$;
comment on function app_private.harden_tenant_tables is 'Idempotent: adds the definer policies, audit triggers and caller-side reference checks that are missing (run after every batch of migrations). Returns what it changed.';

select count(*) from app_private.harden_tenant_tables();
