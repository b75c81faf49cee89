-- Row-level security that PostgreSQL answers from the unit_path index (issue 11).
--
-- Every policy so far compared the row's path with a scope written as a scalar subquery:
--     unit_path <@ any ((select app.read_scope()))
-- PostgreSQL plans that subquery as a SubPlan evaluated beside each row, so the condition is a
-- filter and the gist index on unit_path is never used: every tenant query read the whole table,
-- whatever the caller's scope (national data: counting a province's 929 hamlets read all 88,644,
-- 29.7 ms; now 0.6 ms). And under row-level security the caller's own `unit_path <@ ...` cannot
-- take the index's place, because ltree's operators are not leakproof.
--
-- Written with the STABLE function itself,
--     unit_path <@ any (app.read_scope())
-- the scope functions (plain SQL over current_setting) are inlined and the condition becomes the
-- index condition of a bitmap index scan: PostgreSQL reads the scope once per scan and fetches only
-- the caller's subtrees. The ancestor branches (`unit_path @> any (app.read_scope())`, plans and
-- courses addressed downward) are answered from the same gist index, OR-ed as a BitmapOr. The
-- meaning is unchanged: the same functions, the same operators, and an empty or missing setting
-- is still an empty array, which matches nothing.
--
-- The rewrite is mechanical, so it is done over the catalogue rather than policy by policy: every
-- policy of the public schema whose USING or WITH CHECK expression holds `(SELECT app.<fn>() AS
-- <fn>)` gets the same expression with the bare call `app.<fn>()`, by ALTER POLICY (which keeps
-- the policy's command, roles and comment). That covers the read, write and admin policies, the
-- ancestor branches, the audit log, accounts and memberships, and the personal-data policy of the
-- case parties (`= any (app.personal_data_scope())`). The block then refuses to finish if any
-- policy is left in the old form; tests/foundation/policies.test.ts holds later migrations to it.
do $$
declare
  p record;
  old_form constant text := '\(\s*SELECT\s+(app\.[a-z_]+\(\))\s+AS\s+[a-z_]+\)';
  rewritten integer := 0;
begin
  for p in
    select c.relname as table_name, pol.polname as policy_name,
           pg_get_expr(pol.polqual, pol.polrelid) as qual,
           pg_get_expr(pol.polwithcheck, pol.polrelid) as with_check
      from pg_policy pol
      join pg_class c on c.oid = pol.polrelid
      join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public'
     order by c.relname, pol.polname
  loop
    if p.qual ~ old_form then
      execute format('alter policy %I on public.%I using (%s)', p.policy_name, p.table_name,
                     regexp_replace(p.qual, old_form, '(\1)', 'g'));
      rewritten := rewritten + 1;
    end if;
    if p.with_check ~ old_form then
      execute format('alter policy %I on public.%I with check (%s)', p.policy_name, p.table_name,
                     regexp_replace(p.with_check, old_form, '(\1)', 'g'));
      rewritten := rewritten + 1;
    end if;
  end loop;

  if exists (
    select 1 from pg_policy pol
     where coalesce(pg_get_expr(pol.polqual, pol.polrelid), '') ~ old_form
        or coalesce(pg_get_expr(pol.polwithcheck, pol.polrelid), '') ~ old_form
  ) then
    raise exception 'a row-level security policy still reads its scope through a scalar subquery';
  end if;
  raise notice 'rewrote % policy expressions to use the unit_path index', rewritten;
end $$;
