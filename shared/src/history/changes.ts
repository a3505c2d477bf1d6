import * as Y from 'yjs';
import { DEFAULT_LANES } from '../map/laneMutations.js';
import { laneKey, orderedLanes, splitLaneKey } from '../map/laneStore.js';
import { ROOT, stringField } from '../map/schema.js';
import { RESTORED_VERSION_KEY, restoredVersionName } from './restore.js';

/** What an activity entry can be about: the map's collections and a few of its settings. */
export const ACTIVITY_SUBJECTS = [
  'restore',
  'title',
  'settings',
  'measurements',
  'phases',
  'personas',
  'touchpoints',
  'measures',
  'lanes',
  'cards',
] as const;
export type ActivitySubject = (typeof ACTIVITY_SUBJECTS)[number];

/** The ids of one subject's entities that a change added, changed or removed. */
export interface SubjectChanges {
  added: Set<string>;
  changed: Set<string>;
  removed: Set<string>;
}

export type DocChanges = Map<ActivitySubject, SubjectChanges>;

/** What an activity entry says of one subject: how many, and a few names of what was added or changed. */
export interface SubjectCounts {
  added: number;
  changed: number;
  removed: number;
  names: string[];
}

/** An activity entry's changes, by subject. */
export type ActivityCounts = Partial<Record<ActivitySubject, SubjectCounts>>;

const COLLECTIONS: Partial<Record<string, ActivitySubject>> = {
  [ROOT.personas]: 'personas',
  [ROOT.phases]: 'phases',
  [ROOT.touchpoints]: 'touchpoints',
  [ROOT.measures]: 'measures',
  [ROOT.cards]: 'cards',
};
const ROOT_OF: Partial<Record<ActivitySubject, string>> = Object.fromEntries(
  Object.entries(COLLECTIONS).map(([root, subject]) => [subject, root]),
);
const META_FIELDS: Partial<Record<string, ActivitySubject>> = {
  title: 'title',
  csiTarget: 'settings',
  declineThreshold: 'settings',
  measurementsRevision: 'measurements',
  [RESTORED_VERSION_KEY]: 'restore',
};

function subjectOf(changes: DocChanges, subject: ActivitySubject): SubjectChanges {
  let entry = changes.get(subject);
  if (!entry) changes.set(subject, (entry = { added: new Set(), changed: new Set(), removed: new Set() }));
  return entry;
}

const ROOT_NAMES = Object.values(ROOT);

/**
 * The document's root types by name. Looked up anew each time, not cached: a root that arrived
 * in an update before anyone asked for it as a map is replaced by a Y.Map when someone does.
 */
function rootsOf(doc: Y.Doc): Map<SharedType, string> {
  const roots = new Map<SharedType, string>();
  for (const name of ROOT_NAMES) {
    const type = doc.share.get(name);
    if (type) roots.set(type, name);
  }
  return roots;
}

/** Whether the item was created in this transaction (its clock is past the state before it). */
function createdIn(tr: Y.Transaction, item: Y.Item): boolean {
  return item.id.clock >= (tr.beforeState.get(item.id.client) ?? 0);
}

// Any shared type, as Yjs itself types the keys of a transaction's changed types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SharedType = Y.AbstractType<Y.YEvent<any>>;

/** Added, removed or replaced: what a change of one key of a root collection did. */
function keyAction(tr: Y.Transaction, type: SharedType, key: string): keyof SubjectChanges | null {
  const item = type._map.get(key);
  if (!item) return null;
  if (item.deleted) return 'removed';
  return createdIn(tr, item) ? 'added' : 'changed';
}

/**
 * Which entities one Yjs transaction on a map document added, changed or removed, by subject
 * (see schema.ts for the layout). Reads the transaction's changed types, so it costs no more
 * than the change itself; an entity both added and edited counts as added.
 */
