import type { EntityManager } from 'typeorm';

/**
 * Copies the rows of one plan into other plans, set-based: what both the cascade (a draft per unit
 * below, linked to what it implements) and copyPlan (a new period, or any readable plan as a
 * template) use.
 *
 * Catalogue-driven: the columns and the references between the copied tables are read from
 * PostgreSQL's own catalogue, so a column added by a later migration is copied without a change
 * here. Per table: every column but the id, the tenant columns (taken from the plan by trigger),
 * the version and timestamps, and generated columns. A column referring to a copied table is
 * pointed at the copy of the row it referred to; `implements_*` columns link a cascaded copy to its
 * original (copyPlan leaves them empty); year columns and dates move by `yearShift`.
 *
 * PERF: the new ids are drawn up front, one `nextval` per copied row in one statement per table,
 * and each table is then filled by one INSERT ... SELECT whatever the number of plans. Because
 * every row's new id is known before the insert, self-references (a budget line's parent, a task
 * under another) and references between tables resolve in any row order; tables are filled in the
 * order their foreign keys need (tasks before their targets), derived from the catalogue as well.
 */

/** The tables holding the rows of a plan, copied with it. A new table of plan rows is added here. */
export const PLAN_ROW_TABLES = ['plan_task', 'responsibility', 'budget_line', 'target', 'task_criterion', 'plan_agency', 'reporting_rule'] as const;
type RowTable = (typeof PLAN_ROW_TABLES)[number];

/** Never copied: identity, tenant (from the plan, by trigger), optimistic locking and timestamps. */
const OWN_COLUMNS = new Set(['id', 'plan_id', 'unit_id', 'unit_path', 'province_code', 'version', 'created_at', 'updated_at']);

type Column = { table: RowTable; name: string; type: string; refTable: RowTable | null };
type Catalogue = { columns: Map<RowTable, Column[]>; order: RowTable[] };

let catalogue: Promise<Catalogue> | null = null;

/** The copied tables' columns and references, read once per process (migrations run before the server starts). */
function readCatalogue(manager: EntityManager): Promise<Catalogue> {
  catalogue ??= (async () => {
    const rows: { table: RowTable; name: string; type: string; ref_table: RowTable | null }[] = await manager.query(
      `select c.relname as table, a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
              (select rc.relname from pg_constraint k join pg_class rc on rc.oid = k.confrelid
                 join pg_attribute ra on ra.attrelid = k.confrelid and ra.attnum = k.confkey[array_position(k.conkey, a.attnum)]
                where k.conrelid = c.oid and k.contype = 'f' and a.attnum = any(k.conkey) and ra.attname = 'id'
                  and rc.relname = any($1) limit 1) as ref_table
         from pg_class c join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
         join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = '' and a.attidentity = ''
        where c.relname = any($1)
        order by c.relname, a.attnum`,
      [[...PLAN_ROW_TABLES]],
    );
    const columns = new Map<RowTable, Column[]>(PLAN_ROW_TABLES.map((table) => [table, []]));
    for (const row of rows) {
      if (!OWN_COLUMNS.has(row.name)) columns.get(row.table)!.push({ table: row.table, name: row.name, type: row.type, refTable: row.ref_table });
    }
    return { columns, order: fillOrder(columns) };
  })().catch((error) => {
    catalogue = null;
    throw error;
  });
  return catalogue;
}

const isLink = (column: Column) => column.name.startsWith('implements_');

/** Tables after the tables they refer to (self-references and implements_* links aside). */
function fillOrder(columns: Map<RowTable, Column[]>): RowTable[] {
  const order: RowTable[] = [];
  const pending = new Set<RowTable>(PLAN_ROW_TABLES);
  while (pending.size) {
    const ready = [...pending].filter((table) =>
      columns.get(table)!.every((c) => !c.refTable || isLink(c) || c.refTable === table || order.includes(c.refTable)));
    if (!ready.length) throw new Error(`Plan row tables refer to each other in a cycle: ${[...pending].join(', ')}`);
    for (const table of ready) {
      order.push(table);
      pending.delete(table);
    }
  }
  return order;
}

export type CopyOptions = {
  /** Cascade: each copy keeps a link to its original in its implements_* column; copyPlan: none. */
  linkToOriginal: boolean;
  /** Cascade: each unit budgets its own money (amounts 0); copyPlan keeps them. */
  zeroAmounts: boolean;
  /** Years to move every year and date by (a copy for the next period); 0 keeps them. */
  yearShift: number;
};

