import type * as Y from 'yjs';
import { applyMapDocument } from '../map/convert.js';
import type { MapDocument } from '../map/format.js';
import { metaOf } from '../map/schema.js';

/**
 * The meta field naming the version the last restore brought back. It is no part of the map
 * (the JSON format leaves it out); it lets the activity list say "restored ‘Workshop 1’" rather
 * than only how many things changed.
 */
export const RESTORED_VERSION_KEY = 'restoredVersion';

/** Makes the document exactly the version's map, as one transaction, and notes which version. */
export function restoreVersion(doc: Y.Doc, map: MapDocument, version: { id: string; name: string }, origin?: unknown): void {
  doc.transact(() => {
    applyMapDocument(doc, map, origin);
    metaOf(doc).set(RESTORED_VERSION_KEY, { id: version.id, name: version.name });
  }, origin);
}

/** The name of the version restored last ('' when none was). */
export function restoredVersionName(doc: Y.Doc): string {
  const value: unknown = metaOf(doc).get(RESTORED_VERSION_KEY);
  const name = typeof value === 'object' && value !== null ? (value as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : '';
}
