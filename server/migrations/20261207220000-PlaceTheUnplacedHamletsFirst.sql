-- The same candidates, found once per abolished commune instead of once per hamlet. The rules depend
-- on the hamlet's commune only (its successors; else those of the other communes of its old
-- district; else every commune of the province that succeeded its province), and the hamlets left
-- by the first two rules were set aside by comparing every hamlet with every candidate already
-- found. At national scale, Cần Thơ's 33 unassigned hamlets made 191,580 comparisons (22 ms of the
-- function's 25), and the country's 4,722 under a national scope more than two minutes: under
-- row-level security the planner expects a few dozen hamlets. Whether a commune falls to the next
-- rule is now asked of the tables by their indexes (docs/performance.md, twenty-sixth round).
create or replace function app.hamlet_move_candidates(hamlet_ids integer[])
  returns table (hamlet_id integer, unit_id integer)
  language sql stable parallel safe as $$
  with h as (
    select h.id, h.unit_id
      from hamlet h join admin_unit u on u.id = h.unit_id
     where h.id = any (hamlet_ids) and u.valid_to is not null
  ),
  o as materialized (
    select u.id, u.parent_id, subpath(u.path, 0, 2) as province_path
      from admin_unit u where u.id in (select unit_id from h)
  ),
  direct as (
    select o.id, s.successor_id from o join unit_succession s on s.predecessor_id = o.id and s.successor_id is not null
  ),
  by_district as (
    select o.id, s.successor_id
      from o
      join admin_unit sibling on sibling.parent_id = o.parent_id and sibling.id <> o.id
      join unit_succession s on s.predecessor_id = sibling.id and s.successor_id is not null
     where not exists (select 1 from unit_succession d where d.predecessor_id = o.id and d.successor_id is not null)
  ),
  by_province as (
    select o.id, c.id as successor_id
      from o
      join admin_unit p on p.path = o.province_path
      join unit_succession s on s.predecessor_id = p.id and s.successor_id is not null
      join admin_unit c on c.parent_id = s.successor_id and c.level = 'COMMUNE'
     where not exists (select 1 from unit_succession d where d.predecessor_id = o.id and d.successor_id is not null)
       and not exists (select 1 from admin_unit sibling join unit_succession d on d.predecessor_id = sibling.id and d.successor_id is not null
                        where sibling.parent_id = o.parent_id and sibling.id <> o.id)
  ),
  candidate as (
    select id, successor_id from direct
    union select id, successor_id from by_district
    union select id, successor_id from by_province
  )
  select h.id, c.successor_id from h join candidate c on c.id = h.unit_id
  order by 1, 2
$$;
