import * as Y from 'yjs';
import { LIMITS } from './format.js';
import { orderedEntities } from './entities.js';
import { newId } from './ids.js';
import { laneKey, orderedLanes } from './laneStore.js';
import { addCard, addLane, ensureLanes } from './laneMutations.js';
import { addMeasure, addTouchpoint } from './mutations.js';
import { keyForIndex } from './order.js';
import { entityOf, lanesOf, phasesOf, setField, stickiesOf, stringField } from './schema.js';

/** Sticky-note colours: paper yellow first (the default), then pastel tones that keep dark text readable. */
export const STICKY_COLORS = ['#fff1a8', '#ffd6e0', '#c9f2d0', '#cfe5ff', '#ffdcb3', '#e4d7ff'] as const;

function coordinate(value: number): number {
  return Number.isFinite(value) ? Math.min(LIMITS.canvasExtent, Math.max(-LIMITS.canvasExtent, Math.round(value))) : 0;
}

/** Adds a sticky note on top of the others at (x, y) and returns its id. */
export function addSticky(
  doc: Y.Doc,
  args: { x: number; y: number; text?: string; color?: string; author?: string },
  origin?: unknown,
): string {
  const id = newId('st');
  doc.transact(() => {
    const stickies = stickiesOf(doc);
    const siblings = orderedEntities(stickies);
    const entity = new Y.Map<unknown>();
    entity.set('text', (args.text ?? '').slice(0, LIMITS.textLength));
    entity.set('color', args.color ?? STICKY_COLORS[0]);
    entity.set('x', coordinate(args.x));
    entity.set('y', coordinate(args.y));
    if (args.author) entity.set('author', args.author.slice(0, LIMITS.nameLength));
    entity.set('order', keyForIndex(siblings, siblings.length));
    stickies.set(id, entity);
  }, origin);
  return id;
}

/** Moves a sticky note; only x and y change, so a concurrent text edit survives. */
export function moveSticky(doc: Y.Doc, id: string, to: { x: number; y: number }, origin?: unknown): void {
  doc.transact(() => {
    const sticky = entityOf(stickiesOf(doc), id);
    if (!sticky) return;
    setField(sticky, 'x', coordinate(to.x));
    setField(sticky, 'y', coordinate(to.y));
  }, origin);
}

/** Changes a sticky note's text or colour. */
export function updateSticky(doc: Y.Doc, id: string, patch: { text?: string; color?: string }, origin?: unknown): void {
  doc.transact(() => {
    const sticky = entityOf(stickiesOf(doc), id);
    if (!sticky) return;
    if (patch.text !== undefined) setField(sticky, 'text', patch.text.slice(0, LIMITS.textLength));
    if (patch.color !== undefined) setField(sticky, 'color', patch.color);
  }, origin);
}

export function deleteSticky(doc: Y.Doc, id: string, origin?: unknown): void {
  doc.transact(() => {
    stickiesOf(doc).delete(id);
  }, origin);
}

/** What a sticky note can become: a touchpoint or a pain point in a phase, or a measure. */
export type StickyConversion = { kind: 'touchpoint'; phaseId: string } | { kind: 'pain-point'; phaseId: string } | { kind: 'measure' };

/** The first pain-point lane, shown; created when the map has none. */
function painPointLane(doc: Y.Doc, origin: unknown): string | undefined {
  ensureLanes(doc);
  const lanes = lanesOf(doc);
  const found = orderedLanes(lanes).find(({ entity }) => entity.get('kind') === 'pain-points');
  if (!found) return addLane(doc, 'pain-points', undefined, origin);
  // A pain point nobody can see would look like the sticky note vanished.
  if (found.entity.get('hidden') === true) lanes.set(laneKey(found.id, 'hidden'), false);
  return found.id;
}

/**
 * Turns a sticky note into a touchpoint (its text the title), a pain-point card or a measure,
 * and removes the note, in one transaction: one undo brings the note back. Returns the new
 * item's id, or undefined when the note or the phase is gone (then nothing changes).
 */
export function convertSticky(doc: Y.Doc, id: string, to: StickyConversion, origin?: unknown): string | undefined {
  let created: string | undefined;
  doc.transact(() => {
    const sticky = entityOf(stickiesOf(doc), id);
    if (!sticky) return;
    const text = stringField(sticky, 'text').trim();
    if (to.kind !== 'measure' && !phasesOf(doc).has(to.phaseId)) return;
    if (to.kind === 'touchpoint') {
      created = addTouchpoint(doc, { phaseId: to.phaseId, title: text.slice(0, LIMITS.nameLength) }, origin);
    } else if (to.kind === 'pain-point') {
      const laneId = painPointLane(doc, origin);
      if (laneId) created = addCard(doc, { laneId, phaseId: to.phaseId, text }, origin);
    } else {
      created = addMeasure(doc, { title: text.slice(0, LIMITS.nameLength) }, origin);
    }
    if (created !== undefined) stickiesOf(doc).delete(id);
  }, origin);
  return created;
}