export function transactionChanges(tr: Y.Transaction): DocChanges {
  const changes: DocChanges = new Map();
  const roots = rootsOf(tr.doc);
  for (const [type, keys] of tr.changed) {
    const root = roots.get(type);
    if (root === ROOT.meta) {
      for (const key of keys) {
        const subject = key === null ? undefined : META_FIELDS[key];
        if (subject) subjectOf(changes, subject).changed.add(key!);
      }
    } else if (root === ROOT.lanes) {
      for (const key of keys) {
        if (key === null) continue;
        const { laneId, field } = splitLaneKey(key);
        // A lane exists while it has a kind: its kind key says whether it came or went.
        const action = field === 'kind' ? keyAction(tr, type, key) : 'changed';
        if (action) subjectOf(changes, 'lanes')[action].add(laneId);
      }
    } else if (root !== undefined) {
      const subject = COLLECTIONS[root];
      if (!subject) continue;
      for (const key of keys) {
        const action = key === null ? null : keyAction(tr, type, key);
        if (action) subjectOf(changes, subject)[action].add(key!);
      }
    } else {
      // A field of an entity, or something nested in one (emotions, expectations, links):
      // walk up to the entity, the child of a root collection.
      let child: SharedType = type;
      while (child._item) {
        const parent = child._item.parent as SharedType;
        const parentRoot = roots.get(parent);
        if (parentRoot !== undefined) {
          const subject = COLLECTIONS[parentRoot];
          const id = child._item.parentSub;
          if (subject && id !== null) subjectOf(changes, subject).changed.add(id);
          break;
        }
        child = parent;
      }
    }
  }
  const lanes = changes.get('lanes');
  if (lanes) settleDefaultLanes(tr.doc, lanes);
  for (const entry of changes.values()) {
    for (const id of entry.added) entry.changed.delete(id);
    for (const id of entry.removed) entry.changed.delete(id);
  }
  return changes;
}

/**
 * A map without lanes shows the default ones; the first lane edit writes them out (with fixed
 * ids). They were there all along: such a lane counts as changed only if it now differs from
 * its default, and otherwise not at all.
 */
function settleDefaultLanes(doc: Y.Doc, lanes: SubjectChanges): void {
  const defaultIndex = new Map(DEFAULT_LANES.map((lane, index) => [lane.id, index]));
  const current = orderedLanes(doc.getMap(ROOT.lanes)).filter((lane) => defaultIndex.has(lane.id));
  const inPlace = longestAscending(current.map((lane) => defaultIndex.get(lane.id)!));
  current.forEach((lane, at) => {
    if (!lanes.added.delete(lane.id)) return;
    lanes.changed.delete(lane.id);
    const defaults = DEFAULT_LANES[defaultIndex.get(lane.id)!]!;
    const same =
      inPlace.has(at) &&
      lane.entity.get('kind') === defaults.kind &&
      lane.entity.get('hidden') === defaults.hidden &&
      lane.entity.get('title') === undefined;
    if (!same) lanes.changed.add(lane.id);
  });
}

/**
 * The positions of a longest ascending run (not necessarily adjacent) in `values`: what stayed in
 * order when some items moved. Moving one lane leaves all others in it.
 */
function longestAscending(values: readonly number[]): Set<number> {
  const length = values.map(() => 1);
  const previous = values.map(() => -1);
  let best = -1;
  values.forEach((value, i) => {
    for (let j = 0; j < i; j++) {
      if (values[j]! < value && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
    if (best < 0 || length[i]! > length[best]!) best = i;
  });
  const kept = new Set<number>();
  for (let i = best; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}

/** Adds one transaction's changes to a running total, so that the total says what happened net. */
export function mergeChanges(total: DocChanges, next: DocChanges): void {
  for (const [subject, entry] of next) {
    const sum = subjectOf(total, subject);
    for (const id of entry.added) {
      // Removed earlier and back again (an undo, say): it was there all along, so it changed.
      if (sum.removed.delete(id)) sum.changed.add(id);
      else sum.added.add(id);
    }
    for (const id of entry.removed) {
      // Added and removed again within the total: nothing to report.
      if (sum.added.delete(id)) continue;
      sum.changed.delete(id);
      sum.removed.add(id);
    }
    for (const id of entry.changed) {
      if (!sum.added.has(id) && !sum.removed.has(id)) sum.changed.add(id);
    }
  }
}

/** The title or name of an entity in the live document ('' when it has none or is gone). */
export function entityLabel(doc: Y.Doc, subject: ActivitySubject, id: string): string {
  if (subject === 'restore') return restoredVersionName(doc);
  if (subject === 'lanes') {
    const title = doc.getMap(ROOT.lanes).get(laneKey(id, 'title'));
    return typeof title === 'string' ? title : '';
  }
  const root = ROOT_OF[subject];
  if (!root) return '';
  const entity = doc.getMap(root).get(id);
  if (!(entity instanceof Y.Map)) return '';
  return stringField(entity, subject === 'phases' || subject === 'personas' ? 'name' : subject === 'cards' ? 'text' : 'title');
}
