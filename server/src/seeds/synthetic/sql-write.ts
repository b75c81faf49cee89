import type pg from 'pg';

/** A column's values; `select` converts them when the array type differs from the column's. */
export type Column = { name: string; type: string; values: unknown[]; select?: string };
export const col = (name: string, type: string, values: unknown[], select?: string): Column => ({ name, type, values, select });

/**
 * One set-based INSERT per table: the values travel as one array per column and are unnested in
 * the database (PERF: a province of ~30,000 mediators is one statement, not 30,000).
 */
export async function insert(client: pg.ClientBase, table: string, columns: Column[], constants = 'true', suffix = ''): Promise<void> {
  if (!columns[0].values.length) return;
  const names = columns.map((c) => c.name);
  const selected = columns.map((c) => c.select ?? c.name);
  const params = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  await client.query(
    `insert into ${table} (${names.join(', ')}${constants ? ', synthetic' : ''})
     select ${selected.join(', ')}${constants ? `, ${constants}` : ''} from unnest(${params}) as t(${names.join(', ')}) ${suffix}`,
    columns.map((c) => c.values),
  );
}

/** Ids reserved up front from the table's sequence, so rows can reference each other before they exist. */
export async function reserve(client: pg.ClientBase, sequence: string, count: number): Promise<number[]> {
  if (!count) return [];
  const { rows } = await client.query<{ id: number }>('select nextval($1::regclass)::int as id from generate_series(1, $2)', [sequence, count]);
  return rows.map((row) => row.id);
}
