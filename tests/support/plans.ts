import type { TestApp } from './harness';

/** A node of an EXPLAIN (FORMAT JSON) plan: the fields the tests read. */
export type PlanNode = {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  Filter?: string;
  /** With ANALYZE: how many times the node ran (0: never executed). */
  'Actual Loops'?: number;
  Plans?: PlanNode[];
};

/** Every node of a plan, depth first. */
export function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

/**
 * Every node of a statement's plan under the server's role and a scope; `options` are EXPLAIN's
 * others (`analyze, timing off` to run it and see which nodes ran).
 */
export async function planAsApp(app: TestApp, scope: { read?: string }, sql: string, params?: unknown[], options = ''): Promise<PlanNode[]> {
  const [row] = await app.sqlAsApp(scope, `explain (${options ? `${options}, ` : ''}format json) ${sql}`, params);
  return nodesOf((row['QUERY PLAN'] as { Plan: PlanNode }[])[0].Plan);
}
