-- Passwords and sessions, graphile-starter style: the secrets live in the schema app_private, which
-- the server's role cannot even look into. The role reaches them only through a few SECURITY
-- DEFINER functions in app, each returning the least it needs:
--   app.login_challenge(email)           the hash's scheme, parameters and salt (never the hash),
--                                        or a stable fake for an unknown email, and how long the
--                                        account is throttled;
--   app.login(email, candidate, token)   compares the candidate hash the server derived from the
--                                        password with the stored one, counts failures per email,
--                                        and on success opens a session (returns the user id only);
--   app.session_caller(token)            the session's user and memberships, if it is still valid;
--   app.logout(token)                    ends one session;
--   app.set_password(user, hash)         an administrator who manages every membership of the
--                                        account sets its password; all its sessions end.
-- Sessions are rows, so they can be ended at once: a password change, a deactivation, a deletion
-- (cascade) or logout removes them. Each session carries the memberships the request scope is
-- computed from (kept current by triggers below), so a signed-in request needs one lookup by key.
-- Tokens are random; only their SHA-256 is stored.

create schema app_private;
revoke all on schema app_private from public;
grant usage on schema app_private to hoagiai_definer;
comment on schema app_private is 'Secrets (password hashes, sessions, sign-in throttling): no grant to hoagiai_app; reached only through SECURITY DEFINER functions owned by hoagiai_definer.';

-- Functions created by the owner are handed to the definer role with this (CREATE on the schema
-- is needed only for the change of owner).
create procedure app_private.give_to_definer(fn regprocedure) language plpgsql as $$
declare
  schema_name text := (select n.nspname from pg_proc p join pg_namespace n on n.oid = p.pronamespace where p.oid = fn);
begin
  execute format('grant create on schema %I to hoagiai_definer', schema_name);
  execute format('alter function %s owner to hoagiai_definer', fn);
  execute format('revoke create on schema %I from hoagiai_definer', schema_name);
end $$;
comment on procedure app_private.give_to_definer is 'Makes hoagiai_definer the owner of a SECURITY DEFINER function (migrations call it).';

create table app_private.user_secret (
  user_id             integer primary key references public.app_user (id) on delete cascade,
  password_hash       text not null check (password_hash ~ '^scrypt\$[0-9]+\$[0-9]+\$[0-9]+\$[A-Za-z0-9_-]{16,}\$[A-Za-z0-9_-]{16,}$'),
  password_changed_at timestamptz not null default now()
);
comment on table app_private.user_secret is 'The scrypt hash of each account''s password (format scrypt$N$r$p$salt$hash, base64url), out of the server role''s reach.';
insert into app_private.user_secret (user_id, password_hash) select id, password_hash from public.app_user;
alter table public.app_user drop column password_hash;

create table app_private.login_attempt (
  email             text primary key,
  failures          integer not null,
  window_started_at timestamptz not null
);
comment on table app_private.login_attempt is 'Failed sign-ins per email (known or not, so throttling reveals nothing) in the current window.';
create index login_attempt_window_idx on app_private.login_attempt (window_started_at);