/** Old id → new id of every copied row of one table, for each target plan. */
type IdMap = { oldIds: number[]; planIds: number[]; newIds: number[] };

const YEAR_COLUMN = /(^|_)year(_|$)/;

/** The value a copied column takes, as SQL over the source row `s`, the id map `m` and the maps `r_<column>` of its references. */
function valueOf(column: Column, options: CopyOptions, shiftParam: string): string {
  if (isLink(column)) return options.linkToOriginal && column.refTable === column.table ? 's.id' : 'null';
  if (column.refTable) return `r_${column.name}.new_id`;
  if (column.name === 'amount' && options.zeroAmounts) return '0';
  if (options.yearShift !== 0) {
    if (YEAR_COLUMN.test(column.name) && /^(smallint|integer)$/.test(column.type)) return `s.${column.name} + ${shiftParam}::int`;
    if (column.type === 'date') return `(s.${column.name} + make_interval(years => ${shiftParam}::int))::date`;
    if (column.type === 'date[]') {
      return `(select array_agg((d + make_interval(years => ${shiftParam}::int))::date order by o) from unnest(s.${column.name}) with ordinality as x (d, o))`;
    }
  }
  return `s.${column.name}`;
}

/**
 * Copies every row of `sourcePlanId` into each of `planIds` (already created), table by table.
 * Returns how many rows of each table were copied (per all plans together).
 */
export async function copyPlanRows(manager: EntityManager, sourcePlanId: number, planIds: number[], options: CopyOptions): Promise<Record<RowTable, number>> {
  const { columns, order } = await readCatalogue(manager);
  const maps = new Map<RowTable, IdMap>();
  const counts = {} as Record<RowTable, number>;
  for (const table of order) {
    const drawn: { old_id: number; plan_id: number; new_id: number }[] = await manager.query(
      `select s.id as old_id, np.id as plan_id, nextval(pg_get_serial_sequence('${table}', 'id'))::int as new_id
         from ${table} s cross join unnest($2::int[]) as np (id) where s.plan_id = $1 order by s.id, np.id`,
      [sourcePlanId, planIds],
    );
    const map: IdMap = { oldIds: drawn.map((d) => d.old_id), planIds: drawn.map((d) => d.plan_id), newIds: drawn.map((d) => d.new_id) };
    maps.set(table, map);
    counts[table] = drawn.length;
    if (!drawn.length) continue;

    const copied = columns.get(table)!;
    const params: unknown[] = [map.oldIds, map.planIds, map.newIds];
    const joins = copied.filter((c) => c.refTable && !isLink(c)).map((c) => {
      const ref = maps.get(c.refTable!)!;
      params.push(ref.oldIds, ref.planIds, ref.newIds);
      const n = params.length;
      return `left join unnest($${n - 2}::int[], $${n - 1}::int[], $${n}::int[]) as r_${c.name} (old_id, plan_id, new_id)
                on r_${c.name}.old_id = s.${c.name} and r_${c.name}.plan_id = m.plan_id`;
    });
    // Every parameter must be used in the statement: the shift only when a year or date moves.
    let values = copied.map((c) => valueOf(c, options, '@shift'));
    if (values.some((value) => value.includes('@shift'))) {
      params.push(options.yearShift);
      values = values.map((value) => value.replaceAll('@shift', `$${params.length}`));
    }
    // A row referring to a row of its own table (a line under its parent) comes after it: the
    // tenant reference check (a BEFORE trigger) sees the rows inserted before it in the statement.
    const tree = copied.find((c) => c.refTable === table && !isLink(c));
    if (tree) params.push(sourcePlanId);
    const depth = tree
      ? `with recursive depth as (
           select t.id, 0 as level from ${table} t where t.plan_id = $${params.length} and t.${tree.name} is null
           union all
           select t.id, d.level + 1 from depth d join ${table} t on t.${tree.name} = d.id where d.level < 20)`
      : '';
    await manager.query(
      `${depth}
       insert into ${table} (id, plan_id, ${copied.map((c) => c.name).join(', ')})
       select m.new_id, m.plan_id, ${values.join(', ')}
         from unnest($1::int[], $2::int[], $3::int[]) as m (old_id, plan_id, new_id)
         join ${table} s on s.id = m.old_id
         ${tree ? 'left join depth on depth.id = s.id' : ''}
         ${joins.join('\n')}
        order by ${tree ? 'depth.level nulls last, ' : ''}m.plan_id, m.old_id`,
      params,
    );
  }
  return counts;
}
