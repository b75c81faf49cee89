import type { OperationTypeNode } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Scope } from './tenancy/scope';

/**
 * Where a request's transaction runs: analysts' queries on the read replica when there is one
 * (DATABASE_READ_URL), everything else on the primary. Analysts never write, so the replica's
 * replication lag can never hide a change of their own from them; a mutation, or any caller who
 * writes somewhere, stays on the primary. The scope is set on the replica's connection exactly as
 * on the primary's (RequestTransaction opens both the same way), and row-level security is the
 * same there, replicated with the schema.
 */
export function dataSourceFor(primary: DataSource, replica: DataSource | undefined, scope: Scope, operation: OperationTypeNode): DataSource {
  const analystQuery = operation === 'query' && scope.read.length > 0 && scope.write.length === 0;
  return replica && analystQuery ? replica : primary;
}
