-- Today's Vietnam (issue 8): the functions that move hamlets across the 2025 reform. One function
-- writes every move (app.move_hamlets); the automatic moves of wholly succeeded communes and the
-- province admins' assignments go through it. See docs/two-level-government.md.

-- Where a hamlet may go ------------------------------------------------------------------------------

create function app.hamlet_move_candidates(hamlet_ids integer[])
  returns table (hamlet_id integer, unit_id integer)
  language sql stable parallel safe as $$
  with h as (
    select h.id, h.unit_id, u.parent_id, subpath(u.path, 0, 2) as province_path
      from hamlet h join admin_unit u on u.id = h.unit_id
     where h.id = any (hamlet_ids) and u.valid_to is not null
  ),
  direct as (
    select h.id, s.successor_id from h join unit_succession s on s.predecessor_id = h.unit_id and s.successor_id is not null
  ),
  by_district as (
    select distinct h.id, s.successor_id
      from h
      join admin_unit sibling on sibling.parent_id = h.parent_id and sibling.id <> h.unit_id
      join unit_succession s on s.predecessor_id = sibling.id and s.successor_id is not null
     where not exists (select 1 from direct d where d.id = h.id)
  ),
  by_province as (
    select h.id, c.id as successor_id
      from h
      join admin_unit p on p.path = h.province_path
      join unit_succession s on s.predecessor_id = p.id and s.successor_id is not null
      join admin_unit c on c.parent_id = s.successor_id and c.level = 'COMMUNE'
     where not exists (select 1 from direct d where d.id = h.id)
       and not exists (select 1 from by_district d where d.id = h.id)
  )
  select id, successor_id from direct
  union select id, successor_id from by_district
  union select id, successor_id from by_province
  order by 1, 2
$$;
comment on function app.hamlet_move_candidates is 'For hamlets still under an abolished commune: the communes they may move to. A mapped commune (FULL or PARTIAL): its successors. An unmapped one: the successors of the other communes of its old district, else every commune of the province that succeeded its province. Runs as the caller: only hamlets it reads.';
grant execute on function app.hamlet_move_candidates(integer[]) to hoagiai_app;

-- The one writer of moves -------------------------------------------------------------------------

create function app.move_hamlets(hamlet_ids integer[], to_unit_ids integer[], move_basis hamlet_move_basis, mover integer, move_note text)
  returns integer
  language plpgsql security definer set search_path = public, pg_temp as $$
declare
  bad record;
begin
  if coalesce(cardinality(hamlet_ids), 0) = 0 then
    return 0;
  end if;
  if cardinality(hamlet_ids) <> cardinality(to_unit_ids) then
    raise invalid_parameter_value using message = 'one destination per hamlet';
  end if;

  select m.hamlet_id, h.id as hamlet_found, h.moved_on, o.valid_to, d.valid_from, d.level, c.unit_id as candidate into bad
    from unnest(hamlet_ids, to_unit_ids) as m (hamlet_id, to_id)
    left join hamlet h on h.id = m.hamlet_id
    left join admin_unit o on o.id = h.unit_id
    left join admin_unit d on d.id = m.to_id
    left join app.hamlet_move_candidates(hamlet_ids) c on c.hamlet_id = m.hamlet_id and c.unit_id = m.to_id
   where h.id is null or h.moved_on is not null or o.valid_to is null or d.id is null or d.level <> 'COMMUNE'
      or o.valid_to >= d.valid_from or c.unit_id is null
   limit 1;
  if found then
    if bad.hamlet_found is null then
      raise foreign_key_violation using message = format('hamlet %s does not exist', bad.hamlet_id), constraint = 'hamlet_move_hamlet_fkey';
    elsif bad.moved_on is not null then
      raise unique_violation using message = format('hamlet %s has moved already', bad.hamlet_id), constraint = 'hamlet_move_once';
    elsif bad.valid_to is null then
      raise check_violation using message = format('hamlet %s is under a unit in force: it has nowhere to move', bad.hamlet_id), constraint = 'hamlet_move_from_abolished';
    else
      raise check_violation using message = format('the destination is not a candidate of hamlet %s', bad.hamlet_id), constraint = 'hamlet_move_candidate';
    end if;
  end if;

  -- One statement, so the composite keys (team → hamlet, mediator → team) hold when it ends.
  with m as (
    select i.hamlet_id, i.to_id, d.valid_from as moved_on
      from unnest(hamlet_ids, to_unit_ids) as i (hamlet_id, to_id) join admin_unit d on d.id = i.to_id
  ), moved_hamlets as (
    update hamlet h set unit_id = m.to_id, moved_from_unit_id = h.unit_id, moved_from_path = h.unit_path, moved_on = m.moved_on,
                        version = h.version + 1, updated_at = now()
      from m where h.id = m.hamlet_id
    returning h.id
  ), moved_teams as (
    update mediation_team t set unit_id = m.to_id, moved_from_unit_id = t.unit_id, moved_from_path = t.unit_path, moved_on = m.moved_on,
                                version = t.version + 1, updated_at = now()
      from m where t.hamlet_id = m.hamlet_id
    returning t.id, m.to_id, m.moved_on
  )
  update mediator x set unit_id = moved_teams.to_id, moved_from_unit_id = x.unit_id, moved_from_path = x.unit_path, moved_on = moved_teams.moved_on,
                        version = x.version + 1, updated_at = now()
    from moved_teams where x.team_id = moved_teams.id;

  -- The dated record, once the hamlet is where it names (its key to the hamlet includes the unit).
  -- PERF: the counts are grouped once for all hamlets (a national run moves ~88,000 of them).
  insert into hamlet_move (hamlet_id, unit_id, from_unit_id, moved_on, basis, succession_kind, teams, mediators, note, moved_by)
  select h.id, h.unit_id, h.moved_from_unit_id, h.moved_on, move_basis, coalesce(s.kind, 'UNMAPPED'),
         coalesce(c.teams, 0), coalesce(c.mediators, 0), move_note, mover
    from hamlet h
    left join unit_succession s on s.predecessor_id = h.moved_from_unit_id and s.successor_id = h.unit_id
    left join (select t.hamlet_id, count(distinct t.id)::int as teams, count(x.id)::int as mediators
                 from mediation_team t left join mediator x on x.team_id = t.id
                where t.hamlet_id = any (hamlet_ids)
                group by t.hamlet_id) c on c.hamlet_id = h.id
   where h.id = any (hamlet_ids);

  -- The records of teams that came from a split or unmapped commune: readable by their new commune.
  with s as (
    select t.id as team_id, mv.unit_path as successor_path
      from hamlet_move mv join mediation_team t on t.hamlet_id = mv.hamlet_id
     where mv.hamlet_id = any (hamlet_ids) and mv.succession_kind <> 'FULL'
  ), cases as (
    update mediation_case c set successor_path = s.successor_path from s where c.team_id = s.team_id returning 1
  ), case_mediators as (
    update case_mediator c set successor_path = s.successor_path from s where c.team_id = s.team_id returning 1
  ), counts as (
    update case_yearly_count c set successor_path = s.successor_path from s where c.team_id = s.team_id returning 1
  ), reviews as (
    update team_review c set successor_path = s.successor_path from s where c.team_id = s.team_id returning 1
  )
  update training_attendance a set successor_path = s.successor_path
    from mediator x join s on s.team_id = x.team_id where a.mediator_id = x.id;

  return cardinality(hamlet_ids);
