-- Team compliance (Law 35/2013 art. 12) read each team's active leader with a lookup of its own:
-- the planner made it a hashed subplan over every active mediator of the country (10,456 at demo
-- scale, 551,784 at national scale) whenever it joined the view to many teams (a province's
-- dashboard: 24 ms of the teams needing attention, now 7-10). The leader is one of the team's own
-- mediators (foreign key (leader_mediator_id, id) → mediator (id, team_id)), so the team's
-- mediators, read once for the counts, answer it too: one index scan per team. Same rows, same
-- columns, the same security_invoker (the caller's row-level security applies inside).
create or replace view mediation_team_compliance with (security_invoker = true) as
select t.id as team_id,
       t.unit_id,
       t.unit_path,
       s.active_mediators,
       s.women,
       s.ethnic_minority,
       coalesce(p.minority_area, false) as minority_area,
       r.reasons,
       cardinality(r.reasons) = 0 as compliant
  from mediation_team t
  left join commune_profile p on p.unit_id = t.unit_id
  cross join lateral (
    select count(*) filter (where m.status = 'ACTIVE')::int as active_mediators,
           count(*) filter (where m.status = 'ACTIVE' and m.gender = 'FEMALE')::int as women,
           count(*) filter (where m.status = 'ACTIVE' and m.ethnic_minority)::int as ethnic_minority,
           count(*) filter (where m.status = 'ACTIVE' and m.id = t.leader_mediator_id)::int as active_leader
      from mediator m
     where m.team_id = t.id) s
  cross join lateral (
    select array_remove(array[
             case when s.active_leader = 0 then 'NO_LEADER' end,
             case when s.active_mediators < 3 then 'FEWER_THAN_3_MEDIATORS' end,
             case when s.women = 0 then 'NO_WOMAN' end,
             case when coalesce(p.minority_area, false) and s.ethnic_minority = 0 then 'NO_ETHNIC_MINORITY' end
           ], null) as reasons) r;
