-- The server's requests plan without parallel workers. Under row-level security the planner takes
-- each path of a scope for 1 % of a table (ltree's operators are not leakproof, so the table's
-- statistics are withheld from it): a 2025 commune, whose scope holds its own path and those of the
-- three 2021 communes it succeeded, looks like 4 % of the country's cases and got two workers for
-- its 398 cases. Starting them cost 30 ms on this machine against 0.3 ms for the same plan without
-- (national data, docs/performance.md, eleventh round); every tenant list of Cần Thơ 2025 and of
-- that commune took 55–75 ms, and 0.3–40 ms without. The requests are short and many: the cores
-- serve more of them one each. The owner's sessions (migrations, the generator) keep the default.
alter role hoagiai_app set max_parallel_workers_per_gather = 0;
