-- The console reads a plan's amendments as sentences (issue 9): who amended it, by name. The units
-- below read an issued plan's amendments but not the accounts of the level above (app_user is read
-- by administrators only), so the name is kept on the amendment, as report_event.user_name is,
-- taken from the caller's own account row when the amendment is written.

alter table plan_amendment add column user_name text check (length(user_name) <= 200);
comment on column plan_amendment.user_name is 'The full name of the user who amended the plan, as it was then.';

update plan_amendment a set user_name = u.full_name from app_user u where u.id = a.user_id and a.user_name is null;

-- Which task or budget line was amended, as it was called then ("2.1 Tập huấn ..."): an update
-- keeps only the fields that changed, and the row may be deleted later.
alter table plan_amendment add column subject text check (length(subject) <= 1000);
comment on column plan_amendment.subject is 'The amended task or budget line, by its code and title at the time (null for the plan itself and its other parts).';
update plan_amendment a set subject = t.code || ' ' || t.title from plan_task t where a.entity = 'PlanTask' and t.id = a.entity_id and a.subject is null;
update plan_amendment a set subject = l.code || ' ' || l.title from budget_line l where a.entity = 'BudgetLine' and l.id = a.entity_id and a.subject is null;
