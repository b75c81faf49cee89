-- The SECURITY DEFINER functions (sign-in, the trained-status refresh, live team counts) used to
-- run as the owner of the database and relied on it bypassing row-level security, i.e. on being a
-- superuser: row-level security is FORCED, so an ordinary owner does not bypass it. Managed
-- PostgreSQL rarely gives a superuser, and BYPASSRLS cannot be granted on many services.
--
-- They now belong to hoagiai_definer: a role without login that owns no table, created by the
-- server before the migrations (server/src/core/migrate.ts, ensureDefinerRole) and granted to
-- the owner. Every table with row-level security gets a permissive policy TO hoagiai_definer
-- (app_private.harden_tenant_tables, migration 20261201350000): the role is let through by the
-- policies themselves, and the app role's own policies stay as they are (and index-friendly).
-- The owner, a member of the role, passes the same policies: migrations and data loads work with a
-- non-superuser owner.

grant usage on schema public, app to hoagiai_definer;
grant select, insert, update, delete on all tables in schema public to hoagiai_definer;
grant usage, select on all sequences in schema public to hoagiai_definer;
-- Tables and sequences the owner creates later are granted the same way.
alter default privileges in schema public grant select, insert, update, delete on tables to hoagiai_definer;
alter default privileges in schema public grant usage, select on sequences to hoagiai_definer;

-- A function's new owner needs CREATE on its schema at the moment of the change (and only then).
grant create on schema app to hoagiai_definer;
do $$
declare
  f regprocedure;
begin
  for f in select p.oid::regprocedure from pg_proc p join pg_namespace n on n.oid = p.pronamespace
            where n.nspname = 'app' and p.prosecdef loop
    execute format('alter function %s owner to hoagiai_definer', f);
  end loop;
end $$;
revoke create on schema app from hoagiai_definer;

comment on function app.refresh_mediator_training(integer[]) is 'Recomputes mediator.trained/trained_on (first attended event''s end date) for the given mediators. Owned by hoagiai_definer, which the policies let through.';

-- Readiness (/health/ready) checks, as the server's role, that every migration it expects is applied.
grant select on schema_migration to hoagiai_app;