create table app_private.setting (
  name  text primary key,
  value text not null
);
comment on table app_private.setting is 'Sign-in policy kept beside the secrets, so the server role cannot loosen it: login_max_failures per login_window_seconds per email, and the key of the fake salts.';
insert into app_private.setting (name, value) values
  ('login_max_failures', '5'),
  ('login_window_seconds', '900'),
  ('session_max_seconds', '2592000'),
  ('fake_salt_key', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

create table app_private.session (
  token_hash  bytea primary key check (length(token_hash) = 32),
  user_id     integer not null references public.app_user (id) on delete cascade,
  memberships jsonb not null check (jsonb_typeof(memberships) = 'array'),
  created_at  timestamptz not null default now(),
  expires_at  timestamptz not null
);
comment on table app_private.session is 'A signed-in session: SHA-256 of its random token, the user, and the memberships its requests are scoped by (refreshed by trigger when they change). Deleted by logout, a password change, deactivation, or the account''s deletion.';
create index session_user_idx on app_private.session (user_id);
create index session_expires_idx on app_private.session (expires_at);

grant select, insert, update, delete on all tables in schema app_private to hoagiai_definer;

create function app_private.setting_int(setting_name text) returns integer language sql stable as $$
  select value::integer from app_private.setting where name = setting_name
$$;

-- The memberships a session carries, each with the paths of the units its unit wholly succeeded
-- (FULL: their history is readable too); an inactive account has none. A unit that received only
-- part of a split one (PARTIAL) must not read the rest of it: the history of the hamlets it did
-- receive reaches it through their records' successor_path (docs/two-level-government.md).
create function app_private.memberships_of(member_id integer) returns jsonb language sql stable as $$
  select coalesce(jsonb_agg(jsonb_build_object(
           'role', m.role, 'unitId', m.unit_id, 'unitPath', m.unit_path::text,
           'predecessorPaths', to_jsonb(array(select p.path::text from public.unit_succession s
                                                join public.admin_unit p on p.id = s.predecessor_id
                                               where s.successor_id = m.unit_id and s.kind = 'FULL' order by p.path)))
         order by m.id), '[]'::jsonb)
    from public.membership m join public.app_user u on u.id = m.user_id
   where m.user_id = member_id and u.active
$$;

-- base64url without padding, as Node writes it.
create function app_private.base64url(value bytea) returns text language sql immutable as $$
  select rtrim(translate(encode(value, 'base64'), E'+/\n', '-_'), '=')
$$;

create function app.login_challenge(login_email text)
  returns table (scheme text, retry_after_seconds integer)
  language plpgsql stable security definer set search_path = public, pg_temp as $$
declare
  email_key text := lower(btrim(login_email));
  stored text;
  attempt app_private.login_attempt;
begin
  select s.password_hash into stored from public.app_user u join app_private.user_secret s on s.user_id = u.id where u.email = email_key;
  -- Everything but the hash: scheme, parameters and salt. An unknown email gets a salt derived from
  -- a secret key, stable per email, so the answer does not tell whether the account exists.
  scheme := coalesce(substring(stored from '^(scrypt\$[0-9]+\$[0-9]+\$[0-9]+\$[A-Za-z0-9_-]+)\$'),
    'scrypt$32768$8$1$' || left(app_private.base64url(sha256(convert_to(
      (select value from app_private.setting where name = 'fake_salt_key') || email_key, 'UTF8'))), 22));
  select * into attempt from app_private.login_attempt a where a.email = email_key;
  retry_after_seconds := case
    when attempt.failures >= app_private.setting_int('login_max_failures')
     and attempt.window_started_at + make_interval(secs => app_private.setting_int('login_window_seconds')) > now()
    then ceil(extract(epoch from attempt.window_started_at + make_interval(secs => app_private.setting_int('login_window_seconds')) - now()))::integer
    else 0 end;
  return next;
end $$;
comment on function app.login_challenge is 'Sign-in, step 1: the stored hash''s scheme, parameters and salt for the server to derive a candidate from the password (never the hash), and the seconds the email is still throttled (0: go on).';

create function app.login(login_email text, candidate text, token_hash bytea, ttl_seconds integer)
  returns table (user_id integer, expires_at timestamptz, retry_after_seconds integer)
  language plpgsql volatile security definer set search_path = public, pg_temp as $$
declare
  email_key text := lower(btrim(login_email));
  account record;
  max_failures integer := app_private.setting_int('login_max_failures');
  window_length interval := make_interval(secs => app_private.setting_int('login_window_seconds'));
  attempt app_private.login_attempt;
begin
  select * into attempt from app_private.login_attempt a where a.email = email_key for update;
  if attempt.failures >= max_failures and attempt.window_started_at + window_length > now() then
    retry_after_seconds := ceil(extract(epoch from attempt.window_started_at + window_length - now()))::integer;
    return next;
    return;
  end if;
  select u.id, u.active, s.password_hash into account
    from public.app_user u join app_private.user_secret s on s.user_id = u.id where u.email = email_key;
  if account.id is not null and account.password_hash = candidate then
    delete from app_private.login_attempt a where a.email = email_key;
    if account.active then
      user_id := account.id;
      expires_at := now() + make_interval(secs => least(greatest(ttl_seconds, 60), app_private.setting_int('session_max_seconds')));
      insert into app_private.session (token_hash, user_id, memberships, expires_at)
        values (login.token_hash, account.id, app_private.memberships_of(account.id), login.expires_at);
      delete from app_private.session s where s.user_id = account.id and s.expires_at < now();
    end if;
    retry_after_seconds := 0;
    return next;
    return;
  end if;
  -- A failure, for a known email or not: counted in a window that starts with the first failure.
  insert into app_private.login_attempt as a (email, failures, window_started_at) values (email_key, 1, now())
    on conflict (email) do update
      set failures = case when a.window_started_at + window_length > now() then a.failures + 1 else 1 end,
          window_started_at = case when a.window_started_at + window_length > now() then a.window_started_at else now() end
    returning * into attempt;
  delete from app_private.login_attempt a where a.window_started_at < now() - window_length and a.email <> email_key;
  retry_after_seconds := case when attempt.failures >= max_failures
    then ceil(extract(epoch from attempt.window_started_at + window_length - now()))::integer else 0 end;
  return next;
end $$;
comment on function app.login is 'Sign-in, step 2: compares the candidate hash with the stored one. Success (active account): clears the email''s failures, opens a session under the SHA-256 of the token and returns the user id and expiry. Failure: counts it for the email and returns no user, with the seconds to wait once the email has failed login_max_failures times in login_window_seconds.';

create function app.session_caller(token_hash bytea)
  returns table (user_id integer, memberships jsonb, expires_at timestamptz)
  language sql stable security definer set search_path = public, pg_temp as $$
  select s.user_id, s.memberships, s.expires_at from app_private.session s
   where s.token_hash = session_caller.token_hash and s.expires_at > now()
$$;
comment on function app.session_caller is 'The user and memberships of a live session, by the SHA-256 of its token; nothing for an unknown, ended or expired one.';

create function app.logout(token_hash bytea) returns boolean
  language sql volatile security definer set search_path = public, pg_temp as $$
  with ended as (delete from app_private.session s where s.token_hash = logout.token_hash returning 1)
  select exists (select from ended)
$$;
comment on function app.logout is 'Ends the session whose token hashes to token_hash (only the holder of the token knows it).';

-- Account management reaches only accounts all of whose memberships lie in the caller's admin
-- scope: a province admin cannot change an account that was also granted another province or the
-- system role. SECURITY DEFINER because the caller cannot see those other memberships.
create function app.manages_account(account_id integer) returns boolean
  language sql stable security definer set search_path = public, pg_temp as $$
  select cardinality(app.admin_scope()) > 0
     and exists (select from public.app_user u where u.id = account_id and u.unit_path <@ any (app.admin_scope()))
     and not exists (select from public.membership m
                      where m.user_id = account_id and not (m.unit_path <@ any (app.admin_scope())))
$$;
comment on function app.manages_account is 'Whether the caller administers the account: the unit that manages it and every one of its memberships lie inside the caller''s admin scope.';

create function app.set_password(account_id integer, password_hash text) returns void
  language plpgsql volatile security definer set search_path = public, pg_temp as $$
begin
  if app.user_id() is null or not app.manages_account(account_id) then
    raise insufficient_privilege using message = 'You do not manage this account';
  end if;
  if password_hash !~ '^scrypt\$[0-9]+\$[0-9]+\$[0-9]+\$[A-Za-z0-9_-]{16,}\$[A-Za-z0-9_-]{16,}$' then
    raise check_violation using message = 'not a password hash', constraint = 'user_secret_password_hash_check';
  end if;
  insert into app_private.user_secret as s (user_id, password_hash) values (account_id, set_password.password_hash)
    on conflict (user_id) do update set password_hash = excluded.password_hash, password_changed_at = now();
  delete from app_private.session s where s.user_id = account_id;
end $$;
comment on function app.set_password is 'Sets an account''s password hash (computed by the server) and ends every session of the account. Only for an administrator who manages the account (app.manages_account).';

-- Sessions follow their account: memberships refreshed when they change, all ended when the account
-- is deactivated (its deletion cascades).
create function app_private.refresh_sessions() returns trigger
  language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if tg_table_name = 'membership' then
    update app_private.session s set memberships = app_private.memberships_of(s.user_id)
     where s.user_id in (select c.user_id from changed_rows c);
  elsif tg_table_name = 'app_user' then
    delete from app_private.session s where s.user_id in (select c.id from changed_rows c where not c.active);
  else
    update app_private.session s set memberships = app_private.memberships_of(s.user_id);
  end if;
  return null;
end $$;
comment on function app_private.refresh_sessions is 'Keeps sessions true to their accounts: memberships re-read when they change (or the unit succession their history follows), sessions of a deactivated account ended.';

create trigger membership_sessions_inserted after insert on public.membership
  referencing new table as changed_rows for each statement execute function app_private.refresh_sessions();
create trigger membership_sessions_updated after update on public.membership
  referencing new table as changed_rows for each statement execute function app_private.refresh_sessions();
create trigger membership_sessions_deleted after delete on public.membership
  referencing old table as changed_rows for each statement execute function app_private.refresh_sessions();
create trigger app_user_sessions_deactivated after update on public.app_user
  referencing new table as changed_rows for each statement execute function app_private.refresh_sessions();
create trigger unit_succession_sessions_changed after insert or update or delete on public.unit_succession
  for each statement execute function app_private.refresh_sessions();

drop function app.login_lookup(text);
drop function app.memberships_of(integer);

do $$
declare
  f regprocedure;
begin
  foreach f in array array['app.login_challenge(text)', 'app.login(text, text, bytea, integer)', 'app.session_caller(bytea)',
                           'app.logout(bytea)', 'app.manages_account(integer)', 'app.set_password(integer, text)',
                           'app_private.refresh_sessions()']::regprocedure[] loop
    call app_private.give_to_definer(f);
  end loop;
end $$;
grant execute on function app_private.memberships_of(integer), app_private.setting_int(text), app_private.base64url(bytea) to hoagiai_definer;
revoke all on function app.login_challenge(text), app.login(text, text, bytea, integer), app.session_caller(bytea), app.logout(bytea),
  app.manages_account(integer), app.set_password(integer, text) from public;
grant execute on function app.login_challenge(text), app.login(text, text, bytea, integer), app.session_caller(bytea), app.logout(bytea),
  app.manages_account(integer), app.set_password(integer, text) to hoagiai_app;
