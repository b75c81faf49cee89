-- An administrator may change an account only when all of the account's memberships lie within
-- its admin scope. The permissive policies of app_user and membership check only the unit that
-- manages the account (or the membership's own unit), so a province admin could reset the password
-- of an account that was later granted another province, or the system role. These restrictive
-- policies add the rule without rewriting the permissive ones; they apply to the server's role.
-- Reading is not restricted: an administrator still sees the accounts its units manage.

create policy app_user_manage_whole_account on app_user as restrictive for update to hoagiai_app
  using (app.manages_account(id));
create policy app_user_delete_whole_account on app_user as restrictive for delete to hoagiai_app
  using (app.manages_account(id));
comment on policy app_user_manage_whole_account on app_user is 'Changing an account needs every one of its memberships inside the admin scope (app.manages_account).';
comment on policy app_user_delete_whole_account on app_user is 'Deleting an account needs every one of its memberships inside the admin scope (app.manages_account).';

create policy membership_grant_whole_account on membership as restrictive for insert to hoagiai_app
  with check (app.manages_account(user_id));
create policy membership_change_whole_account on membership as restrictive for update to hoagiai_app
  using (app.manages_account(user_id)) with check (app.manages_account(user_id));
create policy membership_revoke_whole_account on membership as restrictive for delete to hoagiai_app
  using (app.manages_account(user_id));
comment on policy membership_grant_whole_account on membership is 'Granting a role changes the account: only an administrator who manages all of its memberships does it.';
comment on policy membership_change_whole_account on membership is 'Changing a role changes the account: only an administrator who manages all of its memberships does it.';
comment on policy membership_revoke_whole_account on membership is 'Revoking a role changes the account: only an administrator who manages all of its memberships does it.';
