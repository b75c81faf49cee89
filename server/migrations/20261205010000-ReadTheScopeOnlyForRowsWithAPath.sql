-- The second read policy of a table whose rows moved at the 2025 reform (`<table>_read_former` on
-- moved_from_path, `<table>_read_successor` on successor_path) is OR-ed with the first, and
-- PostgreSQL evaluates it on every row a scan reads by another index (the figures read by unit_id):
-- the scope setting is read and parsed into ltree[] for each row, about 0.9 µs, even where the
-- column is null and the condition can only be null. Most rows have no successor_path (every case
-- of the demo data) and the rows created since the reform have no moved_from_path: the test of the
-- column now comes first, so those rows skip the scope. Same rows (null <@ anything is null, which a
-- policy treats as false), same indexes (the partial gist indexes on successor_path are still
-- implied; the policies still drive their bitmap scans). W5's cases pass: 3.0 → 2.1 ms; its whole
-- figures statement, as the analyst, minimum of 25 runs: 16.1-16.6 → 13.8-14.7 ms.
do $$
declare
  t text;
begin
  foreach t in array array['hamlet', 'mediation_team', 'mediator'] loop
    execute format('alter policy %I on %I using (moved_from_path is not null and moved_from_path <@ any (app.read_scope()))', t || '_read_former', t);
  end loop;
  foreach t in array array['mediation_case', 'case_mediator', 'case_yearly_count', 'team_review', 'training_attendance'] loop
    execute format('alter policy %I on %I using (successor_path is not null and successor_path <@ any (app.read_scope()))', t || '_read_successor', t);
  end loop;
end $$;