end $$;
comment on function app.move_hamlets is 'Moves hamlets (with every team of each and every mediator of those teams) from their abolished commune to the given 2025 commune, on the destination''s first day: records hamlet_move, sets unit_id and the moved_from_* columns, and for moves out of a split or unmapped commune gives the teams'' earlier records successor_path. Refuses a hamlet that has moved, one under a unit still in force, and a destination that is not a candidate. The only writer of moves: not granted to the server''s role (it calls app.assign_hamlets).';
revoke all on function app.move_hamlets(integer[], integer[], hamlet_move_basis, integer, text) from public;

-- Automatic moves: an old commune that went wholly into one new commune -------------------------------

create function app.move_full_mapped_hamlets() returns integer
  language sql security definer set search_path = public, pg_temp as $$
  select app.move_hamlets(coalesce(array_agg(h.id order by h.id), '{}'), coalesce(array_agg(s.successor_id order by h.id), '{}'),
                          'FULL_MAPPING', null, 'Moved automatically: the whole commune went into this one (FULL mapping)')
    from hamlet h
    join admin_unit u on u.id = h.unit_id and u.valid_to is not null
    join unit_succession s on s.predecessor_id = h.unit_id and s.kind = 'FULL'
   where h.moved_on is null
     and not exists (select 1 from unit_succession other where other.predecessor_id = h.unit_id and other.id <> s.id)
$$;
comment on function app.move_full_mapped_hamlets is 'Moves every hamlet still under an abolished commune that went wholly (FULL) into one 2025 commune; idempotent. Run at every start (server/src/seeds) and by the demo generator.';
revoke all on function app.move_full_mapped_hamlets() from public;

-- Assignments by the admin of the new province --------------------------------------------------------

create function app.assign_hamlets(hamlet_ids integer[], to_unit_id integer, move_note text)
  returns integer
  language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if app.user_id() is null
     or not exists (select 1 from admin_unit d where d.id = to_unit_id and d.path <@ any (app.admin_scope())) then
    raise insufficient_privilege using message = 'Only the admin of the destination''s province assigns hamlets to it';
  end if;
  if exists (select 1 from unnest(hamlet_ids) as i (id) left join hamlet h on h.id = i.id
              where h.id is null or not (h.unit_path <@ any (app.read_scope()))) then
    raise insufficient_privilege using message = 'A hamlet to assign is not readable to the caller';
  end if;
  return app.move_hamlets(hamlet_ids, array_fill(to_unit_id, array[cardinality(hamlet_ids)]), 'ASSIGNED', app.user_id(), move_note);
end $$;
comment on function app.assign_hamlets is 'The admin of a 2025 province (admin scope over the destination) moves hamlets of a split or unmapped old commune it reads to one of their candidate communes. SECURITY DEFINER over app.move_hamlets, which checks the candidates.';
revoke all on function app.assign_hamlets(integer[], integer, text) from public;
grant execute on function app.assign_hamlets(integer[], integer, text) to hoagiai_app;
