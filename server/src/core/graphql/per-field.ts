import type { FieldNode } from 'graphql';

/**
 * A memo of values per field of a document and key: graphql-js hands every row of a list the same
 * `fieldNodes` array within one execution (and new arrays to the next), so what depends only on a
 * field's nodes (its selection, its arguments) is computed for the first row and reused for the rest.
 */
export function perField<K, V>(): (fieldNodes: readonly FieldNode[], key: K, compute: () => V) => V {
  const byField = new WeakMap<readonly FieldNode[], Map<K, V>>();
  return (fieldNodes, key, compute) => {
    let byKey = byField.get(fieldNodes);
    if (!byKey) byField.set(fieldNodes, (byKey = new Map()));
    let value = byKey.get(key);
    if (value === undefined) byKey.set(key, (value = compute()));
    return value;
  };
}
