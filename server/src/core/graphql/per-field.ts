import type { FieldNode } from 'graphql';

type FieldMemo<K, V> = (fieldNodes: readonly FieldNode[], key: K, compute: () => V) => V;

/**
 * A memo of values per field of a document and key: every row of a list is resolved with the same
 * `fieldNodes` array, so what depends only on a field's nodes (its selection, its fragments) is
 * computed for the first row and reused for the rest. A compiled document (jit.ts) hands the same
 * arrays to each of its executions, so a value that also depends on the request (arguments given
 * by variables) is kept per request: `perRequestField`.
 */
export function perField<K, V>(): FieldMemo<K, V> {
  const byField = new WeakMap<readonly FieldNode[], Map<K, V>>();
  return (fieldNodes, key, compute) => {
    let byKey = byField.get(fieldNodes);
    if (!byKey) byField.set(fieldNodes, (byKey = new Map()));
    let value = byKey.get(key);
    if (value === undefined) byKey.set(key, (value = compute()));
    return value;
  };
}

/** `perField`, one memo per request (any object that lives as long as the request: its context). */
export function perRequestField<K, V>(): (request: object, fieldNodes: readonly FieldNode[], key: K, compute: () => V) => V {
  const byRequest = new WeakMap<object, FieldMemo<K, V>>();
  return (request, fieldNodes, key, compute) => {
    let memo = byRequest.get(request);
    if (!memo) byRequest.set(request, (memo = perField<K, V>()));
    return memo(fieldNodes, key, compute);
  };
}
