-- Servers keep recently used sessions in memory so a signed-in request needs no lookup outside its
-- transaction (server/src/core/auth/session-cache.ts). A session that ends (logout, a password
-- change, deactivation, deletion, expiry clean-up) or whose memberships change is announced on the
-- channel hoagiai_session with the hex SHA-256 of its token, at commit; every server listening
-- forgets it at once. A server that is not listening (its listener connection lost) caches nothing.

create function app_private.announce_session_change() returns trigger
  language plpgsql security definer set search_path = public, pg_temp as $$
begin
  perform pg_notify('hoagiai_session', encode(c.token_hash, 'hex')) from changed_rows c;
  return null;
end $$;
comment on function app_private.announce_session_change is 'Announces ended or changed sessions on channel hoagiai_session (payload: hex SHA-256 of the token) so servers drop them from memory at commit.';

create trigger session_changed after update on app_private.session
  referencing old table as changed_rows for each statement execute function app_private.announce_session_change();
create trigger session_ended after delete on app_private.session
  referencing old table as changed_rows for each statement execute function app_private.announce_session_change();

call app_private.give_to_definer('app_private.announce_session_change()');
