-- Plans across the 2025 reform (issue 8, section 4): a province of today carries a plan of a
-- province it succeeded over to itself. The carried-over plan is a new plan of today's unit, with
-- the original's tasks, targets, budget, responsibilities, reporting rules and criteria copied;
-- it keeps a link to the original, which stays as it was (history is never rewritten).
--
-- A separate link, not predecessor_plan_id: a predecessor is an earlier plan of the same unit
-- (succeeds or replaces it, checked by the plan editor); a carry-over crosses from a unit that
-- ended to the unit that succeeded it.

alter table plan
  add column carried_over_from_id integer references plan (id),
  add constraint plan_not_carried_over_from_self check (carried_over_from_id <> id);
comment on column plan.carried_over_from_id is
  'The plan of a predecessor unit (unit_succession) this plan carries over across the 2025 reform: Sóc Trăng''s 156/KH-UBND carried over to Thành phố Cần Thơ. The original is not changed.';

create unique index plan_one_carry_over_per_unit on plan (carried_over_from_id, unit_id) where carried_over_from_id is not null;
comment on index plan_one_carry_over_per_unit is 'A unit carries a plan over once; the index also finds the carry-overs of a plan.';

-- The last line behind the service: a plan is carried over only to a unit that succeeded the
-- original's unit. Runs as the caller: an original the caller cannot read is refused by the
-- reference check (zz_check_references) as not found.
create function app.plan_carried_over_to_successor() returns trigger language plpgsql as $$
begin
  if new.carried_over_from_id is not null and not exists (
       select from plan o join unit_succession s on s.predecessor_id = o.unit_id
        where o.id = new.carried_over_from_id and s.successor_id = new.unit_id)
     and exists (select from plan o where o.id = new.carried_over_from_id) then
    raise check_violation using message = 'A plan is carried over only to a unit that succeeded the plan''s unit',
      constraint = 'plan_carried_over_to_successor';
  end if;
  return new;
end $$;
comment on function app.plan_carried_over_to_successor is 'Refuses a carry-over (plan.carried_over_from_id) to a unit that did not succeed the original''s unit.';
grant execute on function app.plan_carried_over_to_successor() to hoagiai_app;
create trigger plan_carried_over_to_successor before insert or update of carried_over_from_id, unit_id on plan
  for each row execute function app.plan_carried_over_to_successor();
