import { useRef } from 'react';
import { deepEqual } from './deepEqual.js';

/**
 * The previous value while the new one is structurally equal. The map is re-read from the
 * document after every change; this keeps unrelated parts referentially stable, so that memos
 * depending on them (the layout, the nodes) are not recomputed.
 */
export function useStableValue<T>(value: T): T {
  const ref = useRef(value);
  // Reading and writing a ref during render is safe here: the result depends only on `value`.
  if (ref.current !== value && !deepEqual(ref.current, value)) ref.current = value;
  return ref.current;
}

/**
 * The nodes, with each node object kept from the previous render while it is structurally
 * equal: xyflow and the memoised node components then skip every node that did not change.
 */
export function useStableNodes<T extends { id: string }>(nodes: T[]): T[] {
  const previous = useRef(new Map<string, T>());
  const next = new Map<string, T>();
  let changed = false;
  const before = previous.current;
  const result = nodes.map((node) => {
    const old = before.get(node.id);
    const kept = old !== undefined && (old === node || deepEqual(old, node)) ? old : node;
    if (kept !== old) changed = true;
    next.set(node.id, kept);
    return kept;
  });
  if (changed || before.size !== next.size) {
    previous.current = next;
  }
  return result;
}
