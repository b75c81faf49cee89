-- Today's Vietnam (issue 8): the tables that gained a second read policy for the 2025 reform
-- (moved_from_path, successor_path) have their first one OR-ed with it. While that first policy
-- is still in the old form (the scope as an initplan, `any ((select app.read_scope()))`), the OR
-- cannot use the gist indexes and every query scans the table, evaluating the new policy row by
-- row (a commune counting its cases: ~300 ms instead of ~0.3 ms). Issue 11 rewrites every policy
-- into the index-friendly form; this does the same for these eight read policies, and only where
-- that has not happened yet (it leaves any other definition alone). PERF: BitmapOr of two gist
-- index scans, the scope evaluated once.

do $$
declare
  t text;
  policy text;
  qual text;
begin
  foreach t in array array['hamlet', 'mediation_team', 'mediator', 'mediation_case', 'case_mediator', 'case_yearly_count', 'team_review', 'training_attendance'] loop
    policy := t || '_read';
    select p.qual into qual from pg_policies p where p.schemaname = 'public' and p.tablename = t and p.policyname = policy;
    if qual = '(unit_path <@ ANY ( SELECT app.read_scope() AS read_scope))' then
      execute format('drop policy %I on %I', policy, t);
      execute format('create policy %I on %I for select using (unit_path <@ any (app.read_scope()))', policy, t);
      execute format('comment on policy %I on %I is %L', policy, t, 'A unit''s subtree (index-friendly form: the scope is evaluated once and the gist index on unit_path is used).');
    end if;
  end loop;
end $$;
